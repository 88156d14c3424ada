import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpusPassages } from '@/lib/corpus';
import { openSearchIndex } from '@/lib/search';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'legwise-corpus-errors-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('openSearchIndex with unreadable corpus files', () => {
  it('serves the readable articles and logs each skipped file by name', async () => {
    const corpusDir = path.join(root, 'corpus');
    const dataDir = path.join(root, 'data');
    await mkdir(corpusDir);
    await writeFile(
      path.join(corpusDir, 'good.txt'),
      'Magnesium and Cramps\n\nMagnesium helps muscles relax after they contract. Low magnesium can cause leg cramps at night.\n',
    );
    await writeFile(path.join(corpusDir, 'empty.txt'), '');
    await writeFile(path.join(corpusDir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff]));
    const logs: string[] = [];

    const opened = await openSearchIndex({ dataDir, loadCorpus: () => loadCorpusPassages(corpusDir), log: (line) => logs.push(line) });

    expect(opened.errors.map((e) => e.file).sort()).toEqual(['binary.txt', 'empty.txt']);
    for (const file of ['binary.txt', 'empty.txt']) {
      expect(logs.some((line) => line.includes(file))).toBe(true);
    }
    expect(opened.documents.map((d) => d.id)).toEqual(['good']);
  });
});
