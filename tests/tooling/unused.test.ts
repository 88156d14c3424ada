import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/tooling/fixtures/unused');
const KNIP = path.join(ROOT, 'node_modules/.bin/knip');

const named = z.array(z.object({ name: z.string() }));
const reportSchema = z.object({
  issues: z.array(z.object({ file: z.string(), files: named, exports: named, dependencies: named })),
});
type Issues = z.infer<typeof reportSchema>['issues'];

/** Runs knip in `cwd` as `npm run lint:unused` does; a non-zero exit only means issues were found. */
function knip(cwd: string): Issues {
  let stdout: string;
  try {
    stdout = execFileSync(KNIP, ['--reporter', 'json', '--no-progress'], { cwd, encoding: 'utf8' });
  } catch (error) {
    stdout = z.object({ stdout: z.string() }).parse(error).stdout;
  }
  return reportSchema.parse(JSON.parse(stdout)).issues;
}

describe('unused code (knip)', () => {
  it('reports an unused file, export and dependency, and not an export its own file uses', { timeout: 30_000 }, () => {
    const issues = knip(FIXTURE);
    const names = (pick: (i: Issues[number]) => { name: string }[]) => issues.flatMap((i) => pick(i).map((n) => `${i.file}:${n.name}`));
    expect(names((i) => i.files)).toEqual(['src/orphan.mjs:src/orphan.mjs']);
    expect(names((i) => i.exports)).toEqual(['src/words.mjs:mumble']);
    expect(names((i) => i.dependencies)).toEqual(['package.json:left-pad']);
  });
});
