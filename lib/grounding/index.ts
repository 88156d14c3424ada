/**
 * The grounding stage: can these passages answer this question? Before any model runs, the
 * retrieved passages must name what the question names (present-entities.ts) and speak to what it
 * asks of it (topic-support.ts, with the salient words of salience.ts), or carry its leg symptom or
 * nearly all its topic words (answerability.ts); the extractive model asks the same of its lead
 * sentence. It reads the turn analysis (lib/question) and never the answer engine. Also what the
 * articles cover at all, listed in a decline (covered-topics.ts).
 */
export { leadAnswersIntent, leadCarriesTopic, passagesCoverQuestion } from './answerability';
export { listCoveredTopics } from './covered-topics';
export { subjectCoverageLine } from './subject-coverage';
export { askedCovered, presentEntities } from './present-entities';
export { carriesSalientTerms, salientTerms } from './salience';
export { isShrunkStem, takesWordingsOf } from './shrunk-phrases';
export { ALTERNATIVE_WEIGHT, PREFIX_MATCH_LENGTH, prefixIndex, termMatch } from './term-match';
