import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_5, OWN_EMERGENCIES_5, OWN_PROBES_5, OWN_URGENT_SOON_5, type OwnVignette5 } from './own-cases-5';

/**
 * The fifth tuned own set, judged as the chat judges a turn: every sign told by its parts in
 * everyday, metaphorical, apologetic, third-person, unpunctuated and misspelt words; urgent-soon
 * across its range; calm near-misses close in words.
 */

const last = (v: OwnVignette5): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Cases the rules still get wrong. A case listed here must still be wrong: the test below fails
// when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlySet<string> = new Set<string>([]);

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

  it('has every sign in at least seven styles, at least 120 emergencies, 60 urgent-soon and 120 calm cases', () => {
    for (const id of triageSignIdSchema.options) {
      expect(new Set(OWN_EMERGENCIES_5.filter((v) => v.sign === id).map((v) => v.style)).size).toBeGreaterThanOrEqual(7);
    }
    expect(OWN_EMERGENCIES_5.length).toBeGreaterThanOrEqual(120);
    expect(OWN_URGENT_SOON_5.length).toBeGreaterThanOrEqual(60);
    expect(OWN_CALM_5.length).toBeGreaterThanOrEqual(120);
    expect(new Set(OWN_URGENT_SOON_5.map((v) => v.style)).size).toBe(4);
    expect(new Set(OWN_CALM_5.map((v) => v.style)).size).toBe(6);
  });
});

describe("the probes written after set 5's first rule change", () => {
  it.each(OWN_PROBES_5.filter(([level]) => level !== 'none'))('%s: "%s"', (level, text) => {
    expect(triageMessage(text).level).toBe(level);
  });

  it.each(OWN_PROBES_5.filter(([level]) => level === 'none').map(([, text]) => text))('no emergency: "%s"', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });
});

// Playing the symptom down or apologising, in words of this file's own, before or after it.
const PLAYED_DOWN_5: ReadonlyArray<(text: string) => string> = [
  (t) => `forgive me for asking, ${t}`,
  (t) => `${t}, I am sure it is just my age`,
  (t) => `${t}. I would rather not go to hospital`,
];

describe('downplaying never lowers a set 5 emergency', () => {
  const emergencies = OWN_EMERGENCIES_5.filter((v) => !KNOWN_MISSES.has(last(v)) && last(v).length < 200);

  it.each(PLAYED_DOWN_5.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps each emergency and its sign', (_i, wrap) => {
    const lowered = emergencies.filter((v) => !signsOf(wrap(last(v))).includes(v.sign ?? '')).map(last);
    expect(lowered).toEqual([]);
  });
});
