import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatMb, formatMs, formatNumber, printTable } from '../table';
import { searchSizeFiguresSchema, type SearchSizeFigures, type SearchSizeOutcome } from './search-figures';
import type { BenchOptions, BenchSection } from './types';

export const SEARCH_SIZES = ['real', '10000', '100000'] as const;

/** Latency targets (p50 of the default mode): the real corpus and the 100,000-passage corpus. */
const P50_TARGET_MS: Record<string, number> = { real: 1, '100000': 20 };

const WORKER = fileURLToPath(new URL('./search-worker.ts', import.meta.url));

/** Runs the worker for one size in its own Node process so its memory peak is its own. */
function runWorker(size: string, { runs, budgetSeconds }: BenchOptions): Promise<SearchSizeFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', WORKER, '--size', size, '--runs', String(runs), '--budgetSeconds', String(budgetSeconds)],
      { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`search worker for size ${size} exited with ${code}`));
      try {
        resolve(searchSizeFiguresSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')));
      } catch (error) {
        reject(new Error(`search worker for size ${size} printed no valid figures: ${String(error)}`));
      }
    });
  });
}

function sizeLabel(f: SearchSizeFigures): string {
  return f.size === 'real' ? `real (${f.passages})` : f.passages.toLocaleString('en-US');
}

/** One failed size must not hide the others: it is reported and the run goes on. */
async function measureSize(size: string, options: BenchOptions): Promise<SearchSizeOutcome> {
  try {
    return { size, figures: await runWorker(size, options) };
  } catch (error) {
    return { size, error: error instanceof Error ? error.message : String(error) };
  }
}

function printProblems(outcomes: readonly SearchSizeOutcome[]): void {
  const problems = outcomes.flatMap((o) => [
    ...(o.error ? [`size ${o.size}: worker failed: ${o.error}`] : []),
    ...(o.figures?.ours.persistError ? [`size ${o.size}: index not persisted (${o.figures.ours.persistError}); search timed on the built index`] : []),
  ]);
  if (problems.length > 0) console.log(`\nProblems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

function printIndexTable(all: readonly SearchSizeFigures[]): void {
  printTable(
    'Search index (each size measured in its own process)',
    ['passages', 'cold build', 'persisted', 'persisted load', 'peak RSS', 'peak heap', 'retained heap'],
    all.map((f) => [
      sizeLabel(f),
      formatMs(f.ours.coldBuildMs),
      f.ours.persistedBytes === null ? 'failed' : formatMb(f.ours.persistedBytes),
      f.ours.persistedLoadMs === null ? '-' : formatMs(f.ours.persistedLoadMs),
      formatMb(f.memory.peakRssBytes),
      formatMb(f.memory.peakHeapUsedBytes),
      formatMb(f.memory.retainedHeapBytes),
    ]),
  );
}

function printLatencyTable(all: readonly SearchSizeFigures[], mode: string): void {
  printTable(
    `Search latency, ours "${mode}" vs plain Orama BM25 (k=10, gold questions, warm; medians of runs x queries)`,
    ['passages', 'ours p50', 'ours p99', 'runs x q', 'plain p50', 'plain p99', 'runs x q', 'ours/plain p50', 'target p50', 'met'],
    all.map((f) => {
      const ours = f.ours.latencyMs[mode];
      const target = P50_TARGET_MS[f.size];
      return [
        sizeLabel(f),
        formatMs(ours?.p50),
        formatMs(ours?.p99),
        ours ? `${ours.runs} x ${ours.queries}` : '-',
        formatMs(f.plain.latencyMs.p50),
        formatMs(f.plain.latencyMs.p99),
        `${f.plain.latencyMs.runs} x ${f.plain.latencyMs.queries}`,
        ours ? `${formatNumber(ours.p50 / f.plain.latencyMs.p50, 2)}x` : '-',
        target === undefined ? '-' : `< ${target} ms`,
        target === undefined || !ours ? '-' : ours.p50 < target ? 'yes' : 'NO',
      ];
    }),
  );
}

export function searchSection(sizes: readonly string[]): BenchSection {
  return {
    name: 'search',
    description: 'index build/load time, search latency and memory at the real size and synthetic sizes',
    run: async (options: BenchOptions) => {
      const outcomes: SearchSizeOutcome[] = [];
      for (const size of sizes) {
        console.log(`  measuring size ${size}...`);
        outcomes.push(await measureSize(size, options));
      }
      const all = outcomes.flatMap((o) => (o.figures ? [o.figures] : []));
      printIndexTable(all);
      for (const mode of Object.keys(all[0]?.ours.latencyMs ?? {})) printLatencyTable(all, mode);
      printProblems(outcomes);
      return { targetsP50Ms: P50_TARGET_MS, sizes: outcomes };
    },
  };
}
