import { describe, expect, it } from 'vitest';
import { CitationStreamFilter, filterCitationMarkers, parseMarkerNumbers } from '@/lib/guard/marker-stream';

/** Feeds text through the filter in pieces of `size` characters, recording what was shown when. */
function feed(text: string, size: number, passageCount = 6, notCoveredToken = 'NOT_COVERED') {
  const filter = new CitationStreamFilter({ passageCount, notCoveredToken });
  const shown: string[] = [];
  for (let i = 0; i < text.length; i += size) shown.push(filter.push(text.slice(i, i + size)));
  shown.push(filter.end());
  return { filter, shown, text: shown.join('') };
}

describe('CitationStreamFilter', () => {
  it('renumbers markers in order of first appearance, whatever the chunking', () => {
    const input = 'Low vitamin D weakens muscles [3]. Iron matters too [1], and again vitamin D [3].';
    for (const size of [1, 2, 3, 5, 7, 100]) {
      const { text, filter } = feed(input, size);
      expect(text).toBe('Low vitamin D weakens muscles [1]. Iron matters too [2], and again vitamin D [1].');
      expect(filter.cited).toEqual([3, 1]);
    }
  });

  it('drops markers that point at no retrieved passage, with the space before them', () => {
    for (const size of [1, 4, 100]) {
      const { text, filter } = feed('Magnesium helps [2]. Something else [9]. And zero [0].', size, 3);
      expect(text).toBe('Magnesium helps [1]. Something else. And zero.');
      expect(filter.cited).toEqual([2]);
    }
  });

  it('splits grouped and ranged markers into single ones', () => {
    const { text, filter } = feed('Cramps [2, 4] and pain [1-2; 9].', 3, 4);
    expect(text).toBe('Cramps [1][2] and pain [3][1].');
    expect(filter.cited).toEqual([2, 4, 1]);
  });

  it('holds text back until the first valid marker arrives', () => {
    const { shown } = feed('Potassium is an electrolyte that ', 4);
    expect(shown.every((s) => s === '')).toBe(true);
    const filter = new CitationStreamFilter({ passageCount: 2 });
    expect(filter.push('Potassium is an electrolyte ')).toBe('');
    expect(filter.push('[')).toBe('');
    expect(filter.push('2] that')).toBe('Potassium is an electrolyte [1] that');
    expect(filter.push(' matters.')).toBe(' matters.');
  });

  it('discards an answer with no valid marker', () => {
    const { text, filter } = feed('An answer citing only [7] and nothing else.', 3, 2);
    expect(text).toBe('');
    expect(filter.hasValidMarker).toBe(false);
    expect(filter.hasReleasedText).toBe(false);
  });

  it('leaves bracketed text that is not a marker alone', () => {
    const { text } = feed('Take note [1] of [see below] and [12 mg] values.', 2, 2);
    expect(text).toBe('Take note [1] of [see below] and [12 mg] values.');
  });

  it('flags and removes the not-covered token even when split across chunks', () => {
    for (const size of [1, 3, 100]) {
      const { text, filter } = feed('NOT_COVERED', size);
      expect(filter.notCovered).toBe(true);
      expect(text).toBe('');
    }
    const { filter } = feed('Partly [1] NOT_COV', 2);
    expect(filter.notCovered).toBe(false);
  });

  it('trims leading whitespace of the answer', () => {
    expect(feed('\n\n  Iron [1].', 2).text).toBe('Iron [1].');
  });
});

describe('parseMarkerNumbers', () => {
  it('expands short ranges and keeps the endpoints of odd ones', () => {
    expect(parseMarkerNumbers('1, 3-5')).toEqual([1, 3, 4, 5]);
    expect(parseMarkerNumbers('5-2')).toEqual([5, 2]);
    expect(parseMarkerNumbers('1-500')).toEqual([1, 500]);
  });
});

describe('filterCitationMarkers', () => {
  it('filters a whole text at once', () => {
    expect(filterCitationMarkers('A [2] B [5] C [2]', { passageCount: 3 })).toEqual({
      text: 'A [1] B C [1]',
      cited: [2],
      notCovered: false,
    });
  });
});
