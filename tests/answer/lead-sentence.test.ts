import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { barredFromLead, fitsQuestionForm, leadRole, questionForm } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages: the mechanisms must work on any article, not only the corpus. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

const firstSentence = (answer: string) => answer.split(/(?<=\]\.)\s+/)[0] ?? '';

describe('question form', () => {
  it('tells yes/no, why, which and open questions apart by their opening words', () => {
    expect(questionForm('Could low zinc slow wound healing?')).toBe('yesno');
    expect(questionForm('hi, does copper matter for nerves?')).toBe('yesno');
    expect(questionForm('Why do my calves ache after cycling?')).toBe('why');
    expect(questionForm('Which minerals help nerves?')).toBe('which');
    expect(questionForm('What kinds of vitamins protect nerves?')).toBe('which');
    expect(questionForm('What is selenium?')).toBe('open');
    // The asking clause decides, wherever it stands in the message.
    expect(questionForm('my calves ache after cycling, which minerals am I short of?')).toBe('which');
    expect(questionForm('I barely go outside in winter and my hips ache, is that a vitamin problem?')).toBe('yesno');
    // A condition first, then the question, with no comma between.
    expect(questionForm('if my calves cramp at night is that a zinc problem?')).toBe('yesno');
    expect(questionForm('once I take zinc will the cramps stop?')).toBe('yesno');
    expect(questionForm('if my calves cramp, what should I eat?')).toBe('open');
    // Asking for advice is not asking whether a relation holds.
    expect(questionForm('Should I stretch before running?')).toBe('open');
  });
});

describe('lead role of a sentence', () => {
  it('marks hedges, labels and relations', () => {
    expect(leadRole('How copper protects nerves is not fully understood.')).toBe('hedge');
    expect(leadRole('More research is needed on selenium and muscle aches.')).toBe('hedge');
    expect(leadRole('Selenium is often called the antioxidant mineral.')).toBe('definition');
    expect(leadRole('Low copper can cause numb feet.')).toBe('relation');
    expect(leadRole('Zinc deficiency is linked to slow healing.')).toBe('relation');
    expect(leadRole('Often called the healing mineral, zinc is found in oysters.')).toBe('definition');
    expect(leadRole('People who rarely go outside are at higher risk of low vitamin D.')).toBe('relation');
    expect(leadRole('Low copper reduces the number of white cells.')).toBe('relation');
    expect(leadRole('Copper is found in nuts.')).toBe('plain');
    // A past participle used as an adjective names a state, not a relation.
    expect(leadRole('Impaired balance is common in older people.')).toBe('plain');
  });

  it('lets a hedge that goes on to say what is thought answer', () => {
    expect(leadRole('The cause is not fully understood but may involve low copper.')).not.toBe('hedge');
  });

  it('bars labels from leading unless a definition is asked', () => {
    const label = 'Selenium is often called the antioxidant mineral.';
    expect(barredFromLead(label, analyzeQuestion('Can selenium ease sore legs?'))).toBe(true);
    expect(barredFromLead(label, analyzeQuestion('What is selenium?'))).toBe(false);
  });

  it('fits a "which" question with a sentence naming a member of the asked group', () => {
    const q = analyzeQuestion('Which minerals can cause cramps?');
    expect(fitsQuestionForm('Low magnesium can cause cramps at night.', q)).toBe(true);
    expect(fitsQuestionForm('Cramps often come at night.', q)).toBe(false);
  });
});

describe('the first sentence answers', () => {
  const relation = 'Too little of the vitamin can cause soft bones in children.';

  it('opens a yes/no question with the sentence asserting the asked relation, not a label scoring higher', () => {
    const passages = [
      P(1, `Vitamin D is often called the sunshine vitamin, and children need vitamin D so that soft bones grow hard. ${relation}`, ['Vitamin D']),
    ];
    const answer = composeExtractiveAnswer('Can low vitamin D give children soft bones?', passages);
    expect(firstSentence(answer)).toBe(`${relation.slice(0, -1)} [1].`);
  });

  it('opens a yes/no question with the relation rather than background scoring higher', () => {
    const passages = [P(1, `Vitamin D helps children turn soft bones into hard ones, with sunshine and food. ${relation}`, ['Vitamin D'])];
    const answer = composeExtractiveAnswer('Can low vitamin D give children soft bones?', passages);
    expect(firstSentence(answer)).toBe(`${relation.slice(0, -1)} [1].`);
  });

  it('never opens with a hedge when a sentence says something', () => {
    const passages = [
      P(
        1,
        'Exactly how vitamin B12 deficiency damages the nerves of the legs is not fully understood. ' +
          'Vitamin B12 deficiency damages the nerves of the legs over months, causing numbness.',
        ['Vitamin B12'],
      ),
    ];
    const answer = composeExtractiveAnswer('How does vitamin B12 deficiency damage the nerves of the legs?', passages);
    expect(firstSentence(answer)).toMatch(/^Vitamin B12 deficiency damages the nerves/);
  });
});

describe('a "why" question', () => {
  it('is fitted by a causal sentence, not a bare statement', () => {
    const q = analyzeQuestion('Why do calves cramp in cyclists?');
    expect(fitsQuestionForm('Calves cramp in cyclists because sweat carries off sodium.', q)).toBe(true);
    expect(fitsQuestionForm('Calves cramp in many cyclists.', q)).toBe(false);
  });
});
