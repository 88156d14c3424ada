/** Plain-text tables for terminal reports. */
import type { LatencySummary } from './stats';

export type Cell = string | number | null | undefined;

export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  return value.toFixed(digits);
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  if (value < 1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 100) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(0)} ms`;
}

export function formatMb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return '-';
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A latency summary's p50, p90, p99 and max as table cells: the columns every timing table shows. */
export function latencyCells(summary: LatencySummary): string[] {
  return [formatMs(summary.p50), formatMs(summary.p90), formatMs(summary.p99), formatMs(summary.max)];
}

/** A "p50 under the target" pair of cells: the target, and whether it was met. */
export function p50TargetCells(p50Ms: number, targetMs: number): [string, string] {
  return [`p50 < ${targetMs} ms`, p50Ms < targetMs ? 'yes' : 'NO'];
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '-';
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}

/** Left-aligns the first column and right-aligns the others (they are usually figures). */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [headers.map(String), ...rows.map((row) => row.map(cellText))];
  const widths = headers.map((_, col) => Math.max(...text.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [head, ...body] = text;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

export function printTable(title: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): void {
  console.log(`\n${title}\n${formatTable(headers, rows)}`);
}
