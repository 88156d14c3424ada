import { describe, expect, it } from 'vitest';
import { firstSentenceOf, median, repeatedPair, sayTheSame, wordCount } from '@/scripts/lib/eval/answer-shape';

describe('answer shape (eval)', () => {
  it('finds two sentences that say the same, and not two that share only a frame', () => {
    expect(sayTheSame('Zinc helps wounds heal and keeps skin strong.', 'Zinc keeps skin strong and helps wounds heal quickly.')).toBe(true);
    expect(sayTheSame('Zinc helps wounds heal.', 'Folate makes red blood cells.')).toBe(false);
    // Too short to judge.
    expect(sayTheSame('Zinc helps.', 'Zinc helps.')).toBe(false);
    expect(
      repeatedPair('Zinc helps wounds heal and keeps skin strong [1]. Folate makes red blood cells [2]. Zinc keeps skin strong and helps wounds heal [3].'),
    ).toEqual(['Zinc helps wounds heal and keeps skin strong.', 'Zinc keeps skin strong and helps wounds heal.']);
    expect(repeatedPair('Zinc helps wounds heal [1]. Folate makes red blood cells [2].')).toBeNull();
  });

  it('reads the first sentence and the words without markers', () => {
    expect(firstSentenceOf('Folate makes red blood cells [1]. Zinc helps [2].')).toBe('Folate makes red blood cells.');
    expect(firstSentenceOf('- Beans [1].\n- Greens [2].')).toBe('Beans.');
    expect(wordCount('Folate makes red blood cells [1].')).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
