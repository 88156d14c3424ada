/**
 * The chat stage: the last stage, the orchestration of one turn. It reads the conversation the
 * browser sends (request), asks lib/question what is asked, lib/triage whether it is urgent and
 * lib/grounding whether the articles cover it (retrieval's turn plan), picks the model (the
 * offline extractive one or an OpenAI-compatible server, models), streams the attempt under its
 * deadlines through the output guard (answer-turn, generate, deadlines), adds the citations, the
 * disclaimer and the fixed replies it writes itself (replies, emergency-reply), and encodes the
 * stream as coalesced SSE (sse-response). It also owns the per-instance answer cache and the slots
 * that run offline turns a few at a time. Routes, scripts and the share edge import it here;
 * app/'s client code imports the client-safe message types and metadata schema (types.ts,
 * metadata.ts) directly, so the browser bundle never reaches the server side of this stage.
 */
export { collectTurn, type TurnResult } from './collect';
export { createChatHandler, methodNotAllowed } from './handler';
export { chatMetadataSchema, type Citation } from './metadata';
export { createExtractiveSelection } from './models';
export { DOSE_NOTE } from './replies';
export { planTurn } from './retrieval';
export { analyzeMessages } from './turn-analysis';
export type { LegwiseUIMessage } from './types';
