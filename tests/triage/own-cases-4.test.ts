import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_4, OWN_EMERGENCIES_4, OWN_PROBES_4, OWN_URGENT_SOON_4, type OwnVignette4 } from './own-cases-4';

/**
 * The fourth tuned own set, judged as the chat judges a turn: every sign in the styles the earlier
 * sets have least of, urgent-soon across its range, calm near-misses close in words.
 */

const last = (v: OwnVignette4): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Cases the rules still get wrong, each for a reason no general part fixes yet. A case listed here
// must still be wrong: the test below fails when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([
  [
    'after his tummy bug my son walked oddly, now he cannot get up the stairs and his arms are weak, all in three days',
    'the legs are only told by what they cannot do ("walked oddly", "cannot get up the stairs"), no leg is named',
  ],
  ['i cant moove my legs at all sudenly', '"moove" is one edit from "move", shorter than any triage repair (the turn analysis repairs it, as the eval shows)'],
  ['my hart beats realy fast and irregulr and im very weak', '"hart" is an English word (a deer), so no corrector may change it to "heart"'],
]);

const rightLevel = (v: OwnVignette4): boolean => {
  const got = triageMessage(last(v));
  if (v.level === 'none') return got.level !== 'emergency';
  if (v.level === 'urgent-soon') return got.level === 'urgent-soon';
  return got.level === 'emergency' && got.signs.some((s) => s.id === v.sign);
};

describe('the fourth own set', () => {
  const reachable = (set: readonly OwnVignette4[]) => set.filter((v) => !KNOWN_MISSES.has(last(v)));

  it.each(reachable(OWN_EMERGENCIES_4).map((v) => [last(v), v.sign, v.style] as const))('emergency: "%s" (%s, %s)', (text, sign) => {
    expect(triageMessage(text).level).toBe('emergency');
    expect(signsOf(text)).toContain(sign);
  });

  it.each(reachable(OWN_URGENT_SOON_4).map((v) => [last(v), v.style] as const))('urgent-soon: "%s" (%s)', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(reachable(OWN_CALM_4).map((v) => [last(v), v.style] as const))('no emergency: "%s" (%s)', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it.each([...OWN_EMERGENCIES_4, ...OWN_URGENT_SOON_4, ...OWN_CALM_4].filter((v) => KNOWN_MISSES.has(last(v))).map((v) => [last(v), v] as const))(
    'still wrong: "%s"',
    (_text, v) => {
      expect(rightLevel(v)).toBe(false);
    },
  );

  it('has every sign in at least five styles, and urgent-soon and calm cases of every kind', () => {
    for (const id of triageSignIdSchema.options) {
      expect(new Set(OWN_EMERGENCIES_4.filter((v) => v.sign === id).map((v) => v.style)).size).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(OWN_URGENT_SOON_4.map((v) => v.style)).size).toBe(5);
    expect(new Set(OWN_CALM_4.map((v) => v.style)).size).toBe(5);
  });
});

describe("the probes written after set 4's first rule change", () => {
  const probes = OWN_PROBES_4.filter(([, text]) => !KNOWN_MISSES.has(text));

  it.each(probes.filter(([level]) => level !== 'none'))('%s: "%s"', (level, text) => {
    expect(triageMessage(text).level).toBe(level);
  });

  it.each(probes.filter(([level]) => level === 'none').map(([, text]) => text))('no emergency: "%s"', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it.each(OWN_PROBES_4.filter(([, text]) => KNOWN_MISSES.has(text)))('still wrong (%s expected): "%s"', (level, text) => {
    const got = triageMessage(text).level;
    expect(level === 'none' ? got !== 'emergency' : got === level).toBe(false);
  });
});

// Playing the symptom down, in words of this file's own, before or after it.
const PLAYED_DOWN_4: ReadonlyArray<(text: string) => string> = [
  (t) => `I hate to be a bother, ${t}`,
  (t) => `${t}, but I am sure it will pass on its own`,
  (t) => `it is most likely stress. ${t}`,
  (t) => `${t}. I will just sleep on it and see`,
];

describe('downplaying never lowers a set 4 emergency', () => {
  const emergencies = OWN_EMERGENCIES_4.filter((v) => !KNOWN_MISSES.has(last(v)) && last(v).length < 200);

  it.each(PLAYED_DOWN_4.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps each emergency and its sign', (_i, wrap) => {
    const lowered = emergencies.filter((v) => !signsOf(wrap(last(v))).includes(v.sign ?? '')).map(last);
    expect(lowered).toEqual([]);
  });
});
