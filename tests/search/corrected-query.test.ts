import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearchEngine, type SearchEngine } from '@/lib/search';
import { FIXTURE_PASSAGES } from './fixtures/passages';

// A query the turn analysis has corrected already is read as given: search corrects it only once.
let engine: SearchEngine;
beforeAll(async () => {
  engine = createSearchEngine(await buildSearchIndex(FIXTURE_PASSAGES));
});

describe('a query marked corrected', () => {
  it('is not corrected again by search', () => {
    // Search alone repairs the typo against its own words...
    expect(engine.analyze('diuretcs').knownTerms.length).toBeGreaterThan(0);
    // ...but a query the analysis already read keeps its words, even a word the corpus lacks.
    expect(engine.analyze('diuretcs', { corrected: true }).knownTerms).toEqual([]);
  });

  it('finds the same passages as a plain search when its words are already right', async () => {
    const plain = (await engine.search('can water pills make me weak', { k: 3 })).map((h) => h.id);
    const read = (await engine.search('can water pills make me weak', { k: 3, corrected: true })).map((h) => h.id);
    expect(read).toEqual(plain);
  });

  it('keeps the two readings of one query apart', async () => {
    const read = await engine.search('diuretcs', { k: 3, corrected: true });
    const corrected = await engine.search('diuretcs', { k: 3 });
    expect(corrected[0]?.id).toBe('cramps-diuretics');
    expect(read.some((h) => h.id === 'cramps-diuretics' && h.score >= (corrected[0]?.score ?? 0))).toBe(false);
  });
});
