import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import type { PromptPassage } from '@/lib/answer/prompt';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

describe('what to eat for a symptom', () => {
  const passages = [
    P(1, 'Nutrient: Zinc. Key Food Sources: Oysters, beef, pumpkin seeds.', ['Zinc Table'], 'A'),
    P(2, 'Low zinc can cause twitching calves because nerves misfire without it.', ['Zinc'], 'B'),
    P(3, 'Zinc is stored in bones.', ['Zinc'], 'C'),
  ];

  it('lists the foods first, then the sentence saying why that nutrient', () => {
    const answer = composeExtractiveAnswer('what should I eat for twitching calves?', passages);
    const [first, second] = answer.split(/(?<=\.)\s+/);
    expect(first).toMatch(/^Key food sources of zinc include oysters, beef, pumpkin seeds \[1\]\.$/);
    expect(second).toBe('Low zinc can cause twitching calves because nerves misfire without it [2].');
  });

  it('adds no reason when the question names the nutrient itself', () => {
    const answer = composeExtractiveAnswer('which foods have zinc?', passages);
    expect(answer).not.toContain('because');
  });

  it('adds no sentence that does not speak of the symptom asked', () => {
    const answer = composeExtractiveAnswer('what should I eat for twitching calves?', passages);
    expect(answer).not.toContain('stored in bones');
  });

  it('takes no reason that points back at a sentence the answer leaves out', () => {
    const pointing = [
      P(1, passages[0]!.text, ['Zinc Table'], 'A'),
      P(2, 'Nerves need zinc to fire. Low zinc levels then disrupt these processes, leaving calves twitching.', ['Zinc'], 'B'),
    ];
    expect(composeExtractiveAnswer('what should I eat for twitching calves?', pointing)).not.toContain('these processes');
  });

  it('gives each nutrient one bullet holding its foods and its reason', () => {
    const two = [
      ...passages,
      P(4, 'Nutrient: Copper. Dietary Sources: Liver, cashews, lentils.', ['Copper Table'], 'D'),
      P(5, 'A shortage of copper can leave calves twitching at night.', ['Copper'], 'E'),
    ];
    const lines = composeExtractiveAnswer('what should I eat for twitching calves?', two).split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^- \w+ \w*\s?sources of (zinc|copper) include [^.]+\[\d\]\. [^.]*\b\1\b[^.]*twitching[^.]*\[\d\]\.$/i);
  });
});
