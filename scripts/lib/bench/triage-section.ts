/**
 * `npm run bench -- --only triage`: the time triage takes per message (triageMessage, run before
 * retrieval on every turn) over the gold questions and the triage tuning cases. The first pass
 * meets every word for the first time (typo repairs not yet remembered); later passes are the
 * steady state. Target: p50 under 1 ms per message.
 */
import { performance } from 'node:perf_hooks';
import { triageMessage } from '@/lib/triage';
import { notUrgent, urgent } from '@/tests/gold/conversations';
import { retrievalQuestions } from '@/tests/gold/questions';
import { OWN_CALM, OWN_EMERGENCIES, OWN_URGENT_SOON } from '@/tests/triage/own-cases';
import { medianOfRuns, summarizeLatencies, type LatencySummary } from '../stats';
import { latencyCells, printTable } from '../table';
import type { BenchOptions, BenchSection } from './types';

export const TRIAGE_BENCH_TARGETS = { p50Ms: 1 } as const;

function benchMessages(): string[] {
  return [
    ...retrievalQuestions.map((q) => q.question),
    ...[...urgent, ...notUrgent].map((q) => q.question),
    ...[...OWN_EMERGENCIES, ...OWN_URGENT_SOON, ...OWN_CALM].map((c) => c.text),
  ];
}

function timedPass(messages: readonly string[]): number[] {
  return messages.map((m) => {
    const start = performance.now();
    triageMessage(m);
    return performance.now() - start;
  });
}

export type TriageBenchFigures = { messages: number; firstPass: LatencySummary; steady: LatencySummary; targetP50Ms: number };

export function triageSection(): BenchSection {
  return {
    name: 'triage',
    description: 'triage time per message (first pass and steady state), p50 target < 1 ms',
    run: async (options: BenchOptions): Promise<TriageBenchFigures> => {
      const messages = benchMessages();
      const firstPass = summarizeLatencies(timedPass(messages));
      const steady = medianOfRuns(Array.from({ length: options.runs }, () => timedPass(messages)));
      printTable(
        `Triage per message (${messages.length} messages; target p50 < ${TRIAGE_BENCH_TARGETS.p50Ms} ms)`,
        ['pass', 'p50', 'p90', 'p99', 'max'],
        [
          ['first pass', ...latencyCells(firstPass)],
          [`steady (median of ${options.runs} passes)`, ...latencyCells(steady)],
        ],
      );
      return { messages: messages.length, firstPass, steady, targetP50Ms: TRIAGE_BENCH_TARGETS.p50Ms };
    },
  };
}
