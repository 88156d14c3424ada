import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '@/lib/corpus';
import { chunkDocument, MAX_PASSAGE_WORDS, MIN_PASSAGE_WORDS, parseDocument } from '@/lib/corpus';
import { offsetViolation } from './helpers';

function parse(source: string, title: string, file = 'made-up.txt'): CorpusDocument {
  return parseDocument({ id: 'made-up', file, source, title });
}

const ARTICLE = `Skip to main content

Zinc, Copper and Your Legs

3 min read

Trace minerals get less attention than iron or vitamin D, yet they matter for nerves and muscles.

On this page

Why Trace Minerals Matter
Zinc supports muscle repair and immune defence. Copper keeps nerve insulation healthy.
• Zinc deficiency: Slow wound healing and weak muscles.
• Copper deficiency: Numbness and an unsteady gait.

Mineral Comparison

Mineral Main Role Deficiency Signs Best Sources
Zinc Immune support, wound healing Hair loss, slow healing Oysters, beef, pumpkin seeds
Vitamin K Blood clotting, bone health Easy bruising, bleeding gums Kale, spinach, broccoli
Copper Nerve insulation, iron use Numbness, anemia, unsteady gait Liver, cashews, lentils

Daily Needs
| Mineral | Daily Need |  
|---|---|
| Zinc | 8-11 mg |  
| Copper | 0.9 mg |

Common Questions
Can zinc help leg cramps?
Some people report fewer cramps, but the evidence is limited.
Q: Is copper deficiency common?
No, it is rare and mostly follows gut surgery or very high zinc intake.

Zinc, Copper and Your Legs

Sources
  1. 1
  2. 2

Related Links
- Read more about minerals (https://example.org/minerals)

Disclaimer
This article is for informational purposes only and does not constitute medical advice.`;

