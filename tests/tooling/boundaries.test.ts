import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
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

/**
 * A throwaway TypeScript tree in the temp dir, cruised with the project's own rules and a
 * tsconfig carrying the project's compiler options (the `@/` alias included): the .mjs fixture
 * above cannot show that an aliased or type-only import is caught.
 */
async function cruiseProbeTree(files: Record<string, string>): Promise<Violation[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'legwise-boundaries-'));
  try {
    const tsconfig = tsconfigSchema.parse(JSON.parse(await readFile(path.join(ROOT, 'tsconfig.json'), 'utf8')));
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: tsconfig.compilerOptions, include: ['**/*.ts'] }));
    await writeFile(path.join(dir, '.dependency-cruiser.cjs'), `module.exports = require(${JSON.stringify(path.join(ROOT, '.dependency-cruiser.cjs'))});\n`);
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    return cruise(dir, ['lib', 'app']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const tsconfigSchema = z.object({ compilerOptions: z.record(z.string(), z.unknown()) });

describe('a deliberately wrong TypeScript import fails lint:deps', () => {
  const leaf = 'export type Reply = { text: string };\nexport const reply = (text: string): Reply => ({ text });\n';

  it('catches aliased, type-only and platform imports and a cycle, and passes a downward import', { timeout: 30_000 }, async () => {
    const violations = await cruiseProbeTree({
      'lib/chat/reply.ts': leaf,
      'lib/chat/index.ts': "export { reply } from './reply';\n",
      // Upward through the alias, type-only: erased by the compiler, still a dependency.
      'lib/guard/check.ts': "import type { Reply } from '@/lib/chat';\nexport const empty = (r: Reply): boolean => r.text === '';\n",
      'lib/http/respond.ts': 'export const ok = 200;\n',
      'lib/question/parse.ts': "import { ok } from '@/lib/http/respond';\nexport const parsed = ok;\n",
      'app/page.ts': "import { empty } from '@/lib/guard/check';\nexport const page = empty;\n",
      'lib/search/a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'lib/search/b.ts': "import { a } from './a';\nexport const b = (): number => (a.length > 0 ? 0 : 1);\n",
      // Allowed: chat reads the guard below it.
      'lib/chat/turn.ts': "import { empty } from '@/lib/guard/check';\nexport const turn = empty;\n",
    });
    const rules = (from: string) => violations.filter((v) => v.from === from).map((v) => v.rule.name);
    expect(rules('lib/guard/check.ts')).toEqual(['stage-guard-upward']);
    expect(rules('lib/question/parse.ts')).toEqual(['stages-not-platform']);
    expect(rules('app/page.ts')).toEqual(['app-through-chat']);
    expect(violations.some((v) => v.rule.name === 'no-circular' && v.from.startsWith('lib/search/'))).toBe(true);
    expect(rules('lib/chat/turn.ts')).toEqual([]);
  });
});
