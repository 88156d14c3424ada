/**
 * The one English stemmer: Orama's Porter stemmer, the one the search index is built with, so
 * the guard, the answer side and search agree on what "causes", "caused" and "causing" share.
 */
import { components } from '@orama/orama';

const porter = components.tokenizer.createTokenizer({ language: 'english', stemming: true }).stemmer;
if (!porter) throw new Error('Orama did not provide an English stemmer');
const porterStem = porter;

/**
 * Remembered stems. Corpus and vocabulary words (a few thousand) stay; the bound only keeps a
 * stream of odd user words from growing it for ever. A Map cleared when full: on this
 * vocabulary-bounded key set a hit costs about half of an LRU's (docs/decisions/0005).
 */
const MAX_MEMOISED_STEMS = 50_000;
const stems = new Map<string, string>();

/** The Porter stem of a lower-case word. */
export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    if (stems.size >= MAX_MEMOISED_STEMS) stems.clear();
    known = porterStem(word);
    stems.set(word, known);
  }
  return known;
}
