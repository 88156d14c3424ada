import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusPassages } from '@/lib/corpus';
import { CORPUS_DIR, offsetViolation } from './helpers';

const ARTICLE = [
  'Zinc and Wound Healing',
  'Zinc supports the immune system and helps wounds close. Low zinc can slow healing and dull the sense of taste.',
  'Food Sources',
  'Oysters, beef and pumpkin seeds are rich in zinc. Legumes provide smaller amounts.',
].join('\n');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'legwise-corpus-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus: bad files', () => {
  it('reports broken, binary, empty and unreadable files by name and loads the rest', async () => {
    await writeFile(path.join(dir, 'good.txt'), ARTICLE);
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x03]));
    await writeFile(path.join(dir, 'empty.md'), '   \n\n  ');
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]));
    await writeFile(path.join(dir, 'scripts-only.html'), '<html><script>alert(1)</script><style>p{}</style></html>');
    await mkdir(path.join(dir, 'folder.txt'));
    await symlink(path.join(dir, 'does-not-exist.txt'), path.join(dir, 'dangling.md'));
    await writeFile(path.join(dir, 'README.md'), '# Not an article');
    await writeFile(path.join(dir, 'notes.pdf'), 'not a supported type');

    const { documents, errors } = await loadCorpus(dir);

    expect(documents.map((d) => d.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(errors.map((e) => [e.file, e.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ['binary.txt', 'dangling.md', 'empty.md', 'folder.txt', 'latin1.txt', 'scripts-only.html'].sort(),
    );
    expect(reasons['binary.txt']).toMatch(/binary/i);
    expect(reasons['empty.md']).toMatch(/empty/i);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['scripts-only.html']).toMatch(/no visible text/i);
    expect(reasons['folder.txt']).toMatch(/cannot be read \(EISDIR\)/);
    expect(reasons['dangling.md']).toMatch(/cannot be read \(ENOENT\)/);
  });

  it('reports an invalid manifest and falls back to titles from the files', async () => {
    await writeFile(path.join(dir, 'good.txt'), ARTICLE);
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify([{ file: 'good.txt', title: 42 }]));
    const { documents, errors } = await loadCorpus(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('manifest.json');
    expect(errors[0]?.reason).toMatch(/invalid manifest/);
    expect(documents[0]?.title).toBe('Zinc and Wound Healing');
  });
});

describe('loadCorpus: titles and ids', () => {
  it('uses manifest title, then about, then the first title line, then the file name', async () => {
    await writeFile(path.join(dir, 'a.txt'), ARTICLE);
    await writeFile(path.join(dir, 'b.txt'), ARTICLE);
    await writeFile(path.join(dir, 'c first.txt'), ARTICLE);
    await writeFile(path.join(dir, 'd_no-title.txt'), 'Zinc matters for healing. It also supports taste and smell.');
    await writeFile(
      path.join(dir, 'manifest.json'),
      JSON.stringify([
        { file: 'a.txt', title: 'Manifest Title' },
        { file: 'b.txt', title: null, about: 'About zinc' },
      ]),
    );
    const { documents, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ['a', 'Manifest Title'],
      ['b', 'About zinc'],
      ['c-first', 'Zinc and Wound Healing'],
      ['d_no-title', 'D no title'],
    ]);
  });
});

describe('loadCorpusPassages: corpus hash', () => {
  it('is stable for the same files and changes when a file changes', async () => {
    await writeFile(path.join(dir, 'a.txt'), ARTICLE);
    const first = await loadCorpusPassages(dir);
    const second = await loadCorpusPassages(dir);
    expect(second.corpusHash).toBe(first.corpusHash);
    expect(second.passages.map((p) => p.id)).toEqual(first.passages.map((p) => p.id));
    await writeFile(path.join(dir, 'a.txt'), `${ARTICLE}\nSelenium also matters for muscles in general terms.`);
    const changed = await loadCorpusPassages(dir);
    expect(changed.corpusHash).not.toBe(first.corpusHash);
    // Passages whose text did not change keep their ids.
    const unchanged = first.passages.filter((p) => p.text.startsWith('Zinc supports'));
    expect(unchanged).toHaveLength(1);
    expect(changed.passages.map((p) => p.id)).toContain(unchanged[0]?.id);
  });
});

