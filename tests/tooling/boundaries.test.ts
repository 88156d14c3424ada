import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/tooling/fixtures/boundaries');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');

const reportSchema = z.object({
  summary: z.object({
    violations: z.array(z.object({ from: z.string(), to: z.string(), rule: z.object({ name: z.string() }) })),
  }),
});
type Violation = z.infer<typeof reportSchema>['summary']['violations'][number];

/** Runs the cruiser as `npm run lint:deps` does; a non-zero exit only means violations were found. */
function cruise(cwd: string, targets: string[]): Violation[] {
  let stdout: string;
  try {
    stdout = execFileSync(DEPCRUISE, [...targets, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd, encoding: 'utf8' });
  } catch (error) {
    stdout = z.object({ stdout: z.string() }).parse(error).stdout;
  }
  return reportSchema.parse(JSON.parse(stdout)).summary.violations;
}

describe('import boundaries (dependency-cruiser)', () => {
  it('reports an upward import and a cycle in the fixture tree', () => {
    const violations = cruise(FIXTURE, ['lib']);
    expect(violations).toContainEqual(expect.objectContaining({ from: 'lib/text/words.mjs', to: 'lib/answer/score.mjs', rule: { name: 'stage-text-upward' } }));
    expect(violations.some((v) => v.rule.name === 'no-circular' && v.from.startsWith('lib/corpus/'))).toBe(true);
    expect(violations.filter((v) => v.from === 'lib/answer/score.mjs')).toEqual([]);
  });

  it('finds no violation from the real search stage', { timeout: 30_000 }, () => {
    const violations = cruise(ROOT, ['lib', 'app']);
    expect(violations.filter((v) => v.from.startsWith('lib/search/') || v.from.startsWith('lib/corpus/'))).toEqual([]);
    // The question side moved down out of lib/answer, and grounding never reaches the answer engine.
    expect(violations.filter((v) => /^lib\/(text|vocabulary|question|grounding|answer)\//.test(v.from))).toEqual([]);
  });
});
