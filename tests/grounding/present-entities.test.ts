import { describe, expect, it } from 'vitest';
import { askedCovered, passagesCoverQuestion, presentEntities } from '@/lib/grounding';
import { analyzeQuestion } from '@/lib/question';
import { ENTITY_BY_ID, type EntityDef } from '@/lib/vocabulary';

// Passages of our own, without citation numbers: grounding reads title, headings and text only.
const PASSAGES = [
  { title: 'Minerals and the legs', headings: ['Potassium'], text: 'Low potassium can leave the calves weak and crampy.' },
  { title: 'Minerals and the legs', headings: ['Blood clots'], text: 'A clot in a deep vein can make one calf swollen and warm.' },
];

const entity = (id: string): EntityDef => {
  const found = ENTITY_BY_ID.get(id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};

describe('presentEntities', () => {
  it('keeps the asked entities the passages name, in headings or text', () => {
    expect([...presentEntities(analyzeQuestion('is potassium or zinc behind weak calves?'), PASSAGES)]).toEqual(['potassium']);
    expect([...presentEntities(analyzeQuestion('can a DVT make a calf warm?'), PASSAGES)]).toEqual(['dvt']);
  });

  it('finds nothing when the question names nothing', () => {
    expect(presentEntities(analyzeQuestion('why do my calves feel odd?'), PASSAGES).size).toBe(0);
  });
});

describe('askedCovered', () => {
  it('counts a member as answering for its group, not a group for its member', () => {
    expect(askedCovered([entity('nutrients')], [entity('potassium')]).map((e) => e.id)).toEqual(['nutrients']);
    expect(askedCovered([entity('potassium')], [entity('nutrients')])).toEqual([]);
  });
});

describe('passagesCoverQuestion', () => {
  it('declines a named thing the passages never mention, and accepts one they discuss', () => {
    expect(passagesCoverQuestion(analyzeQuestion('does selenium help weak calves?'), PASSAGES)).toBe(false);
    expect(passagesCoverQuestion(analyzeQuestion('can low potassium make calves weak?'), PASSAGES)).toBe(true);
  });
});
