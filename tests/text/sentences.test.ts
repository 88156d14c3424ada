import { describe, expect, it } from 'vitest';
import { sentenceCuts, sentenceSpans, sentenceUnits, splitSentences } from '@/lib/text/sentences';

describe('prose sentences', () => {
  it('ends sentences at closing punctuation before a capital or digit', () => {
    expect(splitSentences('Cramps are common. 12 people had them! Were they old? Most were.', 'prose')).toEqual([
      'Cramps are common.',
      '12 people had them!',
      'Were they old?',
      'Most were.',
    ]);
  });

  it('does not end a sentence at an abbreviation, an initial or a decimal point', () => {
    expect(splitSentences('Take approx. Two tablets (cf. Table 2) at 1.5 times. Prof. Lee agrees with J. Smith.', 'prose')).toEqual([
      'Take approx. Two tablets (cf. Table 2) at 1.5 times.',
      'Prof. Lee agrees with J. Smith.',
    ]);
  });

  it('keeps a question mark inside a sentence when a lower-case word follows', () => {
    expect(splitSentences('Asking why legs ache? is a good start. Then rest.', 'prose')).toEqual(['Asking why legs ache? is a good start.', 'Then rest.']);
  });

  it('ends a sentence after quotes and brackets, and at every line break', () => {
    expect(splitSentences('He said "rest." Then he left.\nA heading\n\nBody text', 'prose')).toEqual([
      'He said "rest."',
      'Then he left.',
      'A heading',
      'Body text',
    ]);
  });

  it('gives trimmed offsets inside a slice of a longer text', () => {
    const source = '## Title\n  Legs ache.  Rest helps. \nOther';
    const from = source.indexOf('  Legs');
    const to = source.indexOf('\nOther');
    const spans = sentenceSpans(source, 'prose', from, to);
    expect(spans.map((s) => source.slice(s.start, s.end))).toEqual(['Legs ache.', 'Rest helps.']);
    expect(spans[0]?.start).toBe(source.indexOf('Legs'));
  });
});

describe('chat sentences', () => {
  it('ends a sentence before a lower-case word, as people type', () => {
    expect(splitSentences('i fell. now my leg is numb! what do i do', 'chat')).toEqual(['i fell.', 'now my leg is numb!', 'what do i do']);
  });

  it('keeps citation markers after the full stop with their sentence', () => {
    expect(sentenceUnits('Iron helps. [2] Rest helps [1]. Next', 'chat')).toEqual(['Iron helps. [2] ', 'Rest helps [1]. ', 'Next']);
  });

  it('gives units that join back to the text exactly', () => {
    const text = '  Leading space. **Bold end.** Next\n\n- item\ntrailing  ';
    expect(sentenceUnits(text, 'chat').join('')).toBe(text);
  });

  it('leaves a whitespace run at the end undecided, for the next streamed text', () => {
    const text = 'Legs ache. Rest helps. ';
    expect(sentenceCuts(text, 'chat')).toEqual({ cuts: ['Legs ache. '.length], resumeAt: text.length - 1 });
  });
});
