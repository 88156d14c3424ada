import { describe, expect, it } from 'vitest';
import { corpusPassages } from '../answer/fixtures';
import { ENTITIES } from '@/lib/vocabulary';
import { findEntities, type EntityMention, phrasePattern } from '@/lib/question';
import { normalizeText } from '@/lib/text';

/**
 * The indexed scanner must find exactly what running every alias's expression over the whole
 * text finds: the reference below is that plain scan, with the same alias expressions.
 */

const REFERENCE = ENTITIES.flatMap((entity) => [
  ...(entity.deficiencyAliases ?? []).map((a) => ({
    entity,
    re: new RegExp(`(?<![a-z0-9])${phrasePattern(a)}(?![a-z0-9])`, 'g'),
    deficiency: true,
    cs: false,
  })),
  ...entity.aliases.map((a) => ({ entity, re: new RegExp(`(?<![a-z0-9])${phrasePattern(a)}s?(?![a-z0-9])`, 'g'), deficiency: false, cs: false })),
  ...(entity.abbreviations ?? []).map((a) => ({ entity, re: new RegExp(`(?<![A-Za-z0-9])${a}(?![A-Za-z0-9])`, 'g'), deficiency: false, cs: true })),
]);

const CONTEXT = /\b(low|lack(ing)?( of)?|deficien(t|cy|cies)|shortage( of)?|insufficient|not enough|inadequate)\b/;

function referenceScan(text: string): EntityMention[] {
  const lower = normalizeText(text);
  const found: EntityMention[] = [];
  for (const alias of REFERENCE) {
    for (const m of (alias.cs ? text : lower).matchAll(alias.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const around = lower.slice(Math.max(0, start - 24), Math.min(lower.length, end + 16));
      found.push({ entity: alias.entity, start, end, deficiency: alias.deficiency || CONTEXT.test(around) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: EntityMention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

const view = (ms: readonly EntityMention[]) => ms.map((m) => `${m.entity.id}@${m.start}-${m.end}${m.deficiency ? '!' : ''}`);

// A small deterministic generator, so the mixed texts are the same on every run.
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const FRAGMENTS = [
  ...ENTITIES.flatMap((e) => [...e.aliases, ...(e.deficiencyAliases ?? []), ...(e.abbreviations ?? [])]),
  'low',
  'lack of',
  'deficiency',
  'and',
  'the',
  'B-12',
  'b 12',
  'Vitamin',
  'D3',
  '-',
  ' ',
  '.',
  ',',
  's',
  'x',
  '12',
  '3',
  'Omega-3s',
  'VITAMIN B',
  'ms',
  'Ms',
  'PPIs',
  'RLS.',
  'café',
  'naïve',
  '“quoted”',
  '’s',
  '\n',
];

function mixedText(next: () => number): string {
  const pieces: string[] = [];
  const count = 2 + Math.floor(next() * 12);
  for (let i = 0; i < count; i += 1) {
    const piece = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '';
    const joiner = [' ', '', '-', ' ', '\n', ', '][Math.floor(next() * 6)] ?? ' ';
    pieces.push(next() < 0.2 ? piece.toUpperCase() : piece, joiner);
  }
  return pieces.join('');
}

describe('entity scanning', () => {
  it('finds what a scan with every alias finds, on every corpus passage', () => {
    for (const p of corpusPassages()) {
      for (const text of [p.text, p.title, ...p.headings, [p.title, ...p.headings, p.text].join('\n')]) {
        expect(view(findEntities(text)), text).toEqual(view(referenceScan(text)));
      }
    }
  });

  it('finds the same on tricky and generated texts', () => {
    const tricky = [
      'vitamin b12 vitamin b 12 vitamin b-12 vitaminb12 vitamind vitamin d3 vitamin d 3',
      'B vitamins, b-complex, vitamin b, b12s, omega-3s, omega 3, fish oils',
      'MS, ms, PAD, pad, PPIs and PPI; RLS (restless legs) DVT',
      'low iron-deficiency anemia, iron deficiency anaemia, hypokalemia',
      "crohn's disease and Crohn’s disease; vit. d and vit d",
      'restless leg syndrome restless legs restless legs syndrome',
      '',
      '12 3 - ---',
    ];
    const next = generator(7);
    const generated = Array.from({ length: 3000 }, () => mixedText(next));
    for (const text of [...tricky, ...generated]) expect(view(findEntities(text)), text).toEqual(view(referenceScan(text)));
  });
});
