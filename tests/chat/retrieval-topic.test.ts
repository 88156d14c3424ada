import { describe, expect, it } from 'vitest';
import { planQuestion } from '@/tests/helpers/plan';

/**
 * The coverage decision on the real articles: a question naming a covered nutrient, drug or
 * condition is answered only when a passage about it speaks to what the question asks.
 */

const decide = async (question: string) => (await planQuestion(question)).decision;

// Each names something the articles cover, about something they never say of it.
const NOT_SAID_OF_IT = [
  'does iron help with hair loss?',
  'can statins cause memory loss?',
  'is magnesium good for sleep?',
  'does potassium help with blood pressure?',
  'can statins cause liver damage?',
  'is vitamin E good for skin?',
  'can vitamin D prevent cancer?',
  'is potassium good for weight loss?',
  'can iron deficiency cause hair loss?',
  'does iron improve focus?',
];

// Lay wording, typos and relations the articles do speak to.
const SAID_OF_IT = [
  'does magnesium help with blood pressure?',
  'can B12 deficiency cause memory problems?',
  'does low magnesium cause insomnia?',
  'does vitamin E protect nerves?',
  'can diuretics lower potassium?',
  'can multiple sclerosis affect walking?',
  'does vitamin D deficeincy cause bone pian?',
  'can iron defishency make my legs restless?',
  'are leafy greens good for magnesium?',
  'is low iron linked to pale skin?',
];

describe('planTurn: the topic beside the named subject', () => {
  it.each(NOT_SAID_OF_IT)('gives the not-covered reply to "%s"', async (question) => {
    expect(await decide(question)).toBe('not-covered');
  });

  it.each(SAID_OF_IT)('answers "%s"', async (question) => {
    expect(await decide(question)).toBe('answer');
  });
});
