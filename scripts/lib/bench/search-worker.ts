/**
 * Measures search for one corpus size in a fresh process, so each size has its own memory peak.
 * Started by search-section.ts as `node --expose-gc --import tsx search-worker.ts --size N`;
 * writes one JSON object (SearchSizeFigures) to stdout, progress to stderr.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { getConfig } from '@/lib/config';
import { loadCorpusPassages } from '@/lib/corpus';
import type { Passage } from '@/lib/corpus/schema';
import { retrievalQuestions } from '@/tests/gold/questions';
import { buildOurIndex, loadOurIndex, BENCH_MODES, type OurIndex } from '../engines';
import { buildPlainBm25 } from '../plain-bm25';
import { medianOfRuns } from '../stats';
import { synthesizePassages } from '../synthetic-passages';
import { collectGarbage, timeAsync } from '../timing';
import { workerArgsSchema, type SearchSizeFigures, type TimedLatency, type WorkerArgs } from './search-figures';

const SEARCH_DEPTH = 10;

function log(message: string): void {
  process.stderr.write(`  [${process.pid}] ${message}\n`);
}

async function passagesFor(size: WorkerArgs['size']): Promise<Passage[]> {
  const { passages } = await loadCorpusPassages(getConfig().corpusDir);
  return size === 'real' ? passages : synthesizePassages(passages, size);
}

type Budget = { runs: number; seconds: number };

const PROBE_QUERIES = 10;

/** `count` queries spread evenly over the list, so a sample keeps the mix of question styles. */
function evenSample(queries: readonly string[], count: number): string[] {
  if (count >= queries.length) return [...queries];
  return Array.from({ length: count }, (_, i) => queries[Math.floor((i * queries.length) / count)] ?? '');
}

