/** Small, dependency-free statistics for benchmark and evaluation figures. */

/** Nearest-rank percentile (p in 0..100) of an unsorted sample; NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export type LatencySummary = { p50: number; p90: number; p99: number; mean: number; max: number };

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  return {
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    mean: mean(samples),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
  };
}

/**
 * Summarises each repeated run on its own, then takes the median of each figure across runs,
 * so one noisy run (GC, another process) cannot move the result.
 */
export function medianOfRuns(runs: readonly (readonly number[])[]): LatencySummary {
  const perRun = runs.map(summarizeLatencies);
  return {
    p50: median(perRun.map((r) => r.p50)),
    p90: median(perRun.map((r) => r.p90)),
    p99: median(perRun.map((r) => r.p99)),
    mean: median(perRun.map((r) => r.mean)),
    max: median(perRun.map((r) => r.max)),
  };
}
