import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { foodItems } from '@/lib/answer/cell-lists';
import type { PromptPassage } from '@/lib/answer/prompt';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

describe('foodItems', () => {
  it('splits a food list, keeping parentheses whole and dropping "and"', () => {
    expect(foodItems('Fatty fish (salmon, tuna), fortified dairy, and egg yolks.')).toEqual(['fatty fish (salmon, tuna)', 'fortified dairy', 'egg yolks']);
  });

  it('refuses a sentence that is not a list of foods', () => {
    expect(foodItems('Diet, primarily through iron-rich foods or supplements')).toBeNull();
    expect(foodItems('Impaired oxygen delivery to muscle tissues')).toBeNull();
  });
});

describe('merged food answers', () => {
  const tables = [
    P(1, 'Nutrient: Zinc. Key Food Sources: Oysters, beef, pumpkin seeds.', [], 'A'),
    P(2, 'Nutrient: Zinc. Dietary Sources: Beef, lentils, chickpeas, pumpkin seeds.', [], 'B'),
    P(3, 'Deficiency: Zinc. Dietary Solutions: Cashews, oysters.', [], 'C'),
    P(4, 'Nutrient: Copper. Dietary Sources: Liver, cashews, dark chocolate.', [], 'D'),
  ];

  it("merges one nutrient's lists from several articles, each group cited, no food repeated", () => {
    const answer = composeExtractiveAnswer('Which foods are rich in zinc?', tables);
    expect(answer).toBe('Dietary sources of zinc include beef, lentils, chickpeas, pumpkin seeds [2]; oysters [1]; cashews [3].');
  });

  it('writes one bullet per nutrient when several are asked about', () => {
    const answer = composeExtractiveAnswer('What foods contain zinc and copper?', tables);
    const lines = answer.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^- Dietary sources of zinc include .*\[2\].*\[1\]/);
    // The second list under the same label does not say the label again.
    expect(lines[1]).toMatch(/^- For copper, they include liver, cashews, dark chocolate \[4\]\.$/);
  });

  it('treats a shorter wording of a food already named as a repeat', () => {
    const passages = [
      P(1, 'Nutrient: Zinc. Dietary Sources: Leafy green vegetables, nuts, seeds.', [], 'A'),
      P(2, 'Nutrient: Zinc. Food Sources: Leafy greens, nuts.', [], 'B'),
    ];
    expect(composeExtractiveAnswer('Which foods have zinc?', passages)).toBe('Dietary sources of zinc include leafy green vegetables, nuts, seeds [1].');
  });
});

describe('food cells chosen for a question that names no nutrient', () => {
  it('merge into one list per nutrient, each food named once', () => {
    const passages = [
      P(1, 'Low zinc can cause twitching legs.', [], 'A'),
      P(2, 'Nutrient: Zinc. Key Food Sources: Oysters, beef, pumpkin seeds.', [], 'B'),
      P(3, 'Nutrient: Zinc. Dietary Sources: Beef, lentils, chickpeas.', [], 'C'),
    ];
    const answer = composeExtractiveAnswer('what foods should I eat for twitching legs?', passages);
    expect(answer).not.toBe('NOT_COVERED');
    expect(answer).toMatch(/oysters/i);
    expect(answer).toMatch(/lentils/i);
    expect(answer.match(/sources of zinc/gi)?.length).toBe(1);
    expect(answer).toContain('Low zinc can cause twitching legs [1].');
    expect(answer.match(/beef/gi)?.length).toBe(1);
  });
});
