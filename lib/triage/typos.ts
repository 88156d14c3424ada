import { LruCache } from '@/lib/lru';
import {
  closestWord,
  COMMON_ENGLISH_WORDS,
  correctWord,
  isEnglishWord,
  nearWords,
  countedVocabulary,
  ENGLISH_FUNCTION_WORDS,
  wordsByLength,
  type CandidateRules,
  type SpellingVocabulary,
  type WordsByLength,
} from '@/lib/text';
import { PARTS } from './sign-words';

/**
 * Typos in a message repaired against the triage vocabulary, with the project's one spelling
 * corrector (lib/text/spelling): "breahting" -> "breathing", "numbess" -> "numbness". A correctly
 * spelt English word (the Hunspell dictionary) is never a typo, so it stays as written
 * ("dropping" is not "drooping", "ladder" is not "bladder").
 */

// Word forms of the parts' prefix phrases ("numb*") and other words worth repairing.
const MORE_TRIAGE_WORDS = [
  'breathe',
  'breathing',
  'breathless',
  'breathlessness',
  'shortness',
  'palpitations',
  'palpitation',
  'paralyzed',
  'paralysed',
  'paralysis',
  'drooping',
  'slurred',
  'slurring',
  'unconscious',
  'consciousness',
  'incontinence',
  'dehydrated',
  'urinating',
  'confusion',
  'confused',
  'lightheaded',
  'suddenly',
  'weakness',
  'fainted',
  'fainting',
  'irregular',
  'bladder',
  'numbness',
  'disoriented',
  'collapsed',
  'tingling',
  'swallowing',
  'swallow',
  'choking',
  'swollen',
  'swelling',
  'vomiting',
  'diarrhoea',
  'diarrhea',
  'coughing',
  'struggling',
  'buckling',
  'buckled',
  'wheezing',
  'gasping',
  'sensation',
  'feeling',
  'pounding',
  'fluttering',
  'racing',
  'skipping',
  'tightness',
  'pressure',
  'crushing',
  'squeezing',
  'passed',
  'blacked',
  'spreading',
  'creeping',
  'climbing',
  'groin',
  'buttocks',
  'sudden',
];

// A prefix phrase ("sprint*") stands for its word's usual forms.
const PREFIX_FORMS = ['', 's', 'ing', 'ed', 'er', 'ness', 'y'];

// Short words are one edit from many real words ("plain" / "pain"): no repair is shorter than
// this, and a repair keeps the typed word's first letter (or its first two swapped).
const TRIAGE_CANDIDATES: CandidateRules = { minLength: 5, samePrefixShape: true };

const partWords = (): string[] => Object.values(PARTS).flatMap((phrases) => phrases.flatMap((p) => p.split(' ')));
const formsOf = (prefix: string): string[] => PREFIX_FORMS.map((end) => `${prefix.slice(0, -1)}${end}`);
const isPlainWord = (w: string): boolean => /^[a-z]+$/.test(w);

function triageWords(): string[] {
  const forms = partWords().flatMap((w) => (w.endsWith('*') ? formsOf(w) : [w]));
  return [...forms, ...MORE_TRIAGE_WORDS].filter(isPlainWord);
}

let spellingText: string | undefined;

/**
 * The triage words as one text, each once: the turn analysis corrects a message against the
 * corpus and this text together, so a misspelt sign word becomes the sign word ("swalowing" is
 * "swallowing", which no article uses) rather than the nearest article word. A prefix's forms
 * are in it only when they are English words ("numbness", not "numby").
 */
export function triageSpellingText(): string {
  if (spellingText === undefined) {
    const forms = partWords().flatMap((w) => (w.endsWith('*') ? formsOf(w).filter(isEnglishWord) : [w]));
    spellingText = [...new Set([...forms, ...MORE_TRIAGE_WORDS].filter(isPlainWord))].join(' ');
  }
  return spellingText;
}

// A function word or a token with a digit ("b12") is never a typo.
const neverATypo = (word: string): boolean => ENGLISH_FUNCTION_WORDS.has(word) || /\d/.test(word);

/**
 * Four-letter words are below the corrector's usual reach (lib/text's allowedEdits), yet "blod"
 * and "pian" are how blood and pain get typed. Against triage's own words only, and for a word no
 * English dictionary knows, one edit is safe: a real word ("bold", "plan") is never touched.
 */
const SHORT_TYPO_LENGTH = 4;
const SHORT_TYPO_EDITS = 1;
const SHORT_CANDIDATES: CandidateRules = { minLength: SHORT_TYPO_LENGTH, samePrefixShape: true };

// Triage words by how many part phrases use them: a tie goes to the word the signs lean on most
// ("blod" is "blood", not "bled").
let shortCandidates: { byLength: WordsByLength; phrasesUsing: ReadonlyMap<string, number> } | undefined;

function repairShortWord(word: string): string | undefined {
  if (word.length !== SHORT_TYPO_LENGTH || neverATypo(word) || isEnglishWord(word)) return undefined;
  if (!shortCandidates) {
    const phrasesUsing = new Map<string, number>();
    for (const w of triageWords()) phrasesUsing.set(w, (phrasesUsing.get(w) ?? 0) + 1);
    shortCandidates = { byLength: wordsByLength(phrasesUsing.keys()), phrasesUsing };
  }
  const { byLength, phrasesUsing } = shortCandidates;
  return closestWord(nearWords(word, byLength, SHORT_TYPO_EDITS, SHORT_CANDIDATES), (w) => phrasesUsing.get(w) ?? 0);
}

let vocabulary: SpellingVocabulary | undefined;

function triageVocabulary(): SpellingVocabulary {
  if (!vocabulary) {
    // Common English words count 0: known, so left alone, but a triage word wins a tie.
    const uses = new Map<string, number>(COMMON_ENGLISH_WORDS.map((w) => [w, 0]));
    for (const w of triageWords()) uses.set(w, 1);
    vocabulary = countedVocabulary(uses, wordsByLength(uses.keys()), TRIAGE_CANDIDATES, neverATypo);
  }
  return vocabulary;
}

// Repairs by word, most recently used kept: the words are the users' own, so the count is capped.
const MAX_REMEMBERED_WORDS = 5_000;
const repairedWords = new LruCache<string, string>(MAX_REMEMBERED_WORDS);

function repairWord(word: string): string {
  // A contraction ("couldn't") was spelt out by triage itself.
  if (word.includes("'")) return word;
  return repairedWords.remember(word, () => correctWord(word, triageVocabulary(), { trustEnglishDictionary: true }) ?? repairShortWord(word) ?? word);
}

/** The text with each misspelt word replaced by the closest triage (or common English) word. */
export function repairTriageTypos(text: string): string {
  return text.replace(/[a-z]+(?:'[a-z]+)*/g, repairWord);
}
