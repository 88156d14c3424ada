import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import type { PromptPassage } from '@/lib/answer/prompt';
import { passagesCoverQuestion } from '@/lib/grounding';
import { analyzeQuestion } from '@/lib/question';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

const passages = [
  P(1, 'Zinc supports wound healing and the immune system. Low zinc can cause hair thinning and slow healing.', ['Zinc']),
  P(2, 'Zinc is found in oysters, beef and pumpkin seeds.', ['Zinc']),
  P(3, 'Exercise strengthens the legs. Walking and swimming are gentle exercises.', ['Exercise']),
];

describe('salient words must be answered, not only the named subject', () => {
  it('refuses a question about the subject with something the passages never mention', () => {
    expect(composeExtractiveAnswer('Can I take zinc with antibiotics?', passages)).toBe('NOT_COVERED');
    expect(passagesCoverQuestion(analyzeQuestion('Can I take zinc with antibiotics?'), passages)).toBe(false);
  });

  it('answers when the other topic word is in the chosen sentences', () => {
    expect(composeExtractiveAnswer('Can low zinc slow healing?', passages)).toMatch(/slow healing \[1\]/);
  });

  it('does not treat who is asking as the subject', () => {
    expect(composeExtractiveAnswer('My gran has low zinc, can it slow healing?', passages)).not.toBe('NOT_COVERED');
  });

  it('needs nearly all topic words of a question that names nothing', () => {
    expect(passagesCoverQuestion(analyzeQuestion('What are the side effects of antibiotics?'), passages)).toBe(false);
    expect(passagesCoverQuestion(analyzeQuestion('Which gentle exercises help?'), passages)).toBe(true);
  });

  it('needs both topic words in the lead when a question names nothing and has only two', () => {
    expect(composeExtractiveAnswer('What exercises help a bad back?', passages)).toBe('NOT_COVERED');
  });
});
