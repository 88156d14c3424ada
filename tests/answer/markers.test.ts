import { describe, expect, it } from 'vitest';
import { checkMarkers, renumberCitations } from '@/lib/answer/markers';

describe('checkMarkers', () => {
  it.each<[string, number, string, number[]]>([
    ['Iron helps [1].', 5, 'Iron helps [1].', [1]],
    ['Iron helps [0].', 5, 'Iron helps.', []],
    ['Iron helps [7].', 5, 'Iron helps.', []],
    ['Iron helps [abc].', 5, 'Iron helps.', []],
    ['Iron helps [1][1].', 5, 'Iron helps [1].', [1]],
    ['Iron helps [1, 2].', 5, 'Iron helps [1][2].', [1, 2]],
    ['Iron helps [1,2].', 5, 'Iron helps [1][2].', [1, 2]],
    ['Iron helps [2, 9, 2].', 5, 'Iron helps [2].', [2]],
    ['A [3]. B [1][3]. C [3].', 5, 'A [3]. B [1][3]. C [3].', [3, 1]],
    ['A [2] [2]. B.', 5, 'A [2]. B.', [2]],
    ['No markers here.', 5, 'No markers here.', []],
    ['See [link](https://x.y) [1].', 5, 'See [link](https://x.y) [1].', [1]],
    ['Iron [1]\n- Item [2].', 2, 'Iron [1]\n- Item [2].', [1, 2]],
  ])('%j with %i passages', (input, count, text, cited) => {
    expect(checkMarkers(input, count)).toEqual({ text, cited });
  });
});

describe('renumberCitations', () => {
  it('numbers markers 1..m in order of first appearance', () => {
    const checked = checkMarkers('A [3]. B [1][3]. C [5].', 5);
    const out = renumberCitations(checked.text, checked.cited);
    expect(out.text).toBe('A [1]. B [2][1]. C [3].');
    expect([...out.mapping.entries()]).toEqual([
      [3, 1],
      [1, 2],
      [5, 3],
    ]);
  });

  it('leaves markers outside the cited list alone', () => {
    expect(renumberCitations('A [4]. B [2].', [2]).text).toBe('A [4]. B [1].');
  });

  it('is the identity for markers already in order', () => {
    expect(renumberCitations('A [1]. B [2].', [1, 2]).text).toBe('A [1]. B [2].');
  });
});
