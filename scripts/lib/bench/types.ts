export type BenchOptions = {
  /** Repeated timed passes over the query set; figures are medians across passes. */
  runs: number;
  /** Time allowed per latency measurement; slow engines at large sizes get fewer passes. */
  budgetSeconds: number;
};

/**
 * One part of `npm run bench`, selected with `--only <name>`. Each section prints its own tables
 * and returns JSON-safe figures for `--json`. Later parts (chat route latency, browser
 * first-token time) plug in by implementing this and registering it in scripts/bench.ts.
 */
export type BenchSection = {
  name: string;
  description: string;
  run: (options: BenchOptions) => Promise<unknown>;
};
