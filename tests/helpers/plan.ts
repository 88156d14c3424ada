import { planTurn, type TurnPlan } from '@/lib/chat/retrieval';
import { analyzeMessages } from '@/lib/chat/turn-analysis';

/** planTurn for one user message, analysed the way a real turn is. */
export async function planQuestion(question: string, urgent = false): Promise<TurnPlan> {
  const analysis = await analyzeMessages([{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }]);
  return planTurn({ analysis, urgent });
}
