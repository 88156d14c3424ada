import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@/lib/config';
import { loadCorpusPassages } from '@/lib/corpus';
import type { Passage } from '@/lib/corpus/schema';
import { analyzeText } from '@/lib/search/analyze';
import type { BridgeTable } from '@/lib/search/bridges';
import { expandText, installBridges } from '@/lib/search/expansion';
import { buildBridges, buildLexicon, buildSearchIndex } from '@/lib/search/index-store';
import { parsePersistedIndex, restoreIndex, serializeIndex } from '@/lib/search/persist';
import { DEFAULT_LSA_OPTIONS } from '@/lib/search/embedder';
import { FIXTURE_PASSAGES } from './fixtures/passages';

/**
 * WordNet bridges, derived from the corpus when the index is built: everyday words of our own
 * choosing (none from an evaluation set) must reach the articles' words, unrelated words must
 * reach nothing, and the table must be the same on every build and travel with the index.
 */

const reachedBy = (table: BridgeTable, from: string): string[] => table.filter((b) => b.from === from).map((b) => b.to);

describe('bridges on the real articles', () => {
  let passages: Passage[];
  let table: BridgeTable;
  beforeAll(async () => {
    passages = (await loadCorpusPassages(getConfig().corpusDir)).passages;
    table = await buildBridges(passages);
  }, 60_000);

  it.each([
    ['emesis', 'vomiting'],
    ['enervated', 'weak'],
    ['perspiration', 'sweating'],
    ['physician', 'doctor'],
    ['weariness', 'fatigue'],
  ])('%s reaches %s', (lay, corpusWord) => {
    expect(reachedBy(table, lay)).toContain(corpusWord);
  });

  it('leaves words with no sense the articles use unbridged', () => {
    for (const word of ['guitar', 'saxophone', 'robust', 'shin']) expect(reachedBy(table, word), word).toEqual([]);
  });

  it('lands every bridge on a word or phrase the articles use, never on the word itself', () => {
    const { docFreq } = buildLexicon(passages);
    for (const b of table) {
      expect(
        analyzeText(b.to).every((t) => docFreq.has(t)),
        b.to,
      ).toBe(true);
      expect(analyzeText(b.from).join(' ')).not.toBe(analyzeText(b.to).join(' '));
    }
  });

  it('is the same table on every build', async () => {
    expect(await buildBridges(passages)).toEqual(table);
  }, 60_000);
});

describe('a new article brings its own bridges', () => {
  const article = (text: string): Passage => ({
    id: 'shin-1',
    docId: 'shin',
    title: 'Shin pain',
    headings: ['Bones'],
    kind: 'paragraph',
    text,
    start: 0,
    end: text.length,
  });

  it('bridges to a word only once an article uses it', async () => {
    const without = await buildBridges([article('Calf muscles ache after long walks.')]);
    const withTibia = await buildBridges([article('Stress on the tibia causes pain along the front of the leg.')]);
    expect(reachedBy(without, 'shinbone')).toEqual([]);
    expect(reachedBy(withTibia, 'shinbone')).toContain('tibia');
  });
});

describe('search reads the bridges of the index it serves', () => {
  it('expands an everyday word to its bridged corpus word, marked as a bridge', async () => {
    const table = await buildBridges(FIXTURE_PASSAGES);
    installBridges(table);
    const bridged = expandText('weariness').concepts.flatMap((c) => c.alternatives);
    const fatigue = bridged.find((a) => a.terms.includes(analyzeText('fatigue')[0]!));
    expect(fatigue?.bridged).toBe(true);
    expect(expandText('saxophone').concepts.flatMap((c) => c.alternatives)).toEqual([]);
  }, 60_000);

  it('persists the table with the index and restores it', async () => {
    const index = await buildSearchIndex(FIXTURE_PASSAGES);
    expect(index.bridges.length).toBeGreaterThan(0);
    const identity = { corpusHash: 'bridges-test', passages: FIXTURE_PASSAGES, lsa: DEFAULT_LSA_OPTIONS };
    const parsed = parsePersistedIndex(JSON.stringify(serializeIndex(index, identity)));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.data.bridges).toEqual(index.bridges);
    expect(restoreIndex(parsed.data, FIXTURE_PASSAGES, {}).bridges).toEqual(index.bridges);
  }, 60_000);
});
