/** Whether an answer names an expected fact, on the gold sets' definition. */
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import type { Passage } from '@/lib/corpus/schema';
import { containsPhrase } from '@/tests/gold/match';
import type { Expectation } from '@/tests/gold/schema';
import { stripMarkers, wordsOf } from './answer-text';

const STOP_WORDS = new Set(englishStopWords.map((w) => w.toLowerCase()));
export const FACT_OVERLAP = 0.6;

/** Content words: >= 3 characters, not an English stop word, a plural "s" folded ("legs" = "leg"). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(text)) {
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w);
  }
  return out;
}

/** Sentences of the corpus passages (a table row's cells count as sentences). */
export type CorpusSentence = { docId: string; text: string };

export function corpusSentences(passages: readonly Passage[]): CorpusSentence[] {
  const seen = new Set<string>();
  const out: CorpusSentence[] = [];
  for (const p of passages) {
    for (const text of p.text.split(/(?<=[.!?]["')\]]?)\s+(?=["'(]?[A-Z0-9])|\n+/)) {
      const key = `${p.docId}\u0000${text.trim()}`;
      if (text.trim() === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({ docId: p.docId, text: text.trim() });
    }
  }
  return out;
}

export type FactMatch = 'phrase' | 'overlap' | null;

/**
 * How an answer names a gold question's fact: 'phrase' when the answer (markers removed) contains
 * an expected phrase at a word start; 'overlap' when it holds >= 60% of the content words of a
 * corpus sentence that contains an expected phrase (from the expectation's document when it names
 * one); otherwise null.
 */
export function namesExpectedFact(answer: string, expect: readonly Expectation[], sentences: readonly CorpusSentence[]): FactMatch {
  const text = stripMarkers(answer);
  if (expect.some((e) => e.any.some((phrase) => containsPhrase(text, phrase)))) return 'phrase';
  const answerWords = contentWords(text);
  const covered = (sentence: string) => {
    const words = [...contentWords(sentence)];
    return words.length > 0 && words.filter((w) => answerWords.has(w)).length / words.length >= FACT_OVERLAP;
  };
  const holding = sentences.filter((s) =>
    expect.some((e) => (e.docId === undefined || e.docId === s.docId) && e.any.some((phrase) => containsPhrase(s.text, phrase))),
  );
  return holding.some((s) => covered(s.text)) ? 'overlap' : null;
}

export const FACT_DEFINITION =
  "names the fact: the answer (markers removed) contains one of the question's expected phrases " +
  '(case-insensitive, at a word start), or its content words cover >= 60% of the content words of a ' +
  "corpus sentence holding an expected phrase (in the expectation's document if it names one). " +
  'Content words: letters/digits, >= 3 chars, not an Orama English stop word, plural "s" folded.';
