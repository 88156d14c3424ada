import { COMMON_ENGLISH_WORDS } from '@/lib/text/english-words';
import { LruCache } from '@/lib/lru';
import { buildSpellingLexicon, correctWord, type SpellingLexicon } from '@/lib/search/spelling';
import { PARTS } from './sign-words';

/**
 * Typos in a message repaired against the triage vocabulary, with the project's spelling
 * corrector (lib/search/spelling): "breahting" → "breathing", "numbess" → "numbness". Ordinary
 * English words are known words, so they stay as written ("dropping" is not "drooping").
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

// Real words one letter from a triage word: they are never "repaired" into it.
const REAL_WORDS = ['dropping', 'painted', 'painting', 'breath', 'breaths', 'ladder', 'brother', 'slurped', 'regular', 'collapse'];

// A prefix phrase ("sprint*") stands for its word's usual forms.
const PREFIX_FORMS = ['', 's', 'ing', 'ed', 'er', 'ness', 'y'];

function triageWords(): string[] {
  const fromParts = Object.values(PARTS).flatMap((phrases) => phrases.flatMap((p) => p.split(' ')));
  const forms = fromParts.flatMap((w) => (w.endsWith('*') ? PREFIX_FORMS.map((end) => `${w.slice(0, -1)}${end}`) : [w]));
  return [...forms, ...MORE_TRIAGE_WORDS].filter((w) => /^[a-z]+$/.test(w));
}

let lexicon: SpellingLexicon | undefined;

function triageLexicon(): SpellingLexicon {
  if (!lexicon) {
    // Known English words count 0: known, so left alone, but a triage word wins a tie.
    const frequency = new Map<string, number>([...COMMON_ENGLISH_WORDS, ...REAL_WORDS].map((w) => [w, 0]));
    for (const w of triageWords()) frequency.set(w, 1);
    lexicon = buildSpellingLexicon(frequency);
  }
  return lexicon;
}

// Repairs by word, most recently used kept: the words are the users' own, so the count is capped.
const MAX_REMEMBERED_WORDS = 5_000;
const repairedWords = new LruCache<string, string>(MAX_REMEMBERED_WORDS);

function repairWord(word: string): string {
  return repairedWords.remember(word, () => correctWord(word, triageLexicon()) ?? word);
}

/** The text with each misspelt word replaced by the closest triage (or English) word. */
export function repairTriageTypos(text: string): string {
  return text.replace(/[a-z]+/g, repairWord);
}
