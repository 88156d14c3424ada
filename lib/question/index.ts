/** The question stage: one analysis of the user's turn (politeness, spelling, follow-up, kind). */
export { analyzeTurn, MAX_QUESTION_WORDS, normalizeMessage, turnAnalysisSchema, type SpellingSource, type TurnAnalysis } from './analyze-turn';
export { condenseQuery, topicOf, type ChatTurn } from './follow-up';
export { expectedAnswer, questionKind, type ExpectedAnswer, type QuestionKind } from './kind';
export { smallTalkOnly, splitSmallTalk, type SmallTalkKind } from './small-talk';
