/**
 * The shape of an answer as a reader meets it: its first sentence, its length in words, and
 * whether two of its sentences say the same thing.
 */
import { answerSentences, modelText, stripMarkers, wordsOf } from './answer-text';
import { contentWords } from './facts';

/** The answer's sentences as read: server notices, markers and bullets removed. */
export function readSentences(answer: string): string[] {
  return answerSentences(modelText(answer))
    .map((s) => stripMarkers(s.text))
    .filter((s) => wordsOf(s).length > 0);
}

export function firstSentenceOf(answer: string): string {
  return readSentences(answer)[0] ?? '';
}

export function wordCount(answer: string): number {
  return wordsOf(stripMarkers(modelText(answer))).length;
}

/**
 * Two sentences say the same thing when the content words of the shorter are mostly (>= 60%) in
 * the longer one, and it has at least four of them (shorter ones are too small to judge).
 */
export const REPEAT_OVERLAP = 0.6;
const MIN_REPEAT_WORDS = 4;

export function sayTheSame(a: string, b: string): boolean {
  const [small, large] = [contentWords(a), contentWords(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size < MIN_REPEAT_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return shared / small.size >= REPEAT_OVERLAP;
}

/** The first pair of sentences in the answer that say the same thing, or null. */
export function repeatedPair(answer: string): [string, string] | null {
  const sentences = readSentences(answer);
  for (let i = 0; i < sentences.length; i += 1) {
    for (let j = i + 1; j < sentences.length; j += 1) {
      const a = sentences[i] as string;
      const b = sentences[j] as string;
      if (sayTheSame(a, b)) return [a, b];
    }
  }
  return null;
}

export const REPEAT_DEFINITION =
  'repeat: two sentences of one answer (markers removed) where >= 60% of the content words of the ' + 'shorter (which has >= 4) are in the other.';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
