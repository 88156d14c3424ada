import { describe, expect, it } from 'vitest';
import { closestWord, correctWord, countedVocabulary, nearWords, wordsByLength, type SpellingVocabulary } from '@/lib/text';

// A vocabulary of our own: words and how often a made-up text uses them.
const FREQUENCY = new Map([
  ['riboflavin', 2],
  ['ribosome', 5],
  ['shin', 3],
  ['ankles', 4],
  ['angles', 1],
  ['ox', 7],
]);
const BY_LENGTH = wordsByLength(FREQUENCY.keys());
const OPEN: SpellingVocabulary = countedVocabulary(FREQUENCY, BY_LENGTH, { minLength: 0, samePrefixShape: false }, () => false);

describe('wordsByLength', () => {
  it('buckets words of three letters or more by length', () => {
    expect(BY_LENGTH.get(6)).toEqual(['ankles', 'angles']);
    expect(BY_LENGTH.get(2)).toBeUndefined();
  });
});

describe('nearWords', () => {
  it('finds the words within reach, with their distances', () => {
    expect(nearWords('ankels', BY_LENGTH, 1)).toEqual([{ word: 'ankles', distance: 1 }]);
    expect(nearWords('ankels', BY_LENGTH, 2).map((n) => n.word)).toEqual(['ankles', 'angles']);
  });

  it('applies the caller\u2019s rules: a minimum length and the first letter kept', () => {
    expect(nearWords('nakles', BY_LENGTH, 1)).toEqual([{ word: 'ankles', distance: 1 }]);
    expect(nearWords('bnkles', BY_LENGTH, 1, { minLength: 0, samePrefixShape: true })).toEqual([]);
    expect(nearWords('ankles', BY_LENGTH, 1, { minLength: 7, samePrefixShape: false })).toEqual([]);
  });
});

describe('closestWord', () => {
  it('prefers fewer edits, then more uses, then the alphabet, whatever the order met', () => {
    const uses = (w: string) => FREQUENCY.get(w) ?? 0;
    const near = [
      { word: 'angles', distance: 2 },
      { word: 'ankles', distance: 2 },
      { word: 'zzz', distance: 3 },
    ];
    expect(closestWord(near, uses)).toBe('ankles');
    expect(closestWord([...near].reverse(), uses)).toBe('ankles');
    expect(
      closestWord(
        [
          { word: 'b', distance: 1 },
          { word: 'a', distance: 1 },
        ],
        () => 0,
      ),
    ).toBe('a');
    expect(closestWord([], uses)).toBeUndefined();
  });
});

describe('correctWord', () => {
  it('corrects a misspelt word to the nearest vocabulary word, keeping known words', () => {
    expect(correctWord('ribflavin', OPEN, { trustEnglishDictionary: false })).toBe('riboflavin');
    expect(correctWord('ankles', OPEN, { trustEnglishDictionary: false })).toBeUndefined();
  });

  it('leaves words under five letters alone', () => {
    expect(correctWord('shim', OPEN, { trustEnglishDictionary: false })).toBeUndefined();
  });

  it('trusts the English dictionary only when asked to', () => {
    // "angled" is English and one edit from "angles".
    expect(correctWord('angled', OPEN, { trustEnglishDictionary: false })).toBe('angles');
    expect(correctWord('angled', OPEN, { trustEnglishDictionary: true })).toBeUndefined();
  });

  it('asks the vocabulary in lower case', () => {
    expect(correctWord('Ribflavin', OPEN, { trustEnglishDictionary: false })).toBe('riboflavin');
  });
});
