/** The text stage: word-level helpers every later stage may use; it depends on nothing in lib/. */
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
  type SpellingRules,
  type SpellingVocabulary,
  type WordsByLength,
} from './spelling';
