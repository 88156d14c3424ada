import { describe, expect, it } from 'vitest';
import { SentenceSplitter } from '@/lib/guard/sentence-stream';
import { sentenceUnits } from '@/lib/text/sentences';

/** Feeds `text` in the given chunk sizes, cycling; returns the units in order. */
function streamUnits(text: string, sizes: number[]): string[] {
  const splitter = new SentenceSplitter();
  const units: string[] = [];
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    units.push(...splitter.push(text.slice(at, at + size)));
    at += size;
  }
  const rest = splitter.end();
  return rest === '' ? units : [...units, rest];
}

const ANSWER =
  'Low magnesium can cause cramps [1]. Potassium matters too. [2] "Is it serious?" she asked.\n\n' +
  '- Iron: fatigue [3]\n- Vitamin D (see above). [1, 2] Next item\nA last line without a full stop';

describe('SentenceSplitter', () => {
  it('cuts after closing punctuation with its markers, and at line breaks', () => {
    expect(sentenceUnits(ANSWER, 'chat')).toEqual([
      'Low magnesium can cause cramps [1]. ',
      'Potassium matters too. [2] ',
      '"Is it serious?" ',
      'she asked.\n\n',
      '- Iron: fatigue [3]\n',
      '- Vitamin D (see above). [1, 2] ',
      'Next item\n',
      'A last line without a full stop',
    ]);
  });

  it.each([[[1]], [[2, 5, 1]], [[7]], [[13, 3]], [[1000]]])('gives the same units for any chunking (%j)', (sizes) => {
    const units = streamUnits(ANSWER, sizes);
    expect(units.join('')).toBe(ANSWER);
    expect(units).toEqual(sentenceUnits(ANSWER, 'chat'));
  });

  it('holds a sentence until the character after its whitespace shows where it ends', () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push('Magnesium helps muscles relax.')).toEqual([]);
    expect(splitter.push(' ')).toEqual([]);
    // A marker after the full stop still belongs to the sentence.
    expect(splitter.push('[')).toEqual([]);
    expect(splitter.push('2] N')).toEqual(['Magnesium helps muscles relax. [2] ']);
    expect(splitter.end()).toBe('N');
  });

  it('does not cut inside numbers or after a lone word', () => {
    expect(sentenceUnits('Take 2.5 mg daily and more. Then stop', 'chat')).toEqual(['Take 2.5 mg daily and more. ', 'Then stop']);
  });
});
