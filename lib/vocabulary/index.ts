/**
 * The vocabulary stage: data only, no logic. The domain lexicon of nutrients, conditions, symptoms
 * and drugs (entities.ts) and the generic words of health questions that name no topic
 * (common-words.ts). The search stage's lay and medical word tables (medical.ts, lay.ts, phrases.ts,
 * spelling.ts: what WordNet lacks) are read by lib/search directly; recognising these entries in a
 * text is lib/question's job.
 */
export { ENTITIES, ENTITY_BY_ID, entityDefSchema, entityKindSchema, FOCUS_KINDS, type EntityDef, type EntityKind } from './entities';
export { GENERIC_WORDS } from './common-words';
export {
  ADVICE_OPENING_CUES,
  CAUSE_BEFORE_EFFECT_CUES,
  CAUSE_OVERVIEW_CUES,
  DEFICIENCY_SENTENCE_CUES,
  EXCESS_QUESTION_CUES,
  EFFECT_BEFORE_CAUSE_CUES,
  EXCESS_SENTENCE_CUES,
  EXPLANATION_CUES,
  PEOPLE_ASKED_CUES,
  QUESTION_CAUSE_CUES,
  QUESTION_ORIGIN_CUES,
  TREATMENT_ANSWER_CUES,
} from './relation-cues';
