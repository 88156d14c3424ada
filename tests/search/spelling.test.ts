import { describe, expect, it } from 'vitest';
import { buildSpellingLexicon, correctWord } from '@/lib/search/spelling';
import { allowedEdits, editDistance } from '@/lib/text';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    expect(editDistance('magnesum', 'magnesium', 2)).toBe(1);
    expect(editDistance('crmaps', 'cramps', 2)).toBe(1);
    expect(editDistance('potassium', 'potassium', 2)).toBe(0);
    expect(editDistance('iron', 'calcium', 2)).toBe(3);
  });

  it('allows no edits under five letters', () => {
    expect(allowedEdits(4)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(10)).toBe(2);
  });
});

describe('correctWord', () => {
  const lexicon = buildSpellingLexicon(
    new Map([
      ['magnesium', 4],
      ['potassium', 3],
      ['tingling', 2],
      ['cramps', 5],
      ['iron', 9],
      ['tangling', 1],
    ]),
  );

  it('corrects to the closest known word, preferring the more frequent one', () => {
    expect(correctWord('magnesum', lexicon)).toBe('magnesium');
    expect(correctWord('potasium', lexicon)).toBe('potassium');
    expect(correctWord('tongling', lexicon)).toBe('tingling');
  });

  it('never changes the first letter, except by swapping the first two', () => {
    const words = buildSpellingLexicon(
      new Map([
        ['cases', 5],
        ['magnesium', 3],
      ]),
    );
    expect(correctWord('eases', words)).toBeUndefined();
    expect(correctWord('amgnesium', words)).toBe('magnesium');
  });

  it('never corrects to a word shorter than five letters', () => {
    const words = buildSpellingLexicon(
      new Map([
        ['pain', 9],
        ['plains', 1],
      ]),
    );
    expect(correctWord('plain', words)).toBe('plains');
    expect(correctWord('plain', buildSpellingLexicon(new Map([['pain', 9]])))).toBeUndefined();
  });

  it('leaves known, short and far-off words alone', () => {
    expect(correctWord('cramps', lexicon)).toBeUndefined();
    expect(correctWord('irn', lexicon)).toBeUndefined();
    expect(correctWord('covid', lexicon)).toBeUndefined();
  });
});
