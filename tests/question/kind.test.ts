import { describe, expect, it } from 'vitest';
import { expectedAnswer, questionKind, type QuestionKind, detectIntents, entitiesIn } from '@/lib/question';

const kindOf = (q: string) => questionKind(q, detectIntents(q), entitiesIn(q).filter((e) => !e.broad).length);

describe('questionKind', () => {
  it.each<[string, QuestionKind]>([
    ['Does folate help tired legs?', 'yes-no'],
    ['Which mineral keeps nerves firing?', 'which'],
    ['Why would a runner feel wobbly?', 'why'],
    ['How does sodium move water around?', 'how'],
    ['what can I eat to get more zinc', 'foods'],
    ['what are the signs of low folate', 'symptoms'],
    ['what test shows low ferritin', 'tests'],
    ['what treats a pinched nerve', 'treatment'],
    ['who is prone to low folate', 'risk'],
    ['zinc versus iron for tired legs', 'comparison'],
    ['what is the difference between cramps and spasms', 'comparison'],
    ['tell me about folate', 'what'],
    ['', 'small-talk'],
  ])('%j is %s', (question, kind) => {
    expect(kindOf(question)).toBe(kind);
  });

  it('maps kinds to the answer they expect first', () => {
    expect(expectedAnswer('yes-no')).toBe('yes-no');
    expect(expectedAnswer('which')).toBe('named-thing');
    expect(expectedAnswer('why')).toBe('reason');
    expect(expectedAnswer('small-talk')).toBe('greeting');
  });
});
