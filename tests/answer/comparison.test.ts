import { describe, expect, it } from 'vitest';
import { comparedSides, orderBySides } from '@/lib/answer/comparison';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import type { PromptPassage } from '@/lib/answer/prompt';
import { scoreUnits } from '@/lib/answer/select-sentences';
import { analyzeQuestion } from '@/lib/question';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

// One side is written about at length and matches the question's words well; the other gets one
// plainer sentence, which a ranking by score alone would leave out.
const passages = [
  P(
    1,
    'Low iron can cause leg cramps and muscle weakness. Iron shortage makes leg muscles cramp at night. ' +
      'People low in iron often report cramps in the calves and weakness when climbing stairs.',
    ['Iron and leg cramps'],
  ),
  P(2, 'Potassium deficiency is linked to muscle pain.', ['Potassium']),
  P(3, 'Stretching before bed eases many kinds of cramp.', ['Stretching']),
];

const words = (text: string) =>
  text
    .replace(/\[\d+\]/g, '')
    .split(/\s+/)
    .filter(Boolean).length;

describe('comparison sides', () => {
  it('finds the sides of a comparison in the order asked', () => {
    const sides = comparedSides(analyzeQuestion('Potassium versus iron for leg cramps?')).map((e) => e.name.toLowerCase());
    expect(sides).toHaveLength(2);
    expect(sides[0]).toContain('potassium');
    expect(sides[1]).toContain('iron');
  });

  it('sees no comparison in a question about one thing', () => {
    expect(comparedSides(analyzeQuestion('Can low iron cause leg cramps?'))).toEqual([]);
  });

  it('orders units by the first side each names, stable within a side', () => {
    const ranked = scoreUnits(analyzeQuestion('Can iron or potassium cause leg cramps?'), passages);
    const ironLow = ranked.find((u) => u.text.startsWith('Low iron'));
    const ironNight = ranked.find((u) => u.text.startsWith('Iron shortage'));
    const potassium = ranked.find((u) => u.text.startsWith('Potassium'));
    if (!ironLow || !ironNight || !potassium) throw new Error('expected all three sentences scored');
    const sides = comparedSides(analyzeQuestion('Potassium versus iron for leg cramps?'));
    const ordered = orderBySides([ironLow, ironNight, potassium], sides).map((u) => u.text);
    expect(ordered).toEqual([potassium.text, ironLow.text, ironNight.text]);
  });
});

describe('comparison answers', () => {
  it('gives each side a sentence, sides in the order asked, within the word budget', () => {
    const answer = composeExtractiveAnswer('Potassium or iron: which causes leg cramps?', passages);
    const potassium = answer.indexOf('Potassium deficiency is linked to muscle pain');
    const iron = answer.search(/iron/i);
    expect(potassium).toBeGreaterThanOrEqual(0);
    expect(iron).toBeGreaterThan(potassium);
    expect(words(answer)).toBeLessThanOrEqual(120);
  });

  it('follows the order asked when the sides are swapped', () => {
    const answer = composeExtractiveAnswer('Iron or potassium: which causes leg cramps?', passages);
    const iron = answer.search(/iron/i);
    const potassium = answer.indexOf('Potassium deficiency is linked to muscle pain');
    expect(iron).toBeGreaterThanOrEqual(0);
    expect(potassium).toBeGreaterThan(iron);
  });
});
