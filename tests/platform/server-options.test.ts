import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serverNodeOptions } from '@/scripts/lib/server';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scriptsSchema = z.object({ scripts: z.object({ start: z.string() }) });

describe('production server heap settings', () => {
  it('npm start passes package.json config.serverNodeOptions, with the shell NODE_OPTIONS after them so they win', () => {
    const { scripts } = scriptsSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
    const ours = scripts.start.indexOf('$npm_package_config_serverNodeOptions');
    const theirs = scripts.start.indexOf('${NODE_OPTIONS:-}');
    expect(ours).toBeGreaterThan(-1);
    expect(theirs).toBeGreaterThan(ours);
    expect(scripts.start).toMatch(/next start/);
  });

  it('are flags Node accepts, and cap the old generation as configured', () => {
    const options = serverNodeOptions();
    const oldSpaceMb = Number(/--max-old-space-size=(\d+)/.exec(options)?.[1]);
    expect(oldSpaceMb).toBeGreaterThan(0);
    const limit = execFileSync(process.execPath, ['-e', "console.log(require('v8').getHeapStatistics().heap_size_limit)"], {
      env: { ...process.env, NODE_OPTIONS: options },
      encoding: 'utf8',
    });
    const limitMb = Number(limit.trim()) / (1024 * 1024);
    // The limit is the old generation plus the young one (three semi-spaces at most).
    expect(limitMb).toBeGreaterThanOrEqual(oldSpaceMb);
    expect(limitMb).toBeLessThan(oldSpaceMb + 128);
  });
});
