/**
 * The text stage: language tools with no knowledge of the corpus, which every later stage may use
 * and which depend on nothing in lib/. Text normalisation (case, quotes, diacritics, offsets kept),
 * the bounded edit distance, the English dictionary (Hunspell, through nspell) and a compact list
 * of common English words, and the one spelling corrector: a word checked against a vocabulary the
 * caller supplies.
 */
export { allowedEdits, editDistance } from './edit-distance';
export { isEnglishWord, loadEnglishDictionary } from './english-dictionary';
export { COMMON_ENGLISH_WORDS, ENGLISH_FUNCTION_WORDS } from './english-words';
export { normalizeText } from './normalize';
export {
  closestWord,
  correctWord,
  countedVocabulary,
  nearWords,
  wordsByLength,
  type CandidateRules,
  type NearWord,
  type SpellingVocabulary,
  type WordsByLength,
} from './spelling';
