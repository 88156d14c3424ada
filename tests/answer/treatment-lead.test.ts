import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { namesTreatment } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';

/** Synthetic passages of my own wording: a "what helps" question opens with what to do or take. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });
const firstSentence = (answer: string) => answer.replace(/^- /, '').split(/(?<=\]\.)\s+/)[0] ?? '';

describe('a sentence naming what to do or take', () => {
  it('is a treatment stated, a remedy that helps, or advice given', () => {
    expect(namesTreatment('Treatment usually involves copper tablets and a change of diet.')).toBe(true);
    expect(namesTreatment('Gentle stretching before bed can help relieve calf cramps.')).toBe(true);
    expect(namesTreatment('Cramps often follow a long run, so be sure to stretch the calves afterwards.')).toBe(true);
    expect(namesTreatment('Stretch the calves gently before going to bed.')).toBe(true);
  });

  it('is not a sentence that only says treatment is needed or hard', () => {
    expect(namesTreatment('Finding the right treatment for calf cramps is key.')).toBe(false);
    expect(namesTreatment('Low zinc is a frequent cause of night cramps in the calves.')).toBe(false);
  });
});

describe('the lead of a treatment question', () => {
  const cause = P(1, 'Low zinc is a frequent cause of night cramps in the calves of older runners.', ['Zinc and night cramps in the calves']);
  const remedy = P(2, 'Treatment of night calf cramps usually involves zinc tablets taken with food.', ['Zinc']);

  it('is the sentence saying what to take, not the cause that scores as well', () => {
    const answer = composeExtractiveAnswer('what is the treatment for night cramps in the calves from low zinc?', [cause, remedy]);
    expect(firstSentence(answer)).toMatch(/^Treatment of night calf cramps usually involves zinc tablets/);
  });

  it('stays the cause for a question about the cause', () => {
    const answer = composeExtractiveAnswer('why do low zinc levels give me night cramps in the calves?', [cause, remedy]);
    expect(firstSentence(answer)).toMatch(/^Low zinc is a frequent cause/);
  });
});
