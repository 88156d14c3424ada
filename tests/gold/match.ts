import type { Expectation } from './schema';

/** Case, quote style, dash style and spacing must not decide whether a fact is present. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordChar = /[a-z0-9]/;

/**
 * True when `phrase` occurs in `text` starting at a word start: "disc" matches "discs",
 * but "pica" does not match "typically". Both sides are normalised first.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const haystack = normalizeForMatch(text);
  const needle = normalizeForMatch(phrase);
  if (needle === '') return false;
  const needsBoundary = wordChar.test(needle[0] ?? '');
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!needsBoundary || at === 0 || !wordChar.test(haystack[at - 1] ?? '')) return true;
  }
  return false;
}

export type MatchablePassage = { docId: string; text: string };

/** A passage answers a gold question when it satisfies at least one expectation. */
export function passageMatches(passage: MatchablePassage, expect: readonly Expectation[]): boolean {
  return expect.some((e) => (e.docId === undefined || e.docId === passage.docId) && e.any.some((phrase) => containsPhrase(passage.text, phrase)));
}
