import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearchEngine, type SearchEngine } from '@/lib/search';
import { analyzeText, PRE_ANALYZED } from '@/lib/search/analyze';
import { planQuery } from '@/lib/search/query-plan';
import { alternativeWeightFor } from '@/lib/search/scoring';
import { selectMmr } from '@/lib/search/mmr';
import { FIXTURE_PASSAGES } from './fixtures/passages';

let engine: SearchEngine;
beforeAll(async () => {
  engine = createSearchEngine(await buildSearchIndex(FIXTURE_PASSAGES));
});

const ids = async (q: string, k = 3, mode?: 'hybrid' | 'text' | 'vector') => (await engine.search(q, { k, mode })).map((h) => h.id);

describe('searchPassages on an invented corpus', () => {
  it('finds clinical passages from everyday wording', async () => {
    expect((await ids('can water pills make me weak'))[0]).toBe('cramps-diuretics');
    expect((await ids('pins and needles in my feet'))[0]).toBe('nerves-b12');
    expect((await ids('my calves hurt when walking'))[0]).toBe('blood-pad');
    expect((await ids('the sun vitamin'))[0]).toBe('nerves-d');
  });

  it('corrects misspelled words against the index vocabulary', async () => {
    expect((await ids('magnesum crmaps', 2)).some((id) => id.includes('mg'))).toBe(true);
    expect((await ids('diuretcs'))[0]).toBe('cramps-diuretics');
  });

  it('returns at most k passages, best first, scores in 0..1, in every mode', async () => {
    for (const mode of ['hybrid', 'text', 'vector'] as const) {
      const hits = await engine.search('muscle weakness and fatigue', { k: 4, mode });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(4);
      for (const h of hits) expect(h.score).toBeGreaterThan(0);
      for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    }
  });

  it('scores a question the corpus does not cover below one it covers', async () => {
    const covered = (await engine.search('what causes muscle cramps'))[0]?.score ?? 0;
    const uncovered = (await engine.search('what causes covid'))[0]?.score ?? 0;
    expect(covered).toBeGreaterThan(uncovered + 0.3);
    expect(await engine.search('quantum chromodynamics lectures')).toEqual([]);
  });

  it('returns nothing for a query without content words', async () => {
    expect(await engine.search('what is it?')).toEqual([]);
    expect(await engine.search('   ')).toEqual([]);
  });

  it('treats control characters in a query as spaces', async () => {
    expect(await ids(`${PRE_ANALYZED}cramp`)).toEqual(await ids('cramp'));
  });
});

describe('analyzeQuery', () => {
  it('separates known terms from ones the corpus never mentions', () => {
    const a = engine.analyze('what causes covid');
    expect(a.terms).toEqual(['caus', 'covid']);
    expect(a.knownTerms).toEqual(['caus']);
  });

  it('counts lay terms as known when their expansion is', () => {
    const a = engine.analyze('charley horse');
    expect(a.knownTerms).toEqual(a.terms);
    expect(a.expandedTerms).toContain('cramp');
  });
});

describe('MMR diversification', () => {
  it('skips a near-duplicate in favour of a different relevant candidate', () => {
    const vectors = new Map([
      ['a', [1, 0, 0]],
      ['a-copy', [0.99, 0.14, 0]],
      ['b', [0, 1, 0]],
    ]);
    const candidates = [
      { id: 'a', relevance: 0.9 },
      { id: 'a-copy', relevance: 0.88 },
      { id: 'b', relevance: 0.7 },
    ];
    expect(selectMmr(candidates, vectors, 2, 0.7).map((c) => c.id)).toEqual(['a', 'b']);
    expect(selectMmr(candidates, vectors, 2, 1).map((c) => c.id)).toEqual(['a', 'a-copy']);
  });

  it('with a duplicate threshold, penalises only near-copies', () => {
    const vectors = new Map([
      ['a', [1, 0, 0]],
      ['related', [0.8, 0.6, 0]],
      ['b', [0, 1, 0]],
    ]);
    const candidates = [
      { id: 'a', relevance: 0.9 },
      { id: 'related', relevance: 0.85 },
      { id: 'b', relevance: 0.7 },
    ];
    // cos(a, related) = 0.8: redundant for plain MMR, not a copy at a 0.9 threshold.
    expect(selectMmr(candidates, vectors, 2, 0.5).map((c) => c.id)).toEqual(['a', 'b']);
    expect(selectMmr(candidates, vectors, 2, 0.5, 0.9).map((c) => c.id)).toEqual(['a', 'related']);
  });

  it('keeps a copy of the same fact from another article out of the top k', async () => {
    const query = 'magnesium deficiency cramps';
    const plain = createSearchEngine(await buildSearchIndex(FIXTURE_PASSAGES, { settings: { mmrLambda: 1 } }));
    const diverse = createSearchEngine(await buildSearchIndex(FIXTURE_PASSAGES, { settings: { mmrLambda: 0.5 } }));
    const top2 = async (e: SearchEngine) => (await e.search(query, { k: 2 })).map((h) => h.id).sort();
    expect(await top2(plain)).toEqual(['cramps-mg', 'nerves-mg-copy']);
    expect(await top2(diverse)).not.toEqual(['cramps-mg', 'nerves-mg-copy']);
  });
});

describe('synonym weighting and memoised term scores', () => {
  it('lets synonyms count more for a word the corpus never uses than for one it does', async () => {
    const index = await buildSearchIndex(FIXTURE_PASSAGES, { settings: { alternativeWeight: 0.5, unknownWordAlternativeWeight: 0.9 } });
    const concepts = planQuery(index, 'tablets for cramps').expanded.concepts;
    const weightOf = (word: string) =>
      alternativeWeightFor(
        index,
        concepts.find((c) => c.terms.includes(analyzeText(word)[0]!))!,
      );
    expect(weightOf('cramps')).toBe(0.5);
    expect(weightOf('tablets')).toBe(0.9);
  });

  it('never serves one index the term scores of another', async () => {
    const without = FIXTURE_PASSAGES.filter((p) => p.id !== 'blood-dvt');
    const full = createSearchEngine(await buildSearchIndex(FIXTURE_PASSAGES));
    const smaller = createSearchEngine(await buildSearchIndex(without));
    const query = 'blood clot in the leg';
    const first = (await full.search(query, { k: 3 })).map((h) => h.id);
    expect(first[0]).toBe('blood-dvt');
    expect((await smaller.search(query, { k: 3 })).map((h) => h.id)).not.toContain('blood-dvt');
    // Asking again (now from the memo) gives the same answer.
    expect((await full.search(query, { k: 3 })).map((h) => h.id)).toEqual(first);
  });
});
