import { allowedEdits, editDistance } from '@/lib/text';
import { analyzeText, STOP_WORDS } from './analyze';

export { allowedEdits, editDistance } from '@/lib/text';

/**
 * Corrects misspelled query words against the words the index actually contains (plus the
 * expansion vocabulary). Works on surface words, not stems: "numbess" is one edit from
 * "numbness" but far from its stem "numb".
 */

/**
 * Short words are one edit from many other real words ("plain" / "pain"), so a correction is
 * never shorter than this, just as a word this short is never corrected.
 */
const MIN_CORRECTION_LENGTH = 5;

export type SpellingLexicon = {
  /** Surface word -> how many passages use it (vocabulary-only words count 0). */
  frequency: ReadonlyMap<string, number>;
  /** Words bucketed by length, for a quick candidate scan. */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** Analyzed terms of every known word: a word whose terms are all here is a real word. */
  stems: ReadonlySet<string>;
};

export function buildSpellingLexicon(frequency: ReadonlyMap<string, number>): SpellingLexicon {
  const byLength = new Map<number, string[]>();
  const stems = new Set<string>();
  for (const w of frequency.keys()) {
    for (const t of analyzeText(w)) stems.add(t);
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    const bucket = byLength.get(w.length) ?? [];
    bucket.push(w);
    byLength.set(w.length, bucket);
  }
  return { frequency, byLength, stems };
}

/**
 * Typists rarely get the first letter wrong, while a real word that is missing from the lexicon
 * often sits one first-letter edit from a known one ("eases" / "cases"). A candidate must start
 * with the same letter, or with the first two letters swapped.
 */
function samePrefixShape(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]);
}

/**
 * The closest known word, or undefined when the word is known, too short to correct safely,
 * or has no candidate within the allowed edits. Ties go to the more frequent word, then the
 * alphabetically first (deterministic).
 */
export function correctWord(word: string, lexicon: SpellingLexicon): string | undefined {
  if (lexicon.frequency.has(word) || STOP_WORDS.has(word) || /\d/.test(word)) return undefined;
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: { word: string; distance: number; freq: number } | undefined;
  for (let len = word.length - max; len <= word.length + max; len++) {
    if (len < MIN_CORRECTION_LENGTH) continue;
    for (const candidate of lexicon.byLength.get(len) ?? []) {
      if (!samePrefixShape(word, candidate)) continue;
      const distance = editDistance(word, candidate, max);
      if (distance > max) continue;
      const freq = lexicon.frequency.get(candidate) ?? 0;
      const better = !best || distance < best.distance || (distance === best.distance && (freq > best.freq || (freq === best.freq && candidate < best.word)));
      if (better) best = { word: candidate, distance, freq };
    }
  }
  return best?.word;
}
