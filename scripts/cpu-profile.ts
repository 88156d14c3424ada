/**
 * npm run profile:summary -- <file.cpuprofile> [--top N] [--skip SECONDS]
 *
 * Sums a V8 CPU profile (`node --cpu-prof`, e.g. a production server started with
 * `nodeFlags: ['--cpu-prof', '--cpu-prof-dir=DIR']` and stopped after a load run) three ways:
 * self time by function, self time by file or package, and inclusive time of the project's own
 * functions (a sample counts once per function on its stack). `--skip` leaves out the first
 * seconds (start-up, index load, JIT warm-up). Build with `experimental.serverMinification: false`
 * to read function names in a production build.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { summarizeProfile, type ProfileSummary } from './lib/cpu-profile-summary';

const argsSchema = z.object({
  top: z.coerce.number().int().positive().default(30),
  skip: z.coerce.number().nonnegative().default(0),
});

function print(title: string, rows: ProfileSummary['selfByFunction'], totalMs: number): void {
  console.log(`\n${title} (of ${totalMs.toFixed(0)} ms sampled)`);
  for (const row of rows) console.log(`${((row.ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${row.ms.toFixed(0).padStart(7)} ms  ${row.name}`);
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string' }, skip: { type: 'string' } }, allowPositionals: true, strict: true });
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run profile:summary -- <file.cpuprofile> [--top N] [--skip SECONDS]');
  const args = argsSchema.parse(values);
  const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), { top: args.top, skipSeconds: args.skip });
  print('Self time by function', summary.selfByFunction, summary.totalMs);
  print('Self time by file or package', summary.selfByFile, summary.totalMs);
  print("Inclusive time of the project's functions", summary.inclusiveByProjectFunction, summary.totalMs);
}

main();
