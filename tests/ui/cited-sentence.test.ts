import { describe, expect, it } from 'vitest';
import { focusQuote, quoteFocusSettings, sentencesCiting } from '@/app/components/lib/cited-sentence';

describe('sentencesCiting', () => {
  it('keeps only the sentences carrying the marker, markers removed', () => {
    const answer = 'Rest the muscle first [1]. Drink water often [2]. Stretch gently before bed [1][3].';
    const citing = sentencesCiting(answer, 1);
    expect(citing).toHaveLength(2);
    expect(citing[0]).toContain('Rest the muscle first');
    expect(citing[1]).toContain('Stretch gently before bed');
    expect(citing.join(' ')).not.toMatch(/\[\d+\]/);
  });

  it('does not confuse marker 1 with marker 12', () => {
    expect(sentencesCiting('Only twelve here [12].', 1)).toEqual([]);
    expect(sentencesCiting('Only twelve here [12].', 12)).toHaveLength(1);
  });

  it('returns nothing for a marker that is absent', () => {
    expect(sentencesCiting('No markers at all.', 4)).toEqual([]);
  });
});

describe('focusQuote', () => {
  const quote = 'Magnesium sits in many tissues. Low potassium can bring cramps in the calves at night. ' + 'A doctor can order a blood test.';

  it('highlights the sentence with the largest word overlap and keeps the rest as context', () => {
    const focus = focusQuote(quote, ['Night cramps in the calves can come from low potassium.']);
    expect(focus.sentence).toBe('Low potassium can bring cramps in the calves at night.');
    expect(focus.before).toContain('Magnesium sits in many tissues.');
    expect(focus.after).toBe('A doctor can order a blood test.');
  });

  it('the three parts put back together give the quote when it is short', () => {
    const focus = focusQuote(quote, ['blood test']);
    expect(`${focus.before}${focus.sentence}`.length).toBeGreaterThan(0);
    expect(`${focus.before}${focus.sentence} ${focus.after}`.trim().replace(/\s+/g, ' ')).toBe(quote);
  });

  it('handles the cited sentence at the start (no before) and at the end (no after)', () => {
    const first = focusQuote(quote, ['magnesium tissues']);
    expect(first.sentence).toBe('Magnesium sits in many tissues.');
    expect(first.before).toBe('');
    const last = focusQuote(quote, ['doctor order blood test']);
    expect(last.sentence).toBe('A doctor can order a blood test.');
    expect(last.after).toBe('');
  });

  it('falls back to the first sentence when no word overlaps', () => {
    const focus = focusQuote(quote, ['zzz qqq']);
    expect(focus.sentence).toBe('Magnesium sits in many tissues.');
  });

  it('keeps the earlier sentence on a tie', () => {
    const focus = focusQuote('Iron helps blood. Iron helps muscles.', ['iron']);
    expect(focus.sentence).toBe('Iron helps blood.');
  });

  it('does not split a sentence at a common abbreviation', () => {
    const focus = focusQuote('Foods rich in iron, e.g. spinach, help. Sleep matters too.', ['spinach iron']);
    expect(focus.sentence).toContain('spinach');
    expect(focus.sentence).toContain('Foods rich in iron');
  });

  it('collapses whitespace and newlines inside the quote', () => {
    const focus = focusQuote('Walk  daily.\n\nRest   when sore.', ['rest sore']);
    expect(focus.sentence).toBe('Rest when sore.');
    expect(focus.before).toBe('Walk daily. ');
  });

  it('cuts long context at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end. Target sentence about calves. More ${'more '.repeat(60)}stop.`;
    const focus = focusQuote(long, ['target calves']);
    expect(focus.sentence).toBe('Target sentence about calves.');
    expect(focus.before.startsWith('…')).toBe(true);
    expect(focus.after.endsWith('…')).toBe(true);
    expect(focus.before.length).toBeLessThanOrEqual(quoteFocusSettings.contextChars + 1);
    expect(focus.after.length).toBeLessThanOrEqual(quoteFocusSettings.contextChars + 1);
    expect(focus.before).not.toMatch(/…\S*wor$/);
  });

  it('returns the whole quote as the sentence for a single-sentence quote', () => {
    const focus = focusQuote('One lone sentence without stop', ['lone']);
    expect(focus).toEqual({ before: '', sentence: 'One lone sentence without stop', after: '' });
  });

  it('an empty quote gives empty parts, not a crash', () => {
    expect(focusQuote('', ['anything'])).toEqual({ before: '', sentence: '', after: '' });
  });
});
