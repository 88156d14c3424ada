import { allowedEdits, editDistance } from './edit-distance';
import { isEnglishWord } from './english-dictionary';

/**
 * The one spelling corrector: a word checked against a vocabulary the caller supplies (the
 * passages of a turn, the search index's words, the triage words), with the bounded edit
 * distance and the English dictionary of this stage. The corrector knows no corpus: each caller
 * says which words are known, which are candidates and how often each is used.
 */

/** Candidate corrections by length, so a word is compared with words of near lengths only. */
export type WordsByLength = ReadonlyMap<number, readonly string[]>;

/** Words too short to be a candidate: a word under three letters is one edit from far too many. */
const MIN_CANDIDATE_LENGTH = 3;

/** Buckets candidate words (of three letters or more) by length. */
export function wordsByLength(words: Iterable<string>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    if (w.length < MIN_CANDIDATE_LENGTH) continue;
    const bucket = byLength.get(w.length) ?? [];
    bucket.push(w);
    byLength.set(w.length, bucket);
  }
  return byLength;
}

/** A candidate correction and how many edits it is from the typed word. */
export type NearWord = { word: string; distance: number };

/** Which candidates a vocabulary admits beyond being within reach. */
export type CandidateRules = {
  /** No correction is shorter than this. */
  minLength: number;
  /**
   * A candidate starts with the typed word's first letter, or its first two letters swapped:
   * typists rarely get the first letter wrong, while a real word missing from a small vocabulary
   * often sits one first-letter edit from a known one ("eases" / "cases").
   */
  samePrefixShape: boolean;
};

const ANY_CANDIDATE: CandidateRules = { minLength: 0, samePrefixShape: false };

function samePrefixShape(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]);
}

/** The words of `byLength` at most `max` edits from `word`, that the rules admit. */
export function nearWords(word: string, byLength: WordsByLength, max: number, rules: CandidateRules = ANY_CANDIDATE): NearWord[] {
  const found: NearWord[] = [];
  for (let length = word.length - max; length <= word.length + max; length += 1) {
    if (length < rules.minLength) continue;
    for (const candidate of byLength.get(length) ?? []) {
      if (rules.samePrefixShape && !samePrefixShape(word, candidate)) continue;
      const distance = editDistance(word, candidate, max);
      if (distance <= max) found.push({ word: candidate, distance });
    }
  }
  return found;
}

/**
 * The candidate fewest edits away, then the most used, then the first alphabetically. That order
 * is total, so it does not matter in what order candidates are met, or if one is met twice.
 */
export function closestWord(candidates: Iterable<NearWord>, uses: (word: string) => number): string | undefined {
  let best: { word: string; distance: number; uses: number } | undefined;
  for (const { word, distance } of candidates) {
    const used = uses(word);
    if (!best || distance < best.distance || (distance === best.distance && (used > best.uses || (used === best.uses && word < best.word)))) {
      best = { word, distance, uses: used };
    }
  }
  return best?.word;
}

/** What a caller corrects against. Words are passed in lower case. */
export type SpellingVocabulary = {
  /** True for a word that is never a typo (a word of the vocabulary, a stop word). */
  knows(word: string): boolean;
  /** The vocabulary's words within `max` edits of a word. */
  candidates(word: string, max: number): Iterable<NearWord>;
  /** How often the vocabulary uses a word: breaks a tie between candidates equally far. */
  uses(word: string): number;
};

export type SpellingRules = {
  /** A correctly spelt English word (Hunspell's dictionary) is never a typo, whatever the vocabulary lacks. */
  trustEnglishDictionary: boolean;
};

/**
 * The vocabulary's word closest to a misspelt one, or undefined when the word is known, too short
 * to correct safely (lib/text's allowedEdits) or has no candidate within reach.
 */
export function correctWord(word: string, vocabulary: SpellingVocabulary, rules: SpellingRules): string | undefined {
  const lower = word.toLowerCase();
  if (vocabulary.knows(lower) || (rules.trustEnglishDictionary && isEnglishWord(word))) return undefined;
  const max = allowedEdits(lower.length);
  if (max === 0) return undefined;
  return closestWord(vocabulary.candidates(lower, max), (w) => vocabulary.uses(w));
}

/** A vocabulary of one word list with use counts (words counted 0 are known but never preferred). */
export function countedVocabulary(
  frequency: ReadonlyMap<string, number>,
  byLength: WordsByLength,
  rules: CandidateRules,
  alsoKnown: (word: string) => boolean,
): SpellingVocabulary {
  return {
    knows: (word) => frequency.has(word) || alsoKnown(word),
    candidates: (word, max) => nearWords(word, byLength, max, rules),
    uses: (word) => frequency.get(word) ?? 0,
  };
}
