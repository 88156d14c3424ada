import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { definesAskedTerm } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages of my own wording: "what is X?" opens with the sentence saying what X is. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });
const firstSentence = (answer: string) => answer.replace(/^- /, '').split(/(?<=\]\.)\s+/)[0] ?? '';

describe('a sentence defining the term asked', () => {
  const q = analyzeQuestion('what is tendinopathy?');

  it('names the term with an apposition or a copula saying what it is', () => {
    expect(definesAskedTerm('Overuse can end in tendinopathy, a painful thickening of a tendon.', q)).toBe(true);
    expect(definesAskedTerm('Tendinopathy is a long-lasting disorder of the tendon.', q)).toBe(true);
  });

  it('is not a sentence stating a relation of the term or only naming it', () => {
    expect(definesAskedTerm('Tendinopathy is a common cause of heel pain in runners.', q)).toBe(false);
    expect(definesAskedTerm('Runners often report tendinopathy after a sudden rise in mileage.', q)).toBe(false);
  });

  it('is asked only by a definition question', () => {
    expect(definesAskedTerm('Tendinopathy is a long-lasting disorder of the tendon.', analyzeQuestion('can running cause tendinopathy?'))).toBe(false);
  });
});

describe('the lead of a "what is X?" answer', () => {
  it('is the sentence defining X, not a better-scoring one that only mentions it', () => {
    const passages = [
      P(1, 'Tendinopathy of the heel, tendinopathy of the knee and tendinopathy of the hip are all seen in runners who train hard.', ['Tendinopathy']),
      P(2, 'Sudden increases in mileage can end in tendinopathy, a painful thickening of a tendon that heals slowly.', ['Overuse']),
    ];
    expect(firstSentence(composeExtractiveAnswer('what is tendinopathy?', passages))).toMatch(
      /^Sudden increases in mileage can end in tendinopathy, a painful thickening/,
    );
  });
});
