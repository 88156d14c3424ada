import { describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/corpus/schema';
import { passageSchema } from '@/lib/corpus/schema';
import { firstHitRank, summarizeOutcomes, type QuestionOutcome } from '@/scripts/lib/retrieval-metrics';
import { median, medianOfRuns, percentile } from '@/scripts/lib/stats';
import { splitIntoSentences, synthesizePassages } from '@/scripts/lib/synthetic-passages';

function outcome(rank: number | null): QuestionOutcome {
  return { id: 'r000', question: 'q', style: 'lay', from: 'prose', rank, top: [] };
}

describe('retrieval metrics', () => {
  it('ranks the first passage that matches an expectation, 1-based', () => {
    const results = [
      { docId: 'a', text: 'nothing here' },
      { docId: 'b', text: 'Iron replacement therapy helps' },
      { docId: 'a', text: 'iron again' },
    ];
    expect(firstHitRank(results, [{ any: ['iron'] }])).toBe(2);
    expect(firstHitRank(results, [{ docId: 'a', any: ['iron'] }])).toBe(3);
    expect(firstHitRank(results, [{ any: ['zinc'] }])).toBeNull();
  });

  it('computes recall@1, recall@5 and MRR with misses counting zero', () => {
    const figures = summarizeOutcomes([outcome(1), outcome(2), outcome(6), outcome(null)]);
    expect(figures.recallAt1).toBe(0.25);
    expect(figures.recallAt5).toBe(0.5);
    expect(figures.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 6) / 4);
  });
});

describe('latency statistics', () => {
  it('uses nearest-rank percentiles and medians', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('takes the median of per-run figures so one noisy run does not move them', () => {
    const summary = medianOfRuns([
      [1, 1, 1],
      [1, 1, 1],
      [100, 100, 100],
    ]);
    expect(summary.p50).toBe(1);
  });
});

/** Strips known sentences off the front of `text`; what remains was not made of them. */
function consumeSentences(text: string, sentences: readonly string[]): string {
  let rest = text;
  for (let next = sentences.find((s) => rest.startsWith(s)); next !== undefined; next = sentences.find((s) => rest.startsWith(s))) {
    rest = rest.slice(next.length).trimStart();
  }
  return rest;
}

describe('synthetic passages', () => {
  const real: Passage[] = [
    { id: 'p1', docId: 'd', title: 'T', headings: ['H'], kind: 'paragraph', text: 'Iron helps. Magnesium relaxes muscles! Is B12 vital?', start: 0, end: 10 },
    { id: 'p2', docId: 'd', title: 'T', headings: [], kind: 'table-row', text: 'Nutrient: Iron; Source: lentils', start: 10, end: 20 },
  ];

  it('splits sentences at terminal punctuation', () => {
    expect(splitIntoSentences(real[0]!.text)).toEqual(['Iron helps.', 'Magnesium relaxes muscles!', 'Is B12 vital?']);
  });

  it('builds the requested number of valid, unique, reproducible passages from real sentences', () => {
    const a = synthesizePassages(real, 500);
    expect(a).toHaveLength(500);
    expect(new Set(a.map((p) => p.id)).size).toBe(500);
    for (const p of a) expect(passageSchema.safeParse(p).success).toBe(true);
    expect(synthesizePassages(real, 500)).toEqual(a);
    const sentences = real.flatMap((p) => splitIntoSentences(p.text));
    for (const p of a) expect(consumeSentences(p.text, sentences), p.id).toBe('');
  });
});
