import { describe, expect, it } from 'vitest';
import { summarizeLatencies } from '@/scripts/lib/stats';
import { formatTable, latencyCells, p50TargetCells } from '@/scripts/lib/table';

describe('bench table cells', () => {
  it('shows a latency summary as p50, p90, p99 and max, in the units formatMs picks', () => {
    const samples = Array.from({ length: 100 }, (_, i) => (i + 1) / 10); // 0.1 .. 10 ms
    expect(latencyCells(summarizeLatencies(samples))).toEqual(['5.00 ms', '9.00 ms', '9.90 ms', '10.00 ms']);
    expect(latencyCells(summarizeLatencies([0.25]))).toEqual(['250 µs', '250 µs', '250 µs', '250 µs']);
    expect(latencyCells(summarizeLatencies([]))).toEqual(['-', '-', '-', '-']);
  });

  it('says whether a p50 is under its target, and a p50 at the target is not', () => {
    expect(p50TargetCells(12, 50)).toEqual(['p50 < 50 ms', 'yes']);
    expect(p50TargetCells(50, 50)).toEqual(['p50 < 50 ms', 'NO']);
    expect(p50TargetCells(Number.NaN, 50)).toEqual(['p50 < 50 ms', 'NO']);
  });

  it('lines the cells up under their headers', () => {
    const table = formatTable(
      ['measure', 'p50', 'p90', 'p99', 'max', 'target', 'met'],
      [['first text', ...latencyCells(summarizeLatencies([2, 4])), ...p50TargetCells(2, 50)]],
    );
    const [head, rule, row] = table.split('\n');
    expect(rule?.length).toBe(head?.length);
    expect(row?.length).toBe(head?.length);
    expect(row).toMatch(/^first text\s+2\.00 ms\s+4\.00 ms\s+4\.00 ms\s+4\.00 ms\s+p50 < 50 ms\s+yes$/);
  });
});
