/**
 * The answer stage: composing the answer from the passages retrieval chose and grounding accepted.
 * It owns the extractive model (an AI SDK language model that picks the passages' sentences that
 * answer the question, each with its [n] marker), the prompt every model gets (and the extractive
 * model parses back), sentence selection and scoring, the urgent-care sentences of an emergency
 * turn, follow-up suggestions, citation markers and the fixed disclaimer. It reads the turn's
 * analysis from lib/question and the coverage decisions of lib/grounding; chat drives it.
 * (The disclaimer alone is client-safe: app/ imports disclaimer.ts directly.)
 */
export { DISCLAIMER } from './disclaimer';
export { createExtractiveModel } from './extractive-model';
export { buildAnswerPrompt, NOT_COVERED_TOKEN } from './prompt';
export type { PassageInput } from './sentences';
export { suggestFollowUps } from './suggestions';
export { selectUrgentUnits } from './urgent-units';
