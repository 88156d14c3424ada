import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema, type TriageLevel } from '@/lib/triage';
import { OWN_CALM_3, OWN_EMERGENCIES_3, OWN_PROBES_3, OWN_URGENT_SOON_3, type OwnVignette } from './own-cases-3';

/**
 * The third tuned own set, judged as the chat judges a turn: on the conversation's last user
 * message. Every sign in several styles, urgent-soon as a level of its own, calm near-misses.
 */

const last = (v: OwnVignette): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Own cases triage still gets wrong, each for a reason no general part fixes yet. A test below
// fails when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([
  ['my brethin is very hard and my chest is tite', 'two edits from "breathing", and a four-letter typo'],
  ['I have not been anywhere near the gym and my legs just gave way', 'a denial reaches four words, and "the gym" is five away'],
]);

describe('the third own set', () => {
  const reachable = OWN_EMERGENCIES_3.filter((v) => !KNOWN_MISSES.has(last(v)));

  it.each(reachable.map((v) => [last(v), v.sign, v.style] as const))('emergency: "%s" (%s, %s)', (text, sign) => {
    expect(triageMessage(text).level).toBe('emergency');
    expect(signsOf(text)).toContain(sign);
  });

  it.fails.each(OWN_EMERGENCIES_3.filter((v) => KNOWN_MISSES.has(last(v))).map(last))('not yet caught: "%s"', (text) => {
    expect(triageMessage(text).level).toBe('emergency');
  });

  it.each(OWN_URGENT_SOON_3.map((v) => [last(v), v.style] as const))('urgent-soon: "%s" (%s)', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(OWN_CALM_3.map((v) => [last(v), v.style] as const))('no emergency: "%s" (%s)', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it('has every sign in at least four styles, and urgent-soon and calm cases', () => {
    for (const id of triageSignIdSchema.options) {
      expect(new Set(OWN_EMERGENCIES_3.filter((v) => v.sign === id).map((v) => v.style)).size).toBeGreaterThanOrEqual(4);
    }
    expect(OWN_URGENT_SOON_3.length).toBeGreaterThanOrEqual(20);
    expect(OWN_CALM_3.length).toBeGreaterThanOrEqual(40);
  });
});

describe('the probes written after the first rule change', () => {
  const probes = OWN_PROBES_3.filter(([, text]) => !KNOWN_MISSES.has(text));

  it.each(probes.filter(([level]) => level !== 'none'))('%s: "%s"', (level, text) => {
    expect(triageMessage(text).level).toBe(level);
  });

  it.each(probes.filter(([level]) => level === 'none').map(([, text]) => text))('no emergency: "%s"', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });

  it.fails.each(OWN_PROBES_3.filter(([, text]) => KNOWN_MISSES.has(text)))('still wrong (%s expected): "%s"', (level, text) => {
    const got = triageMessage(text).level;
    expect(level === 'none' ? got !== 'emergency' : got === level).toBe(true);
  });
});

// Playing a symptom down, before or after it, in words of this file's own.
const PLAYED_DOWN: ReadonlyArray<(text: string) => string> = [
  (t) => `I'm sure it's fine, ${t}`,
  (t) => `maybe I'm just being paranoid but ${t}`,
  (t) => `${t}. I don't want to bother a doctor over nothing`,
  (t) => `${t}, no rush, whenever you have a moment`,
  (t) => `it's not serious I think. ${t}`,
];

const RANK: Readonly<Record<TriageLevel, number>> = { none: 0, 'urgent-soon': 1, emergency: 2 };

describe('downplaying never lowers the level, for any sign', () => {
  const emergencies = OWN_EMERGENCIES_3.filter((v) => !KNOWN_MISSES.has(last(v)) && last(v).length < 200);

  it.each(PLAYED_DOWN.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps each emergency and its sign', (_i, wrap) => {
    const lowered = emergencies.filter((v) => !signsOf(wrap(last(v))).includes(v.sign ?? '')).map(last);
    expect(lowered).toEqual([]);
  });

  it.each(PLAYED_DOWN.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps each urgent-soon at least urgent-soon', (_i, wrap) => {
    const lowered = OWN_URGENT_SOON_3.filter((v) => RANK[triageMessage(wrap(last(v))).level] < RANK['urgent-soon']).map(last);
    expect(lowered).toEqual([]);
  });
});
