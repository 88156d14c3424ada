import { passagesCoverQuestion } from './answerability';
import type { PassageInput } from './sentences';
import type { QuestionAnalysis } from '@/lib/question';

/**
 * Whether retrieved passages can answer a question at all, before any model runs: the nutrient,
 * condition or drug it names is in them, or a leg symptom it names is, or nearly all of its topic
 * words are. The same check the extractive model makes, so every model gets the same decision.
 */
export function questionCoverage(q: QuestionAnalysis, passages: ReadonlyArray<Omit<PassageInput, 'n'>>): { covered: boolean; question: string } {
  const numbered = passages.map((p, i) => ({ ...p, n: i + 1 }));
  // The question as the turn analysis read it (lib/question), its typos already fixed.
  return { covered: passagesCoverQuestion(q, numbered), question: q.question };
}
