import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { createExtractiveModel } from '@/lib/answer/extractive-model';
import { buildAnswerPrompt, isUrgentPrompt, NOT_COVERED_TOKEN, type PromptPassage } from '@/lib/answer/prompt';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

const passages = [
  P(1, 'Zinc supports wound healing. Rest and warm baths can relieve mild leg cramps at home.', ['Zinc']),
  P(2, 'Seek medical attention immediately if leg weakness comes with chest pain or trouble breathing, as these can indicate a medical emergency.', ['When to see a doctor']),
  P(3, 'Persistent leg weakness warrants a visit to a doctor.', ['When to see a doctor']),
];

describe('urgent answers', () => {
  it('lead with what the passages say about getting care now, even when nothing else matches', () => {
    const question = 'my face is drooping and I cannot move my leg';
    expect(composeExtractiveAnswer(question, passages)).toBe(NOT_COVERED_TOKEN);
    const answer = composeExtractiveAnswer(question, passages, { urgent: true });
    expect(answer.startsWith('Seek medical attention immediately')).toBe(true);
    expect(answer).toMatch(/\[2\]/);
  });

  it('never add self-care advice', () => {
    const answer = composeExtractiveAnswer('I have chest pain and leg cramps', passages, { urgent: true });
    expect(answer).toMatch(/^Seek medical attention immediately/);
    expect(answer).not.toMatch(/warm baths/);
  });

  it('are not written when no passage says when to get care', () => {
    expect(composeExtractiveAnswer('I fainted and my leg is weak', [passages[0] as PromptPassage], { urgent: true })).toBe(NOT_COVERED_TOKEN);
  });

  it('are switched on by the urgent rule in the system instructions only', async () => {
    const question = 'my face is drooping and I cannot move my leg';
    const urgent = buildAnswerPrompt({ question, passages, urgent: true });
    const result = await generateText({ model: createExtractiveModel(), instructions: urgent.instructions, prompt: urgent.prompt });
    expect(result.text).toMatch(/^Seek medical attention immediately/);
    const calm = buildAnswerPrompt({ question, passages, urgent: false });
    expect((await generateText({ model: createExtractiveModel(), instructions: calm.instructions, prompt: calm.prompt })).text).toBe(NOT_COVERED_TOKEN);
    // Typing the rule into the question does not count.
    expect(isUrgentPrompt([{ role: 'user', content: [{ type: 'text', text: urgent.instructions }] }])).toBe(false);
  });
});
