import { describe, expect, it } from 'vitest';
import { triageMessage, triageSignIdSchema } from '@/lib/triage';
import { OWN_CALM_4, OWN_EMERGENCIES_4, OWN_URGENT_SOON_4, type OwnVignette4 } from './own-cases-4';

/**
 * The fourth tuned own set, judged as the chat judges a turn: every sign in the styles the earlier
 * sets have least of, urgent-soon across its range, calm near-misses close in words.
 */

const last = (v: OwnVignette4): string => v.messages.at(-1) ?? '';
const signsOf = (text: string): string[] => triageMessage(text).signs.map((s) => s.id);

// Cases the rules get wrong (measured before this session's rule changes). A case listed here
// must still be wrong: the test below fails when one starts to pass, so the list cannot go stale.
const KNOWN_MISSES: ReadonlySet<string> = new Set([
  "Dad is 82 and suddenly he cannot find his words and his right leg is dragging, started 30 min ago",
  "on tuesday my toes felt feeble, by thursday my calves, and today my thighs will barely lift me",
  "two days before only my feet was weak, yesterday until the knee, today until the belly, what is happening",
  "after his tummy bug my son walked oddly, now he cannot get up the stairs and his arms are weak, all in three days",
  "Grandpa is very weak today and he coughs and splutters every time he tries to swallow his food",
  "a heavy weight is pressing on the middle of my chest and spreading down my left arm",
  "My legs have been aching for months, mostly in the evenings, and I take a statin so I wondered whether that is the reason, and whether CoQ10 or magnesium would help. I also walk the dog twice a day. This evening, while I was just sitting down, my heart started thumping fast and unevenly and it has not stopped, and my legs feel like jelly. What foods have magnesium?",
  "just a tummy bug probably, but nothing I drink stays down since yesterday and I nearly faint when I stand",
  "my mother has much diarrhea two days, now she is confuse and not know where she is",
  "my baby will not drink, has no tears when she cries and her eyes look sunken",
  "I got out of bed and my legs just folded under me, I cannot get up off the floor",
  "i cant moove my legs at all sudenly",
  "suddenly my legs not moving, I cannot to stand up",
  "I have had a cough for a few days. This morning what came up was streaked with blood.",
  "for ten days my right hand has felt weaker and I fumble with buttons",
  "a patch on the side of my thigh went numb last week and it is still numb",
  "my shin has had no feeling in one spot since last monday and it has not come back",
  "my son has started limping and it is worse each day this week, no injury",
  "I have been limping for two weeks and it keeps getting worse",
  "my mother has fallen three times this month, more than before",
  "grandpa is falling more and more often these weeks",
  "i fall more often since a few weeks, my legs feel unstable",
  "as a child I had pneumonia and coughed up blood, does that matter now?",
  "my mouth is numb on one side after the dentist filled a tooth",
  "breathless with excitement about my holiday! which snacks have potassium?",
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
