import { passagesCoverQuestion } from './answerability';
import type { PassageInput } from './sentences';
import { analyzeQuestion } from '@/lib/question';

/**
 * Whether retrieved passages can answer a question at all, before any model runs: the nutrient,
 * condition or drug it names is in them, or a leg symptom it names is, or nearly all of its topic
 * words are. The same check the extractive model makes, so every model gets the same decision.
 */
export function questionCoverage(question: string, passages: ReadonlyArray<Omit<PassageInput, 'n'>>): { covered: boolean; question: string } {
  const numbered = passages.map((p, i) => ({ ...p, n: i + 1 }));
  // The question comes from the turn analysis (lib/question), its typos already fixed.
  return { covered: passagesCoverQuestion(analyzeQuestion(question), numbered), question };
}
