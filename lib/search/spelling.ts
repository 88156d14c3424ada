import { countedVocabulary, correctWord as correctAgainst, wordsByLength, type CandidateRules, type SpellingVocabulary } from '@/lib/text';
import { analyzeText, STOP_WORDS } from './analyze';

/**
 * The search index's words as a vocabulary for lib/text's spelling corrector: misspelled query
 * words are corrected against the words the index actually contains (plus the expansion
 * vocabulary). Works on surface words, not stems: "numbess" is one edit from "numbness" but far
 * from its stem "numb".
 */

/**
 * Short words are one edit from many other real words ("plain" / "pain"), so a correction is
 * never shorter than this, just as a word this short is never corrected. A candidate keeps the
 * typed word's first letter (or its first two swapped).
 */
const INDEX_CANDIDATES: CandidateRules = { minLength: 5, samePrefixShape: true };

export type SpellingLexicon = {
  /** Surface word -> how many passages use it (vocabulary-only words count 0). */
  frequency: ReadonlyMap<string, number>;
  /** Analyzed terms of every known word: a word whose terms are all here is a real word. */
  stems: ReadonlySet<string>;
  /** The words as the corrector reads them. */
  vocabulary: SpellingVocabulary;
};

// A stop word or a token with a digit ("b12", "2mg") is never a typo.
const neverATypo = (word: string) => STOP_WORDS.has(word) || /\d/.test(word);

export function buildSpellingLexicon(frequency: ReadonlyMap<string, number>): SpellingLexicon {
  const stems = new Set<string>();
  for (const w of frequency.keys()) for (const t of analyzeText(w)) stems.add(t);
  const byLength = wordsByLength([...frequency.keys()].filter((w) => !STOP_WORDS.has(w)));
  return { frequency, stems, vocabulary: countedVocabulary(frequency, byLength, INDEX_CANDIDATES, neverATypo) };
}

/**
 * The closest known word, or undefined when the word is known, too short to correct safely,
 * or has no candidate within the allowed edits. Ties go to the more frequent word, then the
 * alphabetically first (deterministic). The caller asks the English dictionary itself.
 */
export function correctWord(word: string, lexicon: SpellingLexicon): string | undefined {
  return correctAgainst(word, lexicon.vocabulary, { trustEnglishDictionary: false });
}
