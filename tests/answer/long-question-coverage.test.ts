import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { NOT_COVERED_TOKEN, type PromptPassage } from '@/lib/answer/prompt';
import { passagesCoverQuestion } from '@/lib/grounding';
import { analyzeQuestion } from '@/lib/question';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

// A covered nutrient, said of in ways a question may or may not ask about.
const passages = [
  P(1, 'Zinc helps muscles repair after exercise, and runners who sweat a lot lose zinc quickly.', ['Zinc']),
  P(2, 'Oysters and beef are rich in zinc.', ['Zinc']),
];

describe('a long question naming a covered thing', () => {
  it('is declined when none of its several topic words is used where the thing is discussed', () => {
    const question = 'is it cheaper to order zinc capsules from abroad through the post?';
    expect(
      passagesCoverQuestion(
        analyzeQuestion(question),
        passages.map((p, i) => ({ ...p, n: i + 1 })),
      ),
    ).toBe(false);
    expect(composeExtractiveAnswer(question, passages)).toBe(NOT_COVERED_TOKEN);
  });

  it('is answered when one of them is, the others being incidental', () => {
    const question = 'do keen marathon runners burn through their zinc faster than everyone else?';
    expect(
      passagesCoverQuestion(
        analyzeQuestion(question),
        passages.map((p, i) => ({ ...p, n: i + 1 })),
      ),
    ).toBe(true);
    expect(composeExtractiveAnswer(question, passages)).toContain('runners who sweat a lot lose zinc quickly [1]');
  });
});
