import { describe, expect, it } from 'vitest';
import { selectUrgentUnits } from '@/lib/answer/urgent-units';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

const passages = [
  P(1, 'Zinc supports wound healing. Rest and warm baths can relieve mild leg cramps at home.', ['Zinc']),
  P(2, 'Seek medical attention immediately if leg weakness comes with chest pain or trouble breathing, as these can indicate a medical emergency.', [
    'When to see a doctor',
  ]),
  P(3, 'Persistent leg weakness warrants a visit to a doctor.', ['When to see a doctor']),
];

const careText = (question: string, from: readonly PromptPassage[] = passages) => selectUrgentUnits(analyzeQuestion(question), from).map((u) => u.text);

describe('the care sentences of an emergency reply', () => {
  it('lead with what the passages say about getting care now, even when nothing else matches', () => {
    const units = selectUrgentUnits(analyzeQuestion('my face is drooping and I cannot move my leg'), passages);
    expect(units[0]?.text.startsWith('Seek medical attention immediately')).toBe(true);
    expect(units[0]?.n).toBe(2);
  });

  it('never include self-care advice', () => {
    const text = careText('I have chest pain and leg cramps');
    expect(text[0]).toMatch(/^Seek medical attention immediately/);
    expect(text.join(' ')).not.toMatch(/warm baths/);
  });

  it('are empty when no passage says when to get care', () => {
    expect(careText('I fainted and my leg is weak', [passages[0] as PromptPassage])).toEqual([]);
  });
});
