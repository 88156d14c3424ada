import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { asksForPeople } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages of my own: a question asking which people something happens to. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });
const firstSentence = (answer: string) => answer.replace(/^- /, '').split(/(?<=\]\.)\s+/)[0] ?? '';

describe('a question asking which people something happens to', () => {
  it('is told from the clause that asks, in several wordings', () => {
    expect(asksForPeople(analyzeQuestion('who gets low copper?'))).toBe(true);
    expect(asksForPeople(analyzeQuestion('my sister is pale, what sort of people end up anaemic?'))).toBe(true);
    expect(asksForPeople(analyzeQuestion('which groups are short of zinc most often?'))).toBe(true);
    expect(asksForPeople(analyzeQuestion('which foods have zinc?'))).toBe(false);
    expect(asksForPeople(analyzeQuestion('what does zinc do for people?'))).toBe(false);
  });

  it('opens with the sentence naming the people at risk, not the best-scoring one on the subject', () => {
    const passages = [
      P(
        1,
        'Low zinc makes the legs weak and slows healing. Zinc deficiency is more common in vegans, and older adults with poor appetite are at particular risk of it.',
        ['Zinc'],
      ),
      P(2, 'Zinc levels run low when the diet lacks meat and people eat little.', ['Zinc levels']),
    ];
    expect(firstSentence(composeExtractiveAnswer('which people tend to run low on zinc?', passages))).toMatch(/^Zinc deficiency is more common in vegans/);
  });
});
