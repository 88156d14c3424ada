import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '@/lib/text';
import { analyzeQuestion, correctSpelling } from '@/lib/question';

// Texts of our own, each holding a word one edit from an everyday English word.
const TEXTS = [
  'Lean meat and lentils supply iron to tired muscles.',
  'People who worry about cramps can catch a magnesium deficiency early.',
  'Numbness and tingling in the toes can follow nerve damage; a rash may itch.',
];

describe('isEnglishWord', () => {
  it('knows everyday words and their inflections', () => {
    for (const word of ['meant', 'sorry', 'watch', 'watched', 'itches', 'Lately']) expect(isEnglishWord(word)).toBe(true);
  });

  it('does not know misspellings, numbers or mixed tokens', () => {
    for (const word of ['magnesuim', 'numbess', 'tinglng', 'b12', '', "'s"]) expect(isEnglishWord(word)).toBe(false);
  });
});

describe('correctSpelling with the English dictionary', () => {
  it('leaves correctly spelt English words alone, even one edit from a word of the texts', () => {
    expect(correctSpelling('I meant the one who is sorry', TEXTS)).toBe('I meant the one who is sorry');
    expect(correctSpelling('should I watch for a pitch in my leg', TEXTS)).toBe('should I watch for a pitch in my leg');
  });

  it('still repairs misspelt words of the texts', () => {
    expect(correctSpelling('magnesuim defficiency and numbess', TEXTS)).toBe('magnesium deficiency and numbness');
    expect(correctSpelling('tinglng toes', TEXTS)).toBe('tingling toes');
  });
});

describe('topic words of a question', () => {
  it('leaves English function words out of the focus', () => {
    const focus = analyzeQuestion('ever since the surgery my calves throb').focusStems;
    expect(focus.some((s) => s.startsWith('sinc'))).toBe(false);
    expect(focus.some((s) => s.startsWith('calv'))).toBe(true);
  });
});
