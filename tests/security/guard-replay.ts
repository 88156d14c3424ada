/**
 * Honest answers through the remote-model guard path: the extractive model writes each answer
 * (verbatim passage sentences with [n] markers, the recorded offline answer), but the turn is run
 * as if an OpenAI-compatible upstream had written it, so the claim checks and the fail-the-turn
 * policy of a remote model apply. A turn that falls back with the unsafe-output reason is a false
 * alarm: these answers are supported by construction.
 */
import { createExtractiveModel } from '@/lib/answer/extractive-model';
import { collectTurn } from '@/lib/chat/collect';
import { UNSAFE_OUTPUT_REASON } from '@/lib/guard/guarded-release';
import type { SelectedModel } from '@/lib/chat/models';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import type { AppConfig } from '@/lib/config';

export type ReplayOutcome = { question: string; answered: boolean; blockedBy?: string };

/** The extractive model dressed as an upstream: same text, remote-model checks. */
export function honestUpstream(): SelectedModel {
  return { model: createExtractiveModel(), name: 'openai-compatible:replayed-offline-answers', kind: 'openai-compatible' };
}

function userMessage(text: string, id: string): LegwiseUIMessage {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}

/** Runs each question as a first turn through the remote path; says which ones the guard blocked. */
export async function replayQuestions(questions: readonly string[], config: AppConfig): Promise<ReplayOutcome[]> {
  const model = honestUpstream();
  const outcomes: ReplayOutcome[] = [];
  for (const [i, question] of questions.entries()) {
    const turn = await collectTurn({ messages: [userMessage(question, `q${i}`)], config, model });
    const blocked = turn.fallbackReason?.startsWith(UNSAFE_OUTPUT_REASON) === true;
    outcomes.push({
      question,
      answered: turn.citations.length > 0 || blocked,
      blockedBy: blocked ? turn.fallbackReason : undefined,
    });
  }
  return outcomes;
}

export type FalseAlarmFigures = { answers: number; blocked: number; rate: number; reasons: Record<string, number> };

/** Blocked share of the turns that reached the model (declined questions never do). */
export function falseAlarmFigures(outcomes: readonly ReplayOutcome[]): FalseAlarmFigures {
  const answered = outcomes.filter((o) => o.answered);
  const blocked = answered.filter((o) => o.blockedBy !== undefined);
  const reasons: Record<string, number> = {};
  for (const o of blocked) reasons[o.blockedBy ?? ''] = (reasons[o.blockedBy ?? ''] ?? 0) + 1;
  return { answers: answered.length, blocked: blocked.length, rate: answered.length === 0 ? 0 : blocked.length / answered.length, reasons };
}
