import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_7, OWN_EMERGENCIES_7, OWN_STYLES_7, OWN_URGENT_SOON_7, type OwnVignette7 } from './own-cases-7';
import { KNOWN_MISSES_7 } from './own-cases-7-misses';

/**
 * The seventh tuned own set, judged on the last message as the chat judges a turn: signs named by
 * lost abilities, dictated and phonetic misspellings, text-message and regional English, reports
 * by carers, coaches and neighbours, signs spread over sentences; calm messages that mention an
 * emergency in passing.
 */

const last = (v: OwnVignette7): string => v.messages.at(-1) ?? '';

const rightLevel = (v: OwnVignette7): boolean => {
  const got = triageMessage(last(v));
  if (v.level === 'none') return got.level !== 'emergency';
  if (v.level === 'urgent-soon') return got.level === 'urgent-soon';
  return got.level === 'emergency' && got.signs.some((s) => s.id === v.sign);
};

describe('the seventh own set', () => {
  const reachable = (set: readonly OwnVignette7[]) => set.filter((v) => !KNOWN_MISSES_7.has(last(v)));

  it.each(reachable(OWN_EMERGENCIES_7).map((v) => [last(v), v.sign, v.style, v] as const))('emergency: "%s" (%s, %s)', (_t, _s, _st, v) => {
    expect(rightLevel(v)).toBe(true);
  });

  it.each(reachable(OWN_URGENT_SOON_7).map((v) => [last(v), v.style] as const))('urgent-soon: "%s" (%s)', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(reachable(OWN_CALM_7).map((v) => [last(v), v.style] as const))('no emergency: "%s" (%s)', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  // A case listed as a known miss must still be wrong, so the list cannot go stale.
  it.each([...OWN_EMERGENCIES_7, ...OWN_URGENT_SOON_7, ...OWN_CALM_7].filter((v) => KNOWN_MISSES_7.has(last(v))).map((v) => [last(v), v] as const))(
    'still wrong: "%s"',
    (_text, v) => {
      expect(rightLevel(v)).toBe(false);
    },
  );

  it('has every sign in at least five styles and every calm kind at least five times', () => {
    for (const id of triageSignIdSchema.options) {
      expect(new Set(OWN_EMERGENCIES_7.filter((v) => v.sign === id).map((v) => v.style)).size).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(OWN_URGENT_SOON_7.map((v) => v.style)).size).toBe(4);
    const calmKinds = new Set(OWN_CALM_7.map((v) => v.style));
    for (const kind of calmKinds) expect(OWN_CALM_7.filter((v) => v.style === kind).length).toBeGreaterThanOrEqual(5);
    expect(OWN_EMERGENCIES_7.length).toBeGreaterThanOrEqual(100);
    expect(OWN_URGENT_SOON_7.length).toBeGreaterThanOrEqual(50);
    expect(OWN_CALM_7.length).toBeGreaterThanOrEqual(100);
    expect([...calmKinds, ...OWN_URGENT_SOON_7.map((v) => v.style)].every((s) => OWN_STYLES_7.includes(s))).toBe(true);
  });

  it('lists as known misses only cases of the set', () => {
    const texts = new Set([...OWN_EMERGENCIES_7, ...OWN_URGENT_SOON_7, ...OWN_CALM_7].map(last));
    expect([...KNOWN_MISSES_7.keys()].filter((t) => !texts.has(t))).toEqual([]);
  });
});
