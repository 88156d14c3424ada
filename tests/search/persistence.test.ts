import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create, load, search } from '@orama/orama';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchIndex, type OpenOptions } from '@/lib/search';
import { INDEX_FILE_NAME } from '@/lib/search/persist';
import { FIXTURE_PASSAGES, fixtureSnapshot } from './fixtures/passages';

let dataDir: string;
let logs: string[];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'legwise-search-'));
  logs = [];
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const options = (overrides: Partial<OpenOptions> = {}): OpenOptions => ({
  dataDir,
  loadCorpus: async () => fixtureSnapshot(),
  log: (line) => logs.push(line),
  ...overrides,
});
const indexFile = () => path.join(dataDir, INDEX_FILE_NAME);
const QUERIES = ['cramping at night', 'deficiencies of vitamins', 'water pills', 'magnesum', 'tingling feet', 'blood clot'];

async function results(opened: Awaited<ReturnType<typeof openSearchIndex>>) {
  return Promise.all(QUERIES.map((q) => opened.engine.search(q, { k: 4 })));
}

describe('persisted index', () => {
  it('gives identical results after save and load', async () => {
    const built = await openSearchIndex(options());
    expect(built.source).toBe('built');
    const loaded = await openSearchIndex(options());
    expect(loaded.source).toBe('disk');
    expect(await results(loaded)).toEqual(await results(built));
  });

  it('still stems queries after load (the tokenizer is restored, not the default one)', async () => {
    await openSearchIndex(options());
    const loaded = await openSearchIndex(options());
    expect(loaded.source).toBe('disk');
    // "cramping" only matches the indexed "cramps" through the stemmer.
    const ids = (await loaded.engine.search('cramping', { k: 5, mode: 'text' })).map((h) => h.id);
    expect(ids).toContain('cramps-mg');
  });

  it('would lose stemming if loaded into a database with the default tokenizer (the trap avoided)', async () => {
    await openSearchIndex(options());
    const raw = JSON.parse(await readFile(indexFile(), 'utf8')) as { orama: Parameters<typeof load>[1] };
    const plain = create({ schema: { title: 'string', headings: 'string', text: 'string' } as const });
    load(plain, raw.orama);
    expect((await search(plain, { term: 'cramping' })).count).toBe(0);
  });

  it('survives a vector search before saving (Orama nulls stored vectors without includeVectors)', async () => {
    const built = await openSearchIndex(options());
    await built.engine.search('magnesium', { mode: 'vector' });
    const again = await openSearchIndex(options({ forceRebuild: true }));
    const loaded = await openSearchIndex(options());
    expect(await results(loaded)).toEqual(await results(again));
  });
});

describe('rebuilding the persisted index', () => {
  const expectRebuild = async (reason: RegExp, overrides: Partial<OpenOptions> = {}) => {
    logs = [];
    const opened = await openSearchIndex(options(overrides));
    expect(opened.source).toBe('built');
    expect(opened.rebuildReason).toMatch(reason);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(reason);
    expect((await opened.engine.search('cramps')).length).toBeGreaterThan(0);
    // The rebuilt index was written: the next open uses it.
    expect((await openSearchIndex(options(overrides))).source).toBe('disk');
  };

  it('builds when the file is missing', async () => {
    await expectRebuild(/no persisted index/);
  });

  it('rebuilds when the file is empty', async () => {
    await writeFile(indexFile(), '');
    await expectRebuild(/empty/);
  });

  it('rebuilds when the file is corrupt', async () => {
    await writeFile(indexFile(), '{"format": 1, "orama": ');
    await expectRebuild(/not valid JSON/);
    await writeFile(indexFile(), JSON.stringify({ format: 1, hello: 'world' }));
    await expectRebuild(/unexpected shape/);
  });

  it('rebuilds when the corpus changed', async () => {
    await openSearchIndex(options());
    await expectRebuild(/corpus changed/, { loadCorpus: async () => fixtureSnapshot('fixture-v2') });
  });

  it('rebuilds when the passages changed under the same corpus hash', async () => {
    await openSearchIndex(options());
    const edited = FIXTURE_PASSAGES.map((p, i) => (i === 0 ? { ...p, text: `${p.text} Edited.` } : p));
    await expectRebuild(/passages changed/, { loadCorpus: async () => fixtureSnapshot('fixture-v1', edited) });
  });

  it('keeps serving from memory when the data dir cannot be written', async () => {
    const blocked = path.join(dataDir, 'not-a-dir');
    await writeFile(blocked, 'x');
    const opened = await openSearchIndex(options({ dataDir: blocked }));
    expect(opened.persisted).toBe(false);
    expect((await opened.engine.search('cramps')).length).toBeGreaterThan(0);
  });
});
