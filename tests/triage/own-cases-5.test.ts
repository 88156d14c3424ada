import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_5, OWN_EMERGENCIES_5, OWN_URGENT_SOON_5, type OwnVignette5 } from './own-cases-5';

/**
 * The fifth tuned own set, judged on the last message as the chat judges a turn: every sign in the
 * styles sets 1-4 have least of, urgent-soon across its range, calm near-misses close in words.
 */

const last = (v: OwnVignette5): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Cases the rules still get wrong. A case listed here must still be wrong: the test below fails
// when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([
  [
    'I was going to ask which foods have vitamin B12, but my left leg and arm went numb suddenly twenty minutes ago and my face feels odd',
    'read as sudden paralysis, not stroke',
  ],
  ['my bottom and the inside of my thighs feel like they have been injected at the dentist, and my back is killing me', 'numbness told by a comparison only'],
  ['it feels like I am breathing through a straw and my lips look bluish', 'breathing trouble told by a comparison'],
  [
    'The heat at the festival was awful. I stopped sweating, my head is spinning, and I have not needed the toilet for twelve hours.',
    'no urine told as not needing the toilet',
  ],
  ['my grandma says her leg is cold and it looks pale and blotchy, she is in a lot of pain', 'cold and pale told in separate clauses'],
  ['sudenly i cant moove my legs at all', '"moove" is not repaired by triage'],
  ['i am coffing up blod', 'phonetic misspellings of both key words'],
  ['for the past month my thighs give up halfway up the stairs, every day', 'lasting weakness told as what the thighs do'],
  ['my walking has got worse and worse over the past few weeks, I shuffle now', 'worsening walking, no weakness word'],
  ['for a while now I puff and pant after one flight of stairs and feel drained all day', 'breathlessness told as puffing and panting'],
  ['when I was a teenager I fainted a lot, now I just get leg cramps', 'the long-past fainting is read as now'],
]);

const rightLevel = (v: OwnVignette5): boolean => {
  const got = triageMessage(last(v));
  if (v.level === 'none') return got.level !== 'emergency';
  if (v.level === 'urgent-soon') return got.level === 'urgent-soon';
  return got.level === 'emergency' && got.signs.some((s) => s.id === v.sign);
};

describe('the fifth own set', () => {
  const reachable = (set: readonly OwnVignette5[]) => set.filter((v) => !KNOWN_MISSES.has(last(v)));

  it.each(reachable(OWN_EMERGENCIES_5).map((v) => [last(v), v.sign, v.style] as const))('emergency: "%s" (%s, %s)', (text, sign) => {
    expect(triageMessage(text).level).toBe('emergency');
    expect(signsOf(text)).toContain(sign);
  });

  it.each(reachable(OWN_URGENT_SOON_5).map((v) => [last(v), v.style] as const))('urgent-soon: "%s" (%s)', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(reachable(OWN_CALM_5).map((v) => [last(v), v.style] as const))('no emergency: "%s" (%s)', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it.each([...OWN_EMERGENCIES_5, ...OWN_URGENT_SOON_5, ...OWN_CALM_5].filter((v) => KNOWN_MISSES.has(last(v))).map((v) => [last(v), v] as const))(
    'still wrong: "%s"',
    (_text, v) => {
      expect(rightLevel(v)).toBe(false);
    },
  );

  it('has every sign in at least five styles, and urgent-soon and calm cases of every kind', () => {
    for (const id of triageSignIdSchema.options) {
      expect(new Set(OWN_EMERGENCIES_5.filter((v) => v.sign === id).map((v) => v.style)).size).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(OWN_URGENT_SOON_5.map((v) => v.style)).size).toBe(4);
    expect(new Set(OWN_CALM_5.map((v) => v.style)).size).toBe(5);
  });
});

// Playing the symptom down, in words of this file's own, before or after it.
const PLAYED_DOWN_5: ReadonlyArray<(text: string) => string> = [
  (t) => `this is probably me being dramatic, ${t}`,
  (t) => `${t}. I do not want to waste anyone's time`,
];

describe('downplaying never lowers a set 5 emergency', () => {
  const emergencies = OWN_EMERGENCIES_5.filter((v) => !KNOWN_MISSES.has(last(v)));

  it.each(PLAYED_DOWN_5.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps each emergency and its sign', (_i, wrap) => {
    const lowered = emergencies.filter((v) => !signsOf(wrap(last(v))).includes(v.sign ?? '')).map(last);
    expect(lowered).toEqual([]);
  });
});
