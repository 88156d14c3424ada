import { describe, expect, it } from 'vitest';
import type { PromptPassage } from '@/lib/answer/prompt';
import { isShrunkStem, passagesCoverQuestion, takesWordingsOf } from '@/lib/grounding';
import { analyzeQuestion, isIntentCue } from '@/lib/question';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

// Made-up passages: each names its subject, and some share words with questions they do not answer.
const passages = [
  P(1, 'Zinc is needed to make haemoglobin. Heavy periods and other blood loss can leave people short of zinc.', ['Zinc']),
  P(2, 'Zinc deficiency can impair nerve function and wound healing.', ['Zinc']),
  P(3, 'Low folate is linked to memory loss and poor concentration.', ['Folate']),
  P(4, 'Statins can cause muscle pain and lower coenzyme Q10 in muscle cells.', ['Statins']),
  P(5, 'Diuretics can cause hypokalemia (low potassium) by flushing it out in urine.', ['Medications']),
  P(6, 'When magnesium is low, muscles cramp, especially at night.', ['Magnesium']),
  P(7, 'Vitamin D helps prevent falls in older adults by keeping muscles strong.', ['Vitamin D']),
];

const covered = (question: string) => passagesCoverQuestion(analyzeQuestion(question), passages);

describe('the topic beside a named subject must be found with the subject', () => {
  it('refuses a topic only another subject is said to have', () => {
    // Memory loss is in the passages, but as folate's, not as a statin effect.
    expect(covered('Can statins cause memory loss?')).toBe(false);
    expect(covered('Can low folate cause memory loss?')).toBe(true);
  });

  it("answers a topic the subject's own passage speaks of", () => {
    expect(covered('Do statins lower coenzyme Q10?')).toBe(true);
    expect(covered('Does zinc help wound healing?')).toBe(true);
  });

  it('takes a word in the place of a verb as no qualifier of the next', () => {
    // "protect nerves" is about nerves, which passage 2 names with zinc.
    expect(covered('Does zinc protect nerves?')).toBe(true);
  });

  it('answers how two named things relate from a passage naming both', () => {
    expect(covered('Can diuretics lower potassium?')).toBe(true);
  });

  it('finds the topic with any name listed beside the subject, by a conjunction', () => {
    expect(covered('Is zinc or folate linked to memory loss?')).toBe(true);
    expect(covered('Do zinc and statins help with hair loss?')).toBe(false);
  });

  it('takes a comparison word between two names as what is asked of them, not a topic', () => {
    expect(covered('How do zinc and folate differ?')).toBe(true);
    expect(covered('zinc vs folate')).toBe(true);
    // With one name, "differ" is a word the passages must speak to.
    expect(covered('How does zinc differ?')).toBe(false);
  });

  it('lets a question that also names a leg symptom through', () => {
    expect(covered('Can statins cause leg cramps and memory loss?')).toBe(true);
  });
});

describe('a qualified topic needs its qualifier', () => {
  it('does not take blood loss for hair loss', () => {
    expect(covered('Does zinc help with hair loss?')).toBe(false);
    expect(covered('Can zinc deficiency cause hair loss?')).toBe(false);
  });

  it('still answers the qualified topic the passage does name', () => {
    expect(covered('Can zinc deficiency follow blood loss?')).toBe(true);
  });
});

describe('what the subject is asked to do is no topic of its own', () => {
  it('refuses "prevent cancer" when only "prevent falls" is said', () => {
    expect(covered('Can vitamin D prevent cancer?')).toBe(false);
    expect(covered('Can vitamin D prevent falls?')).toBe(true);
  });

  it('knows treatment words as cues and topic words as not', () => {
    expect(isIntentCue('prevent', ['treatment'])).toBe(true);
    expect(isIntentCue('improves', ['treatment'])).toBe(true);
    expect(isIntentCue('cancer', ['treatment'])).toBe(false);
  });
});

describe('a bare word is not a phrase it was shrunk from', () => {
  it('knows "sleep" only from phrases such as "during sleep" or "can\'t sleep"', () => {
    expect(isShrunkStem('sleep')).toBe(true);
    expect(isShrunkStem('night')).toBe(false);
    expect(takesWordingsOf('sleep', 'is magnesium good for sleep?')).toBe(false);
    expect(takesWordingsOf('sleep', "I can't sleep, is it my magnesium?")).toBe(true);
  });

  it('does not take cramps at night for an answer about sleep', () => {
    expect(covered('Is magnesium good for sleep?')).toBe(false);
    expect(covered('Why does low magnesium cause cramps at night?')).toBe(true);
  });
});
