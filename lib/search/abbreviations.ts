import type { Passage } from '@/lib/corpus/schema';

/**
 * Words a corpus writes only in capitals ("PAD", "MS", "ATP") are abbreviations, not the everyday
 * word they spell: "tablet" must not reach peripheral artery disease through "pad". WordNet files an
 * abbreviation in the synset of what it stands for ("MS, multiple sclerosis"), so such a word keeps
 * only the senses that hold its expansion.
 */

const CAPITALS = /\b[A-Z][A-Z0-9]+\b/g;
const WORD = /\b[\p{L}\p{N}]+\b/gu;

/** Lowercased words that occur in the passages, and only ever in capitals. */
export function capitalOnlyWords(passages: readonly Passage[]): Set<string> {
  const capital = new Set<string>();
  const otherwise = new Set<string>();
  for (const p of passages) {
    for (const text of [p.title, ...p.headings, p.text]) {
      for (const [w] of text.matchAll(CAPITALS)) capital.add(w.toLowerCase());
      for (const [w] of text.matchAll(WORD)) if (w !== w.toUpperCase()) otherwise.add(w.toLowerCase());
    }
  }
  return new Set([...capital].filter((w) => !otherwise.has(w)));
}

/**
 * Whether the letters of `short` spell the phrase's words: each word's first letter in turn, with
 * further letters taken from inside the word ("atp": adenosine triphosphate, "emg": electromyogram).
 */
export function abbreviates(short: string, phrase: string): boolean {
  const words = phrase.split(/[\s-]+/).filter((w) => w !== '');
  // One word spells an abbreviation too ("electromyogram", EMG), but not the word itself.
  if (words.length === 0 || (words.length === 1 && words[0]!.length <= short.length + 2)) return false;
  let at = 0;
  for (const [k, word] of words.entries()) {
    if (word[0] !== short[at]) return false;
    at += 1;
    // Letters the later words' initials need stay theirs.
    const reserved = words.length - 1 - k;
    for (let i = 1; i < word.length && at < short.length - reserved; i++) if (word[i] === short[at]) at += 1;
  }
  return at === short.length;
}
