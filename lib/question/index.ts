/** The question stage: one analysis of the user's turn (politeness, spelling, follow-up, kind). */
export { analyzeTurn, MAX_QUESTION_WORDS, turnAnalysisSchema, type TurnAnalysis } from './analyze-turn';
export type { ChatTurn } from './follow-up';
export { expectedAnswer, questionKind, type QuestionKind } from './kind';
export { smallTalkOnly, splitSmallTalk, type SmallTalkKind } from './small-talk';
