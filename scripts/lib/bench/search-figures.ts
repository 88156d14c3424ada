import { z } from 'zod';

/** What one search-bench worker measures for one corpus size; the parent parses it with this. */

export const latencySummarySchema = z.object({
  p50: z.number(),
  p90: z.number(),
  p99: z.number(),
  mean: z.number(),
  max: z.number(),
});

/**
 * A latency summary plus what it covers: the median over `runs` timed passes of `queries` gold
 * questions (a time budget may cap both for slow engines at large sizes).
 */
export const timedLatencySchema = latencySummarySchema.extend({
  runs: z.number().int().positive(),
  queries: z.number().int().positive(),
});
export type TimedLatency = z.infer<typeof timedLatencySchema>;

export const searchSizeFiguresSchema = z.object({
  size: z.string(),
  passages: z.number().int(),
  queries: z.number().int(),
  runs: z.number().int(),
  ours: z.object({
    coldBuildMs: z.number(),
    /** Null when the index could not be persisted; `persistError` says why. */
    persistedBytes: z.number().int().nullable(),
    persistedLoadMs: z.number().nullable(),
    persistError: z.string().optional(),
    /** Search is timed on the index loaded from disk form, or on the built one if that failed. */
    searchedIndex: z.enum(['loaded', 'built']),
    latencyMs: z.record(z.string(), timedLatencySchema),
  }),
  plain: z.object({ buildMs: z.number(), latencyMs: timedLatencySchema }),
  memory: z.object({
    baselineRssBytes: z.number(),
    /** Peak resident set of the worker up to the end of our engine's measurements. */
    peakRssBytes: z.number(),
    /** Largest heapUsed seen at phase boundaries (before GC) while our engine was measured. */
    peakHeapUsedBytes: z.number(),
    /** heapUsed after a full GC with only our built index alive (its retained size + runtime). */
    retainedHeapBytes: z.number(),
  }),
});
export type SearchSizeFigures = z.infer<typeof searchSizeFiguresSchema>;

export const workerArgsSchema = z.object({
  size: z.union([z.literal('real'), z.coerce.number().int().positive()]),
  runs: z.coerce.number().int().positive(),
  budgetSeconds: z.coerce.number().positive(),
});
export type WorkerArgs = z.infer<typeof workerArgsSchema>;

/** One size's outcome in the parent: its figures, or why its worker failed. */
export type SearchSizeOutcome = { size: string; figures?: SearchSizeFigures; error?: string };
