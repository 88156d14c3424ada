import { describe, expect, it } from 'vitest';
import { citedNumbers, ClaimCheck } from '@/lib/guard/claim-check';
import { createOutputGuard } from '@/lib/guard/output-guard';
import { textPiece } from '@/lib/guard/passage-signals';

const MAGNESIUM = 'Magnesium deficiency can cause painful leg cramps and muscle weakness. Good sources include nuts, seeds and leafy greens.';
const IRON =
  'Adults need about 8 mg of iron a day, and women need 18 mg. Iron deficiency does not always cause symptoms. Do not stop taking a prescribed medicine without talking to your doctor.';
const CARE = 'See a doctor if leg weakness comes on suddenly. Never ignore weakness on one side of the body.';

function claims(): ClaimCheck {
  return new ClaimCheck([MAGNESIUM, IRON, CARE].map(textPiece));
}

describe('ClaimCheck', () => {
  it('passes sentences the cited passage supports', () => {
    const check = claims();
    expect(check.check('Magnesium deficiency can cause painful leg cramps [1].')).toBeUndefined();
    expect(check.check('Adults need about 8 mg of iron a day [2].')).toBeUndefined();
    expect(check.check('Iron deficiency does not always cause symptoms [2].')).toBeUndefined();
    expect(check.check('Do not stop taking a prescribed medicine without talking to your doctor [2].')).toBeUndefined();
    expect(check.check('Never ignore weakness on one side of the body [3].')).toBeUndefined();
  });

  it('refuses a dose no cited passage states', () => {
    expect(claims().check('Magnesium deficiency causes painful leg cramps; take 5000 mg of magnesium daily to fix it [1].')).toBe('claim-number');
  });

  it('refuses a number that is in another passage than the cited one, or with another unit', () => {
    expect(claims().check('Magnesium deficiency causes cramps in 18 mg doses [1].')).toBe('claim-number');
    expect(claims().check('Adults need about 8 g of iron a day [2].')).toBe('claim-number');
  });

  it('refuses an inverted fact', () => {
    expect(claims().check('Magnesium deficiency does not cause leg cramps [1].')).toBe('claim-polarity');
    expect(claims().check('Iron deficiency always causes symptoms [2].')).toBe('claim-polarity');
  });

  it('refuses a dropped negation that turns a passage sentence around', () => {
    expect(claims().check('Iron deficiency does always cause symptoms [2].')).toBe('claim-polarity');
  });

  it('refuses harmful advice the passage does not give', () => {
    expect(claims().check('You should never see a doctor and should stop all medication [1].')).not.toBeUndefined();
    expect(claims().check('Leg cramps are harmless, so stop taking your medication [1].')).toBe('claim-advice');
    expect(claims().check('Wait a few weeks before seeing anyone about sudden weakness [3].')).toBe('claim-advice');
    expect(claims().check('You can avoid the doctor for leg cramps [1].')).toBe('claim-advice');
  });

  it('judges a sentence without markers against every passage', () => {
    expect(claims().check('Women need 18 mg of iron.')).toBeUndefined();
    expect(claims().check('Women need 25 mg of iron.')).toBe('claim-number');
  });
});

describe('citedNumbers', () => {
  it('reads single, listed and ranged markers', () => {
    expect(citedNumbers('a [2] b [1, 3] c [4-6]')).toEqual([2, 1, 3, 4, 5, 6]);
    expect(citedNumbers('no markers')).toEqual([]);
  });
});

describe('the output guard with claim checks', () => {
  const passages = [
    { text: MAGNESIUM, title: 'Leg cramps' },
    { text: IRON, title: 'Iron' },
    { text: CARE, title: 'When to see a doctor' },
  ];

  it('fails the three reported upstream answers only when claims are checked', () => {
    const attacks = [
      'Magnesium deficiency causes painful leg cramps; take 5000 mg of magnesium daily to fix it [1].',
      'Magnesium deficiency does not cause leg cramps [1].',
      'You should never see a doctor and should stop all medication [2].',
    ];
    for (const attack of attacks) {
      expect(createOutputGuard({ passages, instructions: 'Answer from the passages.', checkClaims: true }).check(attack).ok).toBe(false);
      expect(createOutputGuard({ passages, instructions: 'Answer from the passages.' }).check(attack).ok).toBe(true);
    }
  });
});