describe('synthetic article: general rules', () => {
  const doc = parse(ARTICLE, 'Zinc, Copper and Your Legs');
  const passages = chunkDocument(doc);

  it('drops skip links, read times, nav lines, repeated titles, empty references, link lists and disclaimers', () => {
    const all = [...doc.blocks.map((b) => b.text), ...passages.map((p) => p.text)].join('\n');
    expect(all).not.toMatch(/skip to|min read|on this page|example\.org|informational purposes|^sources$|^\d+$/im);
    expect(doc.blocks.filter((b) => b.text === 'Zinc, Copper and Your Legs').map((b) => b.kind)).toEqual(['title']);
  });

  it('finds headings and one passage per bullet', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Why Trace Minerals Matter',
      'Mineral Comparison',
      'Daily Needs',
      'Common Questions',
    ]);
    const items = passages.filter((p) => p.kind === 'list-item');
    expect(items.map((p) => p.text)).toEqual([
      'Zinc deficiency: Slow wound healing and weak muscles.',
      'Copper deficiency: Numbness and an unsteady gait.',
    ]);
    expect(items[0]?.headings).toEqual(['Why Trace Minerals Matter']);
  });

  it('infers a space-separated table, keeping "Vitamin K" in one cell', () => {
    const table = doc.blocks.find((b) => b.kind === 'table' && b.table?.header[0] === 'Mineral' && b.table.header.length === 4);
    expect(table?.table?.header).toEqual(['Mineral', 'Main Role', 'Deficiency Signs', 'Best Sources']);
    expect(table?.table?.rows.map((r) => r.cells)).toEqual([
      ['Zinc', 'Immune support, wound healing', 'Hair loss, slow healing', 'Oysters, beef, pumpkin seeds'],
      ['Vitamin K', 'Blood clotting, bone health', 'Easy bruising, bleeding gums', 'Kale, spinach, broccoli'],
      ['Copper', 'Nerve insulation, iron use', 'Numbness, anemia, unsteady gait', 'Liver, cashews, lentils'],
    ]);
  });

  it('parses a pipe table with trailing spaces', () => {
    const rows = passages.filter((p) => p.kind === 'table-row' && p.headings.includes('Daily Needs'));
    expect(rows.map((p) => p.text)).toEqual([
      'Daily Needs — Mineral: Zinc. Daily Need: 8-11 mg.',
      'Daily Needs — Mineral: Copper. Daily Need: 0.9 mg.',
    ]);
  });

  it('pairs FAQ questions (with or without a "Q:" prefix) and answers', () => {
    const faqs = passages.filter((p) => p.kind === 'faq');
    expect(faqs.map((p) => p.text)).toEqual([
      'Can zinc help leg cramps? Some people report fewer cramps, but the evidence is limited.',
      'Is copper deficiency common? No, it is rare and mostly follows gut surgery or very high zinc intake.',
    ]);
    expect(doc.source.slice(faqs[1]?.start, faqs[1]?.end)).toMatch(/^Is copper deficiency common\?\nNo, it is rare/);
  });

  it('keeps every offset exact', () => {
    for (const p of passages) expect(offsetViolation(doc, p), p.text).toBeUndefined();
    for (const b of doc.blocks) expect(doc.source.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('chunking rules', () => {
  const sentence = (i: number) => `Sentence number ${i} explains one more small fact about minerals and the muscles of the legs.`;

  it('splits a long paragraph into windows of whole sentences', () => {
    const paragraph = Array.from({ length: 14 }, (_, i) => sentence(i + 1)).join(' ');
    const doc = parse(`Long Section\n${paragraph}`, 'Long article');
    const passages = chunkDocument(doc);
    expect(passages.length).toBeGreaterThanOrEqual(2);
    for (const p of passages) {
      const words = p.text.split(/\s+/).length;
      expect(words).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      expect(words).toBeGreaterThanOrEqual(MIN_PASSAGE_WORDS);
      expect(p.text).toMatch(/^Sentence number \d+ .*legs\.$/s);
      expect(p.text).toBe(doc.source.slice(p.start, p.end));
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(paragraph);
  });

  it('keeps abbreviations and decimals inside one sentence', () => {
    const text = 'Some drugs (e.g. Metformin) lower B12 levels. Doses of 2.5 mg are small.';
    const doc = parse(`Drugs\n${text}`, 'Drugs article');
    expect(chunkDocument(doc).map((p) => p.text)).toEqual([text]);
  });

  it('merges a tiny intro line into the paragraph after it', () => {
    const doc = parse('Basics\nHere is what matters.\nMagnesium relaxes muscles after they contract, and low levels cause cramps at night.', 'T');
    const passages = chunkDocument(doc);
    expect(passages).toHaveLength(1);
    expect(passages[0]?.text).toBe('Here is what matters.\nMagnesium relaxes muscles after they contract, and low levels cause cramps at night.');
  });

  it('gives exact duplicates distinct, stable ids', () => {
    const source = 'Tips\n- Drink water through the day.\n- Drink water through the day.\n- Stretch before bed.';
    const first = chunkDocument(parse(source, 'T'));
    const second = chunkDocument(parse(source, 'T'));
    expect(first.map((p) => p.id)).toEqual(second.map((p) => p.id));
    expect(first[1]?.id).toBe(`${first[0]?.id}-2`);
    expect(first[0]?.id).toMatch(/^made-up-[0-9a-f]{10}$/);
    expect(new Set(first.map((p) => p.id)).size).toBe(3);
  });

  it('changes an id only when the passage text changes', () => {
    const a = chunkDocument(parse('Tips\n- Drink water through the day.\n- Stretch before bed.', 'T'));
    const b = chunkDocument(parse('Tips\n- Drink water through the day.\n- Stretch gently before bed.', 'T'));
    expect(b[0]?.id).toBe(a[0]?.id);
    expect(b[1]?.id).not.toBe(a[1]?.id);
  });
});

describe('answer-only FAQ', () => {
  it('turns paragraphs of a FAQ without questions into answers, but not its intro', () => {
    const source = [
      'Frequently Asked Questions',
      '',
      'Below are answers to questions readers often send us.',
      '',
      'Yes, potassium loss through sweat can trigger cramps after long runs.',
      '',
      'No, most people get enough copper from a normal diet.',
    ].join('\n');
    const doc = parse(source, 'FAQ only');
    const passages = chunkDocument(doc);
    expect(passages.map((p) => [p.kind, p.text.slice(0, 12)])).toEqual([
      ['paragraph', 'Below are an'],
      ['faq', 'Yes, potassi'],
      ['faq', 'No, most peo'],
    ]);
  });
});

describe('dense pages', () => {
  it('separates a table heading that sits directly above a space-separated header row', () => {
    const source = [
      'Medically reviewed by Jane Doe, MD',
      'Updated on March 3, 2024',
      'Iron is needed to carry oxygen to working muscles in the legs.',
      'Comparison of Minerals and Their Roles',
      'Mineral Main Role Best Sources',
      'Iron Oxygen transport, energy Red meat, lentils',
      'Zinc Immune support, healing Oysters, pumpkin seeds',
      'Copper Nerve insulation, iron use Liver, cashews',
      'Each of these minerals is easy to get from a varied diet.',
    ].join('\n');
    const doc = parse(source, 'Minerals');
    const kinds = doc.blocks.map((b) => `${b.kind}:${b.text.slice(0, 14)}`);
    expect(kinds).toEqual([
      'paragraph:Iron is needed',
      'heading:Comparison of ',
      'table:Mineral Main R',
      'paragraph:Each of these ',
    ]);
    const table = doc.blocks[2]?.table;
    expect(table?.header).toEqual(['Mineral', 'Main Role', 'Best Sources']);
    expect(table?.rows.map((r) => r.cells[0])).toEqual(['Iron', 'Zinc', 'Copper']);
    expect(table?.rows[2]?.cells).toEqual(['Copper', 'Nerve insulation, iron use', 'Liver, cashews']);
  });

  it('does not read a few short title lines as a table', () => {
    const source = ['Vitamin D Deficiency', 'Iron Deficiency Anemia', 'Magnesium Deficiency', 'Low magnesium causes cramps at night.'].join('\n');
    const doc = parse(source, 'Short lines');
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
  });
});
