import { LruCache } from '@/lib/lru';
import { splitWords, STOP_WORDS } from '@/lib/search/analyze';
import { vocabularyPhrases } from '@/lib/search/expansion';
import { allowedEdits, editDistance, isEnglishWord } from '@/lib/text';
import { GENERIC_WORDS } from './common-words';

/**
 * Spelling correction of a question against the words of the passages it is answered from, and
 * the search vocabulary. A turn corrects against two or three passage sets; each passage's words
 * are counted once and kept, and a word's near neighbours in the (fixed) vocabulary are kept per
 * word, so a set of passages costs little more than looking its passages up.
 */

// Ordinary words ("since", "lately") are never typos, whatever the passages say.
const COMMON_WORDS = new Set(GENERIC_WORDS);

let vocabularyWords: Set<string> | undefined;

// Surface words of the search vocabulary: real words even when no passage uses them.
function knownVocabularyWords(): Set<string> {
  vocabularyWords ??= new Set(vocabularyPhrases().flatMap((a) => splitWords(a.phrase)));
  return vocabularyWords;
}

/** Candidate words (at least 3 letters) by length, so a word is compared with near lengths only. */
function bucketByLength(words: Iterable<string>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    if (w.length < 3) continue;
    const bucket = byLength.get(w.length) ?? [];
    bucket.push(w);
    byLength.set(w.length, bucket);
  }
  return byLength;
}

let vocabularyBuckets: Map<number, string[]> | undefined;

function vocabularyByLength(): Map<number, string[]> {
  vocabularyBuckets ??= bucketByLength(knownVocabularyWords());
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
    words = { counts, foreign: bucketByLength([...counts.keys()].filter((w) => !vocabulary.has(w))) };
    if (wordsByText.size >= MAX_MEMOISED_TEXTS) wordsByText.clear();
    wordsByText.set(text, words);
  }
  return words;
}

/** What correcting against one set of texts needs (a turn asks up to 3 times). */
type SpellingContext = {
  texts: readonly TextWords[];
  /** Corrections already worked out (null: none found). */
  corrected: Map<string, string | null>;
};

const MAX_SPELLING_CONTEXTS = 8;
const spellingContexts = new LruCache<string, SpellingContext>(MAX_SPELLING_CONTEXTS);

// A long-lived list (the whole corpus, corrected against every turn) is found by identity, not joined each time.
const contextsByList = new WeakMap<readonly string[], SpellingContext>();

function spellingContext(against: readonly string[]): SpellingContext {
  const known = contextsByList.get(against);
  if (known) return known;
  const context = spellingContexts.remember(against.join('\u0000'), () => ({ texts: against.map(textWords), corrected: new Map() }));
  contextsByList.set(against, context);
  return context;
}

// Corrections are keyed by the users' own words: a long-lived context forgets them past this.
const MAX_CORRECTIONS_PER_CONTEXT = 5_000;

const usedIn = (context: SpellingContext, word: string) => context.texts.some((t) => t.counts.has(word));

/** How often the texts use a word, all together. */
function uses(context: SpellingContext, word: string): number {
  let total = 0;
  for (const t of context.texts) total += t.counts.get(word) ?? 0;
  return total;
}

/**
 * The text with misspelt words replaced by the closest word the given texts (or the vocabulary)
 * use: "magnesuim defficiency" → "magnesium deficiency". Words it knows are left alone, and so is
 * any correctly spelt English word: only a word neither the texts nor the dictionary know is a typo.
 */
export function correctSpelling(text: string, against: readonly string[]): string {
  const context = spellingContext(against);
  const vocabulary = knownVocabularyWords();
  return text.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    if (usedIn(context, lower) || vocabulary.has(lower) || STOP_WORDS.has(lower) || COMMON_WORDS.has(lower) || isEnglishWord(word)) return word;
    let fixed = context.corrected.get(lower);
    if (fixed === undefined) {
      fixed = closestWord(lower, context) ?? null;
      if (context.corrected.size >= MAX_CORRECTIONS_PER_CONTEXT) context.corrected.clear();
      context.corrected.set(lower, fixed);
    }
    return fixed ?? word;
  });
}

type Near = { word: string; distance: number };

// Vocabulary words within reach of a word, most recently used kept: the words are the users' own, so the count is capped.
const MAX_REMEMBERED_WORDS = 5_000;
const nearVocabularyByWord = new LruCache<string, readonly Near[]>(MAX_REMEMBERED_WORDS);

function nearVocabulary(word: string, max: number): readonly Near[] {
  return nearVocabularyByWord.remember(word, () => {
    const found: Near[] = [];
    const vocabulary = vocabularyByLength();
    for (let length = word.length - max; length <= word.length + max; length += 1) {
      for (const candidate of vocabulary.get(length) ?? []) {
        const distance = editDistance(word, candidate, max);
        if (distance <= max) found.push({ word: candidate, distance });
      }
    }
    return found;
  });
}

/**
 * The known word fewest edits away (then the most used, then the first alphabetically). That
 * order is total, so it does not matter in what order candidates are met, or if one is met twice.
 */
function closestWord(word: string, context: SpellingContext): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: { word: string; distance: number; uses: number } | undefined;
  const consider = (candidate: string, distance: number) => {
    const used = uses(context, candidate);
    if (!best || distance < best.distance || (distance === best.distance && (used > best.uses || (used === best.uses && candidate < best.word)))) {
      best = { word: candidate, distance, uses: used };
    }
  };
  for (const text of context.texts) {
    for (let length = word.length - max; length <= word.length + max; length += 1) {
      for (const candidate of text.foreign.get(length) ?? []) {
        const distance = editDistance(word, candidate, max);
        if (distance <= max) consider(candidate, distance);
      }
    }
  }
  for (const near of nearVocabulary(word, max)) consider(near.word, near.distance);
  return best?.word;
}
