import { describe, expect, it } from 'vitest';
import type { PromptPassage } from '@/lib/answer/prompt';
import { passagesCoverQuestion } from '@/lib/grounding';
import { analyzeQuestion } from '@/lib/question';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

// Made-up passages about leg symptoms: cramps and their causes, numbness and circulation.
const passages = [
  P(1, 'Night cramps in the calves are common after hard exercise and when fluids run low.', ['Cramps']),
  P(2, 'Dehydration and heavy sweating upset the balance of salts that muscles need, so cramps follow.', ['Causes of cramps']),
  P(3, 'Numbness in the feet can come from poor circulation or from nerve damage.', ['Numbness']),
];

const covered = (question: string) => passagesCoverQuestion(analyzeQuestion(question), passages);

describe('a leg symptom vouches only for itself', () => {
  it('declines a symptom paired with a cause the passages never name', () => {
    expect(covered('can eating chocolate bring on cramps?')).toBe(false);
    expect(covered('are cramps worse after a tattoo?')).toBe(false);
    expect(covered('can a smartphone give you numbness?')).toBe(false);
  });

  it('declines a long symptom question none of whose other words the passages use', () => {
    expect(covered('will a sauna session with cold plunges stop cramps?')).toBe(false);
  });

  it('takes a qualifier the passages use for no pairing on its own', () => {
    // "hard" is in the passages (hard exercise), "hard rock music" is not.
    expect(covered('are cramps caused by hard rock music?')).toBe(false);
    expect(covered('are cramps caused by hard exercise?')).toBe(true);
  });

  it('answers a long symptom question when one of its other words is in the passages', () => {
    expect(covered('after exercise in the heat, why do my cramps start?')).toBe(true);
  });

  it('answers a symptom paired with what the passages do say of it', () => {
    expect(covered('can sweating bring on cramps?')).toBe(true);
    expect(covered('do cramps come from dehydration?')).toBe(true);
    expect(covered('is numbness in the feet down to circulation?')).toBe(true);
  });

  it('answers a symptom asked about on its own', () => {
    expect(covered('why do I get cramps?')).toBe(true);
    expect(covered('numbness in my feet')).toBe(true);
  });
});
