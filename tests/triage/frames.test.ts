import { describe, expect, it } from 'vitest';
import { triageMessage } from '@/lib/triage';

/** Feared, supposed, taught and long-past clauses are not reports; the clauses beside them still are. */

const level = (text: string) => triageMessage(text).level;

describe('unreal and past frames', () => {
  it.each([
    'I am frightened of ending up unable to walk like my aunt, does vitamin E help?',
    'my mother is nervous she might pass out on the coach trip, should she drink more water?',
    'when a toddler stops drinking for a day, is that dehydration already?',
    'in the situation where somebody suddenly slumps over at dinner, what is happening?',
    'our night school module covered coughing up blood, what is TB?',
    'at secondary school I once fainted in assembly, nowadays I just get sore calves',
  ])('no emergency: "%s"', (text) => {
    expect(level(text)).not.toBe('emergency');
  });

  it.each([
    "I'm scared, my right arm went weak all at once and my words are jumbled",
    "I'm terrified, my son has collapsed and won't wake up",
    'at my pilates class just now my legs suddenly gave out and I cannot get up',
    'when I was little I had asthma, but tonight I really cannot get my breath at all',
  ])('still an emergency: "%s"', (text) => {
    expect(level(text)).toBe('emergency');
  });
});
