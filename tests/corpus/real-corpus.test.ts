import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPassages } from '@/lib/corpus';
import { documentSchema, loadCorpusPassages, passageSchema } from '@/lib/corpus';
import { CORPUS_DIR, docByPrefix, offsetViolation, tables } from './helpers';

let corpus: LoadedPassages;

beforeAll(async () => {
  corpus = await loadCorpusPassages(CORPUS_DIR);
});

describe('real corpus: loading', () => {
  it('loads every article without errors, titles from the manifest', () => {
    expect(corpus.errors).toEqual([]);
    expect(corpus.documents).toHaveLength(5);
    for (const doc of corpus.documents) expect(() => documentSchema.parse(doc)).not.toThrow();
    expect(docByPrefix(corpus.documents, '000').title).toBe('Nutrient deficiencies that cause leg weakness');
    expect(docByPrefix(corpus.documents, '004').title).toBe('8+ Reasons Why My Legs Feel So Weak (Causes & Fixes)');
  });

  it('keeps the source unedited', async () => {
    for (const doc of corpus.documents) {
      expect(doc.source).toBe(await readFile(`${CORPUS_DIR}/${doc.file}`, 'utf8'));
    }
  });
});

describe('real corpus: offsets', () => {
  it('every passage maps back to its exact original text', () => {
    expect(corpus.passages.length).toBeGreaterThan(100);
    for (const passage of corpus.passages) {
      const doc = docByPrefix(corpus.documents, passage.docId);
      expect(passageSchema.parse(passage)).toEqual(passage);
      expect(offsetViolation(doc, passage), `${passage.id} ${passage.kind}`).toBeUndefined();
    }
  });

  it('every block text is its trimmed source slice', () => {
    for (const doc of corpus.documents) {
      for (const block of doc.blocks) {
        expect(doc.source.slice(block.start, block.end)).toBe(block.text);
        expect(block.text).toBe(block.text.trim());
      }
    }
  });
});

describe('real corpus: ids', () => {
  it('are unique and stable across two loads', async () => {
    const ids = corpus.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = await loadCorpusPassages(CORPUS_DIR);
    expect(again.passages.map((p) => p.id)).toEqual(ids);
    expect(again.corpusHash).toBe(corpus.corpusHash);
  });
});

describe('real corpus: web leftovers', () => {
  const leftovers = [/skip to content/i, /\bmin read\b/i, /outbound link/i, /informational purposes only/i, /^in this article$/im];

  it('are absent from every passage and block', () => {
    for (const passage of corpus.passages) {
      for (const pattern of leftovers) expect(passage.text, passage.id).not.toMatch(pattern);
      expect(passage.text).toMatch(/\p{L}{3}/u);
    }
    for (const doc of corpus.documents) {
      for (const block of doc.blocks) for (const pattern of leftovers) expect(block.text).not.toMatch(pattern);
    }
  });

  it('drops the numbered reference list that has no text', () => {
    const doc = docByPrefix(corpus.documents, '003');
    expect(doc.blocks.some((b) => /^references$/i.test(b.text))).toBe(false);
    expect(doc.blocks.some((b) => /^\d+$/.test(b.text))).toBe(false);
  });

  it('keeps a repeated title only once, as the title block', () => {
    const doc = docByPrefix(corpus.documents, '004');
    const same = doc.blocks.filter((b) => b.text === doc.title);
    expect(same).toHaveLength(1);
    expect(same[0]?.kind).toBe('title');
    expect(doc.blocks[0]?.kind).toBe('title');
  });

  it('drops sentences about the article layout', () => {
    expect(corpus.passages.some((p) => /^the (next|following) section will|^this section addresses/i.test(p.text))).toBe(false);
  });
});

describe('real corpus: headings', () => {
  it('nests short topic headings under the heading that introduces them', () => {
    const doc = docByPrefix(corpus.documents, '000');
    const heading = (text: string) => doc.blocks.find((b) => b.kind === 'heading' && b.text === text);
    expect(heading('Understanding the Role of Key Nutrients')?.level).toBe(1);
    expect(heading('Vitamin D')?.level).toBe(2);
    expect(heading('Vitamin B12')?.level).toBe(2);
    expect(heading('When to See a Doctor')?.level).toBe(1);
    const vitaminD = corpus.passages.find((p) => p.docId === doc.id && p.text.startsWith('Vitamin D is often called'));
    expect(vitaminD?.headings).toEqual(['Understanding the Role of Key Nutrients', 'Vitamin D']);
  });

  it('reads indented bullet titles as sub-headings of numbered sections', () => {
    const doc = docByPrefix(corpus.documents, '004');
    const numbered = doc.blocks.filter((b) => b.kind === 'heading' && /^\d+\.\s/.test(b.text));
    expect(numbered).toHaveLength(8);
    expect(numbered.every((b) => b.level === 1)).toBe(true);
    const sub = doc.blocks.find((b) => b.text === 'Reduced Blood Volume');
    expect(sub).toMatchObject({ kind: 'heading', level: 2 });
    const body = corpus.passages.find((p) => p.docId === doc.id && p.text.startsWith('Dehydration diminishes blood volume'));
    expect(body?.headings).toEqual(['1. Dehydration', 'Reduced Blood Volume']);
    // The un-indented wrap-up paragraph belongs to the numbered section, not the last bullet.
    const wrapUp = corpus.passages.find((p) => p.docId === doc.id && p.text.startsWith('Therefore, maintaining adequate hydration'));
    expect(wrapUp?.headings).toEqual(['1. Dehydration']);
  });
});

