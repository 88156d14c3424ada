/**
 * `npm run bench [-- --only search] [--sizes real,10000,100000] [--runs 7] [--budget 20] [--json file]`.
 * Each section measures one part of legwise; more (chat route, browser first-token time) plug in
 * as further BenchSections in the list below.
 */
import { z } from 'zod';
import { parseScriptArgs, selectSections, writeJsonReport } from './lib/cli';
import { searchSection, SEARCH_SIZES } from './lib/bench/search-section';
import { chatSection } from './lib/bench/chat-section';
import { browserSection } from './lib/bench/browser-section';
import { clusterSection } from './lib/bench/cluster-section';
import { shareSection } from './lib/bench/share-section';
import { triageSection } from './lib/bench/triage-section';
import { guardSection } from './lib/bench/guard-section';
import type { BenchSection } from './lib/bench/types';
import { describeMachine, loadLine, machineLine } from './lib/machine';

const DEFAULT_RUNS = 7;
const DEFAULT_BUDGET_SECONDS = 20;

const benchArgs = {
  sizes: z.string().optional(),
  runs: z.coerce.number().int().positive().optional(),
  budget: z.coerce.number().positive().optional(),
};

function sectionsFor(sizes: readonly string[]): readonly BenchSection[] {
  return [searchSection(sizes), chatSection(), browserSection(), triageSection(), guardSection(), clusterSection(), shareSection()];
}

function parseSizes(value: string | undefined): string[] {
  if (!value) return [...SEARCH_SIZES];
  return value.split(',').map((s) => z.union([z.literal('real'), z.string().regex(/^\d+$/)]).parse(s.trim()));
}

async function main(): Promise<void> {
  const args = parseScriptArgs(process.argv.slice(2), benchArgs);
  const sizes = parseSizes(args.sizes);
  const all = sectionsFor(sizes);
  if (args.help) {
    console.log('Usage: npm run bench -- [--only <sections>] [--sizes real,10000,100000] [--runs N] [--budget seconds] [--json <file>]');
    for (const s of all) console.log(`  ${s.name.padEnd(10)} ${s.description}`);
    return;
  }
  const machine = describeMachine();
  console.log(machineLine(machine));
  console.log(loadLine(machine));
  const runs = args.runs ?? DEFAULT_RUNS;
  const budgetSeconds = args.budget ?? DEFAULT_BUDGET_SECONDS;
  const figures: Record<string, unknown> = {};
  for (const section of selectSections(all, args.only)) {
    console.log(`\n=== ${section.name}: ${section.description}`);
    figures[section.name] = await section.run({ runs, budgetSeconds });
  }
  const after = describeMachine();
  console.log(`\n${loadLine(after)}`);
  if (args.json) {
    const report = { generatedAt: new Date().toISOString(), machine, loadAverageAfter: after.loadAverage, runs, budgetSeconds, ...figures };
    writeJsonReport(args.json, report);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
