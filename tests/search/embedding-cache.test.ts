import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchIndex } from '@/lib/search';
import { analyzeText } from '@/lib/search/analyze';
import { createCachedEmbedder, type EmbedTexts } from '@/lib/search/remote-embedder';
import { FIXTURE_PASSAGES, fixtureSnapshot } from './fixtures/passages';

/** A stand-in embedding model: hashed analyzed terms in 16 dimensions, counting every text it sees. */
function fakeModel(): { embed: EmbedTexts; seen: string[] } {
  const seen: string[] = [];
  const embed: EmbedTexts = async (texts) => {
    seen.push(...texts);
    return texts.map((t) => {
      const v = new Array<number>(16).fill(0);
      for (const term of analyzeText(t)) v[[...term].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 16, 7)]! += 1;
      v[15]! += 0.01;
      return v;
    });
  };
  return { embed, seen };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'legwise-embed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('embedding cache', () => {
  it('embeds each passage once, across restarts', async () => {
    const model = fakeModel();
    const first = await createCachedEmbedder({ model: 'fake-1', embed: model.embed, cacheDir: dir }).embedPassages(FIXTURE_PASSAGES);
    expect(model.seen).toHaveLength(FIXTURE_PASSAGES.length);
    model.seen.length = 0;
    const again = await createCachedEmbedder({ model: 'fake-1', embed: model.embed, cacheDir: dir }).embedPassages(FIXTURE_PASSAGES);
    expect(model.seen).toHaveLength(0);
    expect(again.map((v) => Array.from(v))).toEqual(first.map((v) => Array.from(v)));
    for (const v of again) expect(Math.hypot(...v)).toBeCloseTo(1, 5);
  });

  it('re-embeds only changed passages, and everything for another model', async () => {
    const model = fakeModel();
    await createCachedEmbedder({ model: 'fake-1', embed: model.embed, cacheDir: dir }).embedPassages(FIXTURE_PASSAGES);
    model.seen.length = 0;
    const edited = FIXTURE_PASSAGES.map((p, i) => (i === 2 ? { ...p, text: 'Potassium keeps muscles firing.' } : p));
    await createCachedEmbedder({ model: 'fake-1', embed: model.embed, cacheDir: dir }).embedPassages(edited);
    expect(model.seen).toEqual([expect.stringContaining('Potassium keeps muscles firing.')]);
    model.seen.length = 0;
    await createCachedEmbedder({ model: 'fake-2', embed: model.embed, cacheDir: dir }).embedPassages(FIXTURE_PASSAGES);
    expect(model.seen).toHaveLength(FIXTURE_PASSAGES.length);
  });
});

describe('index with an embedding model', () => {
  it('uses the model, persists, and re-embeds nothing on restart', async () => {
    const model = fakeModel();
    const open = () =>
      openSearchIndex({ dataDir: dir, loadCorpus: async () => fixtureSnapshot(), embedding: { model: 'fake-1', embed: model.embed }, log: () => {} });
    const built = await open();
    expect(built.engine.index.embedder.id).toBe('embedding:fake-1');
    expect(built.engine.index.dimensions).toBe(16);
    model.seen.length = 0;
    const loaded = await open();
    expect(loaded.source).toBe('disk');
    expect(model.seen).toHaveLength(0);
    const hits = await loaded.engine.search('magnesium cramps', { k: 2 });
    expect(hits.length).toBeGreaterThan(0);
    expect(model.seen).toEqual(['magnesium cramps']);
  });

  it('falls back to LSA with one log line when the model fails', async () => {
    const logs: string[] = [];
    const failing: EmbedTexts = async () => {
      throw new Error('network unreachable');
    };
    const opened = await openSearchIndex({
      dataDir: dir,
      loadCorpus: async () => fixtureSnapshot(),
      embedding: { model: 'down', embed: failing },
      log: (l) => logs.push(l),
    });
    expect(opened.engine.index.embedder.id).toMatch(/^lsa:/);
    expect(logs.some((l) => l.includes('network unreachable'))).toBe(true);
    expect((await opened.engine.search('water pills'))[0]?.id).toBe('cramps-diuretics');
  });

  it('answers from text alone when the query cannot be embedded', async () => {
    const model = fakeModel();
    let fail = false;
    const flaky: EmbedTexts = async (texts) => {
      if (fail) throw new Error('timeout');
      return model.embed(texts);
    };
    const opened = await openSearchIndex({
      dataDir: dir,
      loadCorpus: async () => fixtureSnapshot(),
      embedding: { model: 'flaky', embed: flaky },
      log: () => {},
    });
    fail = true;
    const hits = await opened.engine.search('diuretics', { k: 3 });
    expect(hits[0]?.id).toBe('cramps-diuretics');
  });
});