async function timePass(search: (q: string) => Promise<unknown>, queries: readonly string[]): Promise<number[]> {
  const samples: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await search(q);
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Warm, repeated latency: a short probe (run twice) estimates the cost per query; then every query (or an
 * even sample when one pass would not fit the time budget) gets one untimed warm-up pass and up
 * to `budget.runs` timed passes (at least one). Figures are medians across passes.
 */
async function measureLatency(search: (q: string) => Promise<unknown>, queries: readonly string[], budget: Budget): Promise<TimedLatency> {
  // The first pass pays for lazy initialisation and JIT; only the second estimates the cost.
  const probeQueries = evenSample(queries, PROBE_QUERIES);
  await timePass(search, probeQueries);
  const probe = await timePass(search, probeQueries);
  const perQueryMs = Math.max(probe.reduce((a, b) => a + b, 0) / probe.length, 1e-3);
  const budgetMs = budget.seconds * 1000;
  const used = evenSample(queries, Math.max(PROBE_QUERIES, Math.floor(budgetMs / perQueryMs)));
  const runs = Math.max(1, Math.min(budget.runs, Math.floor(budgetMs / (perQueryMs * used.length)) - 1));
  await timePass(search, used);
  const passes: number[][] = [];
  for (let run = 0; run < runs; run++) passes.push(await timePass(search, used));
  return { ...medianOfRuns(passes), runs, queries: used.length };
}

type Prepared = {
  index: OurIndex;
  searchedIndex: 'loaded' | 'built';
  buildMs: number;
  persistedBytes: number | null;
  persistedLoadMs: number | null;
  persistError?: string;
};

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

type BuildOutcome = { buildMs: number; persisted: string } | { buildMs: number; persistError: string; built: OurIndex };

/** Builds and serialises; the built copy is only returned when it could not be persisted. */
async function buildAndPersist(passages: Passage[], notePeak: () => void): Promise<BuildOutcome> {
  const built = await timeAsync(() => buildOurIndex(passages));
  notePeak();
  log(`built our index over ${passages.length} passages in ${built.ms.toFixed(0)} ms`);
  try {
    const persisted = await built.value.serialize();
    notePeak();
    return { buildMs: built.ms, persisted };
  } catch (error) {
    log(`could not persist the index: ${errorText(error)}`);
    return { buildMs: built.ms, persistError: errorText(error), built: built.value };
  }
}

/**
 * Builds the index, persists it and loads it back, as the app serves it. When persisting fails
 * (e.g. the serialised form is too large) the failure is reported and the built index is timed.
 */
async function prepareIndex(passages: Passage[], notePeak: () => void): Promise<Prepared> {
  const outcome = await buildAndPersist(passages, notePeak);
  if ('built' in outcome) {
    const { built, buildMs, persistError } = outcome;
    return { index: built, searchedIndex: 'built', buildMs, persistedBytes: null, persistedLoadMs: null, persistError };
  }
  return loadPersisted(outcome.persisted, passages, outcome.buildMs, notePeak);
}

/** Loads the persisted form; by now nothing references the built copy, so GC can drop it. */
async function loadPersisted(persisted: string, passages: Passage[], buildMs: number, notePeak: () => void): Promise<Prepared> {
  collectGarbage();
  const loaded = await timeAsync(() => loadOurIndex(persisted, passages));
  notePeak();
  return {
    index: loaded.value,
    searchedIndex: 'loaded',
    buildMs,
    persistedBytes: Buffer.byteLength(persisted),
    persistedLoadMs: loaded.ms,
  };
}

async function measureOurs(passages: Passage[], queries: readonly string[], budget: Budget) {
  let peakHeap = process.memoryUsage().heapUsed;
  const notePeak = () => void (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const { index, ...prepared } = await prepareIndex(passages, notePeak);
  const latencyMs: Record<string, TimedLatency> = {};
  for (const mode of BENCH_MODES) {
    latencyMs[mode] = await measureLatency((q) => index.search(q, SEARCH_DEPTH, mode), queries, budget);
    notePeak();
    log(`ours ${mode}: p50 ${latencyMs[mode]?.p50.toFixed(3)} ms over ${latencyMs[mode]?.runs} runs of ${latencyMs[mode]?.queries} queries`);
  }
  collectGarbage();
  return {
    figures: {
      coldBuildMs: prepared.buildMs,
      persistedBytes: prepared.persistedBytes,
      persistedLoadMs: prepared.persistedLoadMs,
      ...(prepared.persistError === undefined ? {} : { persistError: prepared.persistError }),
      searchedIndex: prepared.searchedIndex,
      latencyMs,
    },
    peakHeap,
    retainedHeap: process.memoryUsage().heapUsed,
    /** Returned so the index is still alive when retainedHeap is read. */
    index,
  };
}

async function measurePlain(passages: Passage[], queries: readonly string[], budget: Budget) {
  const built = await timeAsync(() => buildPlainBm25(passages));
  const latencyMs = await measureLatency((q) => built.value.search(q, SEARCH_DEPTH), queries, budget);
  log(`plain BM25: p50 ${latencyMs.p50.toFixed(3)} ms over ${latencyMs.runs} runs of ${latencyMs.queries} queries`);
  return { buildMs: built.ms, latencyMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, runs: { type: 'string' }, budgetSeconds: { type: 'string' } },
  });
  const args = workerArgsSchema.parse(values);
  const passages = await passagesFor(args.size);
  const queries = retrievalQuestions.map((q) => q.question);
  collectGarbage();
  const baselineRss = process.memoryUsage().rss;
  const budget: Budget = { runs: args.runs, seconds: args.budgetSeconds };
  const ours = await measureOurs(passages, queries, budget);
  // resourceUsage().maxRSS is the process's high-water mark in KiB; read it before the
  // baseline index exists so the peak is ours alone.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const plain = await measurePlain(passages, queries, budget);
  const figures: SearchSizeFigures = {
    size: String(args.size),
    passages: passages.length,
    queries: queries.length,
    runs: args.runs,
    ours: ours.figures,
    plain,
    memory: {
      baselineRssBytes: baselineRss,
      peakRssBytes: peakRss,
      peakHeapUsedBytes: ours.peakHeap,
      retainedHeapBytes: ours.retainedHeap,
    },
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