describe('real corpus: tables', () => {
  it('parses markdown pipe tables with trailing spaces', () => {
    const expected: [string, number][] = [['000', 6], ['001', 4], ['002', 6]];
    for (const [prefix, rows] of expected) {
      const [table] = tables(docByPrefix(corpus.documents, prefix));
      expect(table?.table?.header).toHaveLength(4);
      expect(table?.table?.rows).toHaveLength(rows);
      for (const row of table?.table?.rows ?? []) {
        expect(row.cells).toHaveLength(4);
        for (const cell of row.cells) expect(cell).toBe(cell.trim());
        expect(row.cells.every((c) => c !== '' && !c.includes('|') && !/^-+$/.test(c))).toBe(true);
      }
    }
    const [table001] = tables(docByPrefix(corpus.documents, '001'));
    expect(table001?.table?.header).toEqual(['Nutrient', 'Primary Symptom', 'Mechanism', 'Common Dietary Sources']);
    expect(table001?.table?.rows[0]?.cells).toEqual([
      'Iron',
      'Heavy, weak legs; restless legs',
      'Impaired oxygen transport via hemoglobin',
      'Red meat, lentils, spinach, fortified cereals',
    ]);
  });

  it('infers the columns of the space-separated table', () => {
    const [table] = tables(docByPrefix(corpus.documents, '003'));
    expect(table?.table?.header).toEqual(['Nutrient', 'Primary Function', 'Associated Leg Symptoms', 'Key Food Sources']);
    const rows = table?.table?.rows ?? [];
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.cells).toHaveLength(4);
    expect(rows[0]?.cells).toEqual([
      'Vitamin D',
      'Calcium absorption, muscle function',
      'Muscle aches, weakness, cramps, bone pain',
      'Fatty fish, fortified dairy, sunlight',
    ]);
    expect(rows.map((r) => r.cells[0])).toEqual(['Vitamin D', 'Vitamin B12', 'Magnesium', 'Calcium', 'Iron', 'Vitamin E']);
    expect(rows[1]?.cells[1]).toBe('Nerve health, red blood cell production');
    expect(rows[5]?.cells[2]).toBe('Muscle weakness, coordination issues (rare)');
  });

  it('renders each row as a passage with its header and heading', () => {
    const doc = docByPrefix(corpus.documents, '001');
    const rows = corpus.passages.filter((p) => p.docId === doc.id && p.kind === 'table-row');
    expect(rows).toHaveLength(4);
    const iron = rows.find((p) => p.text.includes('Nutrient: Iron.'));
    expect(iron?.text).toContain('Primary Symptom: Heavy, weak legs; restless legs.');
    expect(iron?.text).toContain('Comparison of Key Nutrient Deficiencies and Their Leg Symptoms');
    expect(doc.source.slice(iron?.start, iron?.end)).toMatch(/^\| Iron \|.*\|$/);
  });
});

describe('real corpus: FAQ', () => {
  const faqs = (prefix: string) => {
    const doc = docByPrefix(corpus.documents, prefix);
    return { doc, passages: corpus.passages.filter((p) => p.docId === doc.id && p.kind === 'faq') };
  };

  it('pairs unmarked questions with the answer line below them', () => {
    const { doc, passages } = faqs('001');
    expect(passages).toHaveLength(7);
    expect(doc.blocks.filter((b) => b.kind === 'faq-question')).toHaveLength(7);
    const rls = passages.find((p) => p.text.startsWith('Is magnesium deficiency the same as restless legs syndrome (RLS)?'));
    expect(rls?.text).toMatch(/\? No, magnesium deficiency can be a cause of RLS symptoms/);
    for (const p of passages) expect(p.text).toMatch(/^[^?]+\? \S/);
  });

  it('reads "Question N:" lines and leaves the section intro and outro alone', () => {
    const { doc, passages } = faqs('004');
    expect(passages).toHaveLength(6);
    const questions = doc.blocks.filter((b) => b.kind === 'faq-question');
    expect(questions).toHaveLength(6);
    expect(questions.every((q) => !/^question/i.test(q.text) && q.text.endsWith('?'))).toBe(true);
    expect(passages.some((p) => p.text.startsWith('Can dehydration directly cause leg weakness? Yes, dehydration'))).toBe(true);
    expect(passages.some((p) => /this section addresses|^in summary/i.test(p.text))).toBe(false);
  });

  it('keeps answer-only FAQ entries as answers', () => {
    const { doc, passages } = faqs('003');
    expect(passages).toHaveLength(7);
    expect(doc.blocks.filter((b) => b.kind === 'faq-question')).toHaveLength(0);
    expect(doc.blocks.filter((b) => b.kind === 'faq-answer')).toHaveLength(7);
    expect(passages.some((p) => p.text.startsWith('Yes, magnesium deficiency is a well-known cause'))).toBe(true);
  });
});

describe('real corpus: passages', () => {
  it('one passage per list item and per tip line', () => {
    const doc = docByPrefix(corpus.documents, '001');
    const items = corpus.passages.filter((p) => p.docId === doc.id && p.kind === 'list-item');
    expect(items).toHaveLength(12);
    expect(items.every((p) => /^(Symptoms|Mechanism|Source):/.test(p.text))).toBe(true);
    const tips = corpus.passages.filter((p) => /^Tip \d+:/.test(p.text));
    expect(tips).toHaveLength(6);
  });

  it('paragraph passages are whole sentences of sensible length', () => {
    for (const p of corpus.passages.filter((x) => x.kind === 'paragraph')) {
      const words = p.text.split(/\s+/).length;
      expect(words, p.text).toBeLessThanOrEqual(110);
      expect(words, p.text).toBeGreaterThanOrEqual(12);
      // Ends on a sentence, or on the colon of a line that introduces a list or table.
      expect(p.text, p.id).toMatch(/[.!?:]["'”’)]*$/u);
      expect(p.text, p.id).toMatch(/^["'“‘(]?[\p{Lu}\d]/u);
    }
  });
});
