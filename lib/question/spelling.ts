import { LruCache } from '@/lib/lru';
import { splitWords, STOP_WORDS, vocabularyPhrases } from '@/lib/search';
import { correctWord, nearWords, wordsByLength, type NearWord, type SpellingVocabulary } from '@/lib/text';
import { GENERIC_WORDS } from '@/lib/vocabulary';

/**
 * Spelling correction of a question against the words of the passages it is answered from, and
 * the search vocabulary, with lib/text's corrector. A turn corrects against two or three passage
 * sets; each passage's words are counted once and kept, and a word's near neighbours in the
 * (fixed) vocabulary are kept per word, so a set of passages costs little more than looking its
 * passages up.
 */

// Ordinary words ("since", "lately") are never typos, whatever the passages say.
const COMMON_WORDS = new Set(GENERIC_WORDS);

let vocabularyWords: Set<string> | undefined;

// Surface words of the search vocabulary: real words even when no passage uses them.
function knownVocabularyWords(): Set<string> {
  vocabularyWords ??= new Set(vocabularyPhrases().flatMap((a) => splitWords(a.phrase)));
  return vocabularyWords;
}

let vocabularyBuckets: Map<number, string[]> | undefined;

function vocabularyByLength(): Map<number, string[]> {
  vocabularyBuckets ??= wordsByLength(knownVocabularyWords());
  return vocabularyBuckets;
}

/** One text's words: how often each occurs, and those the vocabulary lacks, by length. */
type TextWords = { counts: ReadonlyMap<string, number>; foreign: ReadonlyMap<number, readonly string[]> };

// Passages come back turn after turn; counting their words is most of preparing a correction.
const MAX_MEMOISED_TEXTS = 1_000;
const wordsByText = new Map<string, TextWords>();

function textWords(text: string): TextWords {
  let words = wordsByText.get(text);
  if (words === undefined) {
    const counts = new Map<string, number>();
    for (const w of splitWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const vocabulary = knownVocabularyWords();
    words = { counts, foreign: wordsByLength([...counts.keys()].filter((w) => !vocabulary.has(w))) };
    if (wordsByText.size >= MAX_MEMOISED_TEXTS) wordsByText.clear();
    wordsByText.set(text, words);
  }
  return words;
}

/** What correcting against one set of texts needs (a turn asks up to 3 times). */
type SpellingContext = {
  vocabulary: SpellingVocabulary;
  /** Words already read, as typed, and what they become (null: left alone). */
  corrected: Map<string, string | null>;
};

// Vocabulary words within reach of a word, most recently used kept: the words are the users' own, so the count is capped.
const MAX_REMEMBERED_WORDS = 5_000;
const nearVocabularyByWord = new LruCache<string, readonly NearWord[]>(MAX_REMEMBERED_WORDS);

function nearVocabulary(word: string, max: number): readonly NearWord[] {
  return nearVocabularyByWord.remember(word, () => nearWords(word, vocabularyByLength(), max));
}

/** Each word's uses in all the texts together. */
function mergedCounts(texts: readonly TextWords[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const [word, n] of t.counts) counts.set(word, (counts.get(word) ?? 0) + n);
  return counts;
}

/**
 * The texts and the search vocabulary as one vocabulary: a word's uses are counted in the texts.
 * The texts' counts and words are merged once per context: the whole-corpus context would
 * otherwise look a word up in every passage's map and compare it with a word each passage shares.
 */
function textsVocabulary(texts: readonly TextWords[]): SpellingVocabulary {
  const vocabulary = knownVocabularyWords();
  const counts = mergedCounts(texts);
  const foreign = wordsByLength(new Set(texts.flatMap((t) => [...t.foreign.values()].flat())));
  return {
    knows: (word) => counts.has(word) || vocabulary.has(word) || STOP_WORDS.has(word) || COMMON_WORDS.has(word),
    candidates: (word, max) => [...nearWords(word, foreign, max), ...nearVocabulary(word, max)],
    uses: (word) => counts.get(word) ?? 0,
  };
}

const MAX_SPELLING_CONTEXTS = 8;
const spellingContexts = new LruCache<string, SpellingContext>(MAX_SPELLING_CONTEXTS);

// A long-lived list (the whole corpus, corrected against every turn) is found by identity, not joined each time.
const contextsByList = new WeakMap<readonly string[], SpellingContext>();

function spellingContext(against: readonly string[]): SpellingContext {
  const known = contextsByList.get(against);
  if (known) return known;
  const context = spellingContexts.remember(against.join('\u0000'), () => ({ vocabulary: textsVocabulary(against.map(textWords)), corrected: new Map() }));
  contextsByList.set(against, context);
  return context;
}

// Corrections are keyed by the users' own words: a long-lived context forgets them past this.
const MAX_CORRECTIONS_PER_CONTEXT = 5_000;

/**
 * The text with misspelt words replaced by the closest word the given texts (or the vocabulary)
 * use: "magnesuim defficiency" → "magnesium deficiency". Words it knows are left alone, and so is
 * any correctly spelt English word: only a word neither the texts nor the dictionary know is a typo.
 */
export function correctSpelling(text: string, against: readonly string[]): string {
  const context = spellingContext(against);
  return text.replace(/[A-Za-z]+/g, (word) => {
    let fixed = context.corrected.get(word);
    if (fixed === undefined) {
      fixed = correctWord(word, context.vocabulary, { trustEnglishDictionary: true }) ?? null;
      if (context.corrected.size >= MAX_CORRECTIONS_PER_CONTEXT) context.corrected.clear();
      context.corrected.set(word, fixed);
    }
    return fixed ?? word;
  });
}