describe('loadCorpusPassages: markdown and HTML files', () => {
  it('ingests a .md file with headings, lists and a pipe table', async () => {
    const md = [
      '# Selenium and Muscles',
      '',
      'Selenium is a trace mineral that protects muscle cells from oxidative damage.',
      'A long deficiency can cause muscle pain and weakness in the legs.',
      '',
      '## Signs of deficiency',
      '',
      '- Muscle weakness that grows slowly over months',
      '* Fatigue and **brittle** hair',
      '1. Pale nail beds',
      '',
      '## Sources',
      '',
      '| Food | Selenium per serving |',
      '|:-----|-----:|',
      '| Brazil nuts | Very high |',
      '| Tuna | High |',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'selenium.md'), md);
    const { documents, passages, errors } = await loadCorpusPassages(dir);
    expect(errors).toEqual([]);
    const doc = documents[0];
    expect(doc?.title).toBe('Selenium and Muscles');
    expect(doc?.blocks[0]).toMatchObject({ kind: 'title', text: 'Selenium and Muscles' });
    expect(doc?.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['Signs of deficiency', 1],
      ['Sources', 1],
    ]);
    const paragraph = passages.find((p) => p.kind === 'paragraph');
    // Markdown soft-wrapped lines form one paragraph.
    expect(paragraph?.text).toContain('oxidative damage.\nA long deficiency');
    expect(passages.filter((p) => p.kind === 'list-item').map((p) => p.text)).toEqual([
      'Muscle weakness that grows slowly over months',
      'Fatigue and **brittle** hair',
      'Pale nail beds',
    ]);
    const rows = passages.filter((p) => p.kind === 'table-row');
    expect(rows.map((p) => p.text)).toEqual([
      'Sources — Food: Brazil nuts. Selenium per serving: Very high.',
      'Sources — Food: Tuna. Selenium per serving: High.',
    ]);
    for (const p of passages) expect(offsetViolation(doc!, p)).toBeUndefined();
  });

  it('ingests an .html file into visible text with headings, lists and a table', async () => {
    const html = `<!doctype html><html><head><title>Copper &amp; Nerves | Example Health</title><style>.x{color:red}</style></head>
      <body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
      <article><h1>Copper &amp; Nerves</h1>
      <p>Copper helps build the myelin sheath around nerves.
         A deficiency can cause numbness &mdash; and an unsteady walk.</p>
      <script>console.log("tracking")</script>
      <h2>Symptoms</h2>
      <ul><li>Numbness in the feet</li><li>Weakness&nbsp;in the legs</li></ul>
      <h2>Sources</h2>
      <table><tr><th>Food</th><th>Copper</th></tr><tr><td>Liver</td><td>Very high</td></tr><tr><td>Cashews</td><td>High</td></tr></table>
      <footer>© 2024 Example. This article is for informational purposes only.</footer>
      </article></body></html>`;
    await writeFile(path.join(dir, 'copper.html'), html);
    const { documents, passages, errors } = await loadCorpusPassages(dir);
    expect(errors).toEqual([]);
    const doc = documents[0];
    expect(doc?.title).toBe('Copper & Nerves');
    expect(doc?.source).not.toMatch(/<|tracking|color:red|Home|informational/);
    expect(doc?.source).toContain('numbness — and an unsteady walk.');
    expect(doc?.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Symptoms', 'Sources']);
    expect(passages.filter((p) => p.kind === 'list-item').map((p) => p.text)).toEqual([
      'Numbness in the feet',
      'Weakness in the legs',
    ]);
    expect(passages.filter((p) => p.kind === 'table-row').map((p) => p.text)).toEqual([
      'Sources — Food: Liver. Copper: Very high.',
      'Sources — Food: Cashews. Copper: High.',
    ]);
    for (const p of passages) expect(offsetViolation(doc!, p)).toBeUndefined();
  });
});

describe('loadCorpusPassages: line endings', () => {
  it('gives the same passage ids for the real corpus saved with CRLF line endings', async () => {
    for (const name of await readdir(CORPUS_DIR)) {
      const text = await readFile(path.join(CORPUS_DIR, name), 'utf8');
      await writeFile(path.join(dir, name), name.endsWith('.txt') ? text.replace(/\n/g, '\r\n') : text);
    }
    const lf = await loadCorpusPassages(CORPUS_DIR);
    const crlf = await loadCorpusPassages(dir);
    expect(crlf.errors).toEqual([]);
    expect(crlf.passages.map((p) => p.id)).toEqual(lf.passages.map((p) => p.id));
    for (const p of crlf.passages) {
      const doc = crlf.documents.find((d) => d.id === p.docId);
      expect(offsetViolation(doc!, p)).toBeUndefined();
    }
  });
});
