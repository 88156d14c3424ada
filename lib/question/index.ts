/**
 * The question stage: what the user asked, worked out once per turn. Politeness split off,
 * spelling corrected against the corpus (lib/text's corrector over the passages' words), the
 * follow-up resolved into a standalone query, its kind and intents, and the entities it names
 * (the lexicon's data is lib/vocabulary; recognising it in a text is here). Also the word-level
 * reading every later stage shares: stems and lay alternatives as the search index reads them,
 * intent cues of questions and sentences, the request kind, and the canonical second searches.
 */
export { analyzeTurn, MAX_QUESTION_WORDS, turnAnalysisSchema, type TurnAnalysis } from './analyze-turn';
export { covers, deficiencyName, distinctEntities, entitiesIn, findEntities, isBroaderThan, related, type EntityMention } from './entities';
export { phrasePattern } from './entity-scan';
export type { ChatTurn } from './follow-up';
export { aspectOf, detectIntents, isIntentCue, mentionsFoods, sentenceMatchesIntent, sentenceStronglyMatchesIntent, wantsList, type Intent } from './intent';
export { intentSearches, searchFit, URGENT_CARE_QUERY, type IntentSearch } from './intent-query';
export { expectedAnswer, isComparisonCue, questionKind, type QuestionKind } from './kind';
export { analyzeQuestion, type QuestionAnalysis, type QuestionTerm } from './question-terms';
export { classifyRequest, statesDose } from './request-kind';
export { smallTalkOnly, splitSmallTalk, type SmallTalkKind } from './small-talk';
export { correctSpelling } from './spelling';
export { answerSubject } from './topic';
export { threadSubjectSchema } from './thread-subject';
export { contentStems, contentStemSet, countWords, overlap, stemsOf } from './terms';
