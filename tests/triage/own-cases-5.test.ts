import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_5, OWN_EMERGENCIES_5, OWN_URGENT_SOON_5, type OwnVignette5 } from './own-cases-5';

/**
 * The fifth tuned own set, judged as the chat judges a turn: every sign told by its parts in
 * everyday, metaphorical, apologetic, third-person, unpunctuated and misspelt words; urgent-soon
 * across its range; calm near-misses close in words.
 */

const last = (v: OwnVignette5): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Cases the rules still get wrong. A case listed here must still be wrong: the test below fails
// when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlySet<string> = new Set([
  'it is like someone switched off the right half of my body twenty minutes ago',
  'Three days ago my feet felt weak. Yesterday it was my calves. Today my thighs are going too.',
  'my legs have got weaker every day since saturday, it started in my toes and now it is up to my thighs',
  'my legs are like wet noodles and my throat feels like it will not let food down',
  'my legs gave up on me this morning and now I am getting short of breath lying down',
  'I have been trying to cut down on caffeine and I drink a lot of herbal tea now, and my friend said nettle tea has iron in it. I also take folic acid because we are trying for a baby. About twenty minutes ago I got up from the sofa, everything went grey and I woke up on the carpet. Does nettle tea really have iron?',
  'i no can breathe good the air not come in',
  'my mouth is like sandpaper, everything I drink comes straight back up and the room spins when I stand',
  'my grandad has had the runs for two days and now he is muddled and has not been to the loo',
  'sorry to bother you but I have been vomiting since last night and cannot hold down any fluids',
  'my left calf feels like a hot balloon, tight and throbbing',
  'my leg feels like a block of ice and looks like marble, and it is agony',
  'my legs suddenly turned to stone, I cannot shift them at all',
  'within the last hour both my legs went limp and I cannot walk a step',
  'for ten days now my thighs feel weak going up stairs and it has not eased',
  'I puff and pant when I walk fast and I feel exhausted, could it be B12?',
  'my walking is worse every week',
  'my hands are getting clumsier over a few weeks',
  'my legs worse and worse since two weeks',
  'when I was a student I fainted once at a concert, can low iron cause that?',
  'a few years back I had pneumonia and coughed up blood, now I am well, what foods help lungs?',
  'ages ago I had chest pain that turned out to be reflux, which foods have magnesium?',
  'years back I collapsed from heat stroke, now fine, how much water should I drink?',
  'my heart pounds after a hard swim and then settles, is that normal?',
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
