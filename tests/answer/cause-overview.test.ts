import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { asksOpenCause, overviewsCauses } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages of my own wording: an open cause question opens with the overview of causes. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });
const firstSentence = (answer: string) => answer.replace(/^- /, '').split(/(?<=\]\.)\s+/)[0] ?? '';

const oneCause = P(1, 'Dehydration can cause tired, heavy legs, because tired leg muscles short of water feel heavy by the evening.', ['Tired, heavy legs']);
const overview = P(2, 'Poor circulation, nerve damage and anemia are common causes of tired legs.', ['Circulation']);

describe('an open question about causes', () => {
  it('is one that asks why or for the reason and names no cause of its own', () => {
    expect(asksOpenCause(analyzeQuestion('why are my legs always so tired?'))).toBe(true);
    expect(asksOpenCause(analyzeQuestion('what might be the reason my calves feel heavy?'))).toBe(true);
    expect(asksOpenCause(analyzeQuestion('can dehydration make my legs tired?'))).toBe(false);
    expect(asksOpenCause(analyzeQuestion('why does anemia make legs tired?'))).toBe(false);
  });

  it('takes an overview to be a sentence giving the range of causes and naming several', () => {
    expect(overviewsCauses(overview.text)).toBe(true);
    expect(overviewsCauses('There are many possible causes of tired legs.')).toBe(false);
    expect(overviewsCauses(oneCause.text)).toBe(false);
  });

  it('opens with the overview rather than the one cause that scores best', () => {
    const answer = composeExtractiveAnswer('why are my legs always so tired and heavy?', [oneCause, overview]);
    expect(firstSentence(answer)).toMatch(/^Poor circulation, nerve damage and anemia are common causes/);
  });

  it('opens with the named cause when the question asks about that cause', () => {
    const answer = composeExtractiveAnswer('can dehydration make my legs tired and heavy?', [oneCause, overview]);
    expect(firstSentence(answer)).toMatch(/^Dehydration can cause/);
  });
});
