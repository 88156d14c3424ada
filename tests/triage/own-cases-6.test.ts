import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_6, OWN_EMERGENCIES_6, OWN_PROBES_6, OWN_URGENT_SOON_6, type OwnVignette6 } from './own-cases-6';

/**
 * The sixth tuned own set, judged on the last message as the chat judges a turn: every sign in the
 * styles sets 1-4 have least of, urgent-soon across its range, calm near-misses close in words.
 */

const last = (v: OwnVignette6): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Cases the rules still get wrong. A case listed here must still be wrong: the test below fails
// when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([
  ['sudenly i cant moove my legs at all', '"moove" is not repaired by triage'],
  ['i am coffing up blod', 'phonetic misspellings of both key words'],
  ['for the past month my thighs give up halfway up the stairs, every day', 'lasting weakness told as what the thighs do'],
]);

const rightLevel = (v: OwnVignette6): boolean => {
  const got = triageMessage(last(v));
  if (v.level === 'none') return got.level !== 'emergency';
  if (v.level === 'urgent-soon') return got.level === 'urgent-soon';
  return got.level === 'emergency' && got.signs.some((s) => s.id === v.sign);
};

describe('the sixth own set', () => {
  const reachable = (set: readonly OwnVignette6[]) => set.filter((v) => !KNOWN_MISSES.has(last(v)));

  it.each(reachable(OWN_EMERGENCIES_6).map((v) => [last(v), v.sign, v.style] as const))('emergency: "%s" (%s, %s)', (text, sign) => {
    expect(triageMessage(text).level).toBe('emergency');
    expect(signsOf(text)).toContain(sign);
  });

  it.each(reachable(OWN_URGENT_SOON_6).map((v) => [last(v), v.style] as const))('urgent-soon: "%s" (%s)', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(reachable(OWN_CALM_6).map((v) => [last(v), v.style] as const))('no emergency: "%s" (%s)', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it.each([...OWN_EMERGENCIES_6, ...OWN_URGENT_SOON_6, ...OWN_CALM_6].filter((v) => KNOWN_MISSES.has(last(v))).map((v) => [last(v), v] as const))(
    'still wrong: "%s"',
    (_text, v) => {
      expect(rightLevel(v)).toBe(false);
    },
  );

  it('has every sign in at least five styles, and urgent-soon and calm cases of every kind', () => {
    for (const id of triageSignIdSchema.options) {
      expect(new Set(OWN_EMERGENCIES_6.filter((v) => v.sign === id).map((v) => v.style)).size).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(OWN_URGENT_SOON_6.map((v) => v.style)).size).toBe(4);
    expect(new Set(OWN_CALM_6.map((v) => v.style)).size).toBe(5);
  });
});

describe("the probes written after set 6's first rule change", () => {
  it.each(OWN_PROBES_6.filter(([level]) => level !== 'none'))('%s: "%s"', (level, text) => {
    expect(triageMessage(text).level).toBe(level);
  });

  it.each(OWN_PROBES_6.filter(([level]) => level === 'none').map(([, text]) => text))('no emergency: "%s"', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it('leaves calm the near-misses whose symptom was over soon after its cause stopped', () => {
    expect(triageMessage('I was out of breath after the stairs but fine a minute later').level).toBe('none');
    expect(triageMessage('my bum went numb on the bike and it wore off').level).toBe('none');
  });
});

// Playing the symptom down, in words of this file's own, before or after it.
const PLAYED_DOWN_6: ReadonlyArray<(text: string) => string> = [
  (t) => `this is probably me being dramatic, ${t}`,
  (t) => `${t}. I do not want to waste anyone's time`,
];

describe('downplaying never lowers a set 6 emergency', () => {
  const emergencies = OWN_EMERGENCIES_6.filter((v) => !KNOWN_MISSES.has(last(v)));

  it.each(PLAYED_DOWN_6.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps each emergency and its sign', (_i, wrap) => {
    const lowered = emergencies.filter((v) => !signsOf(wrap(last(v))).includes(v.sign ?? '')).map(last);
    expect(lowered).toEqual([]);
  });
});
