/**
 * Finds the sentence(s) of a cited passage that an answer sentence rests on, so a citation preview
 * can show the exact words rather than the passage's opening. Sentences come from the browser's
 * own Intl.Segmenter; overlap is counted on lower-cased words of three or more letters.
 */

export type QuoteFocus = {
  /** Text before the cited sentence (cut to a little context). */
  before: string;
  /** The best-matching quote sentence, shown highlighted. */
  sentence: string;
  /** Text after the cited sentence (cut to a little context). */
  after: string;
};

export const quoteFocusSettings = {
  /** Characters of context kept on each side of the highlighted sentence. */
  contextChars: 90,
  /** Words shorter than this carry too little meaning to count as overlap. */
  minWordLength: 3,
} as const;

const MARKER = /\[(\d{1,3})\]/g;

function sentencesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment).filter((s) => s.trim().length > 0);
}

function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= quoteFocusSettings.minWordLength));
}

/** The answer sentence(s) that carry marker [n], markers removed. */
export function sentencesCiting(answer: string, n: number): string[] {
  return sentencesOf(answer)
    .filter((sentence) => [...sentence.matchAll(MARKER)].some((m) => Number(m[1]) === n))
    .map((sentence) => sentence.replace(MARKER, ''));
}

function trimStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function trimEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/**
 * The quote sentence with the largest word overlap with the answer sentences citing it, with a
 * little context either side. Ties keep the earlier sentence; no overlap at all keeps the first.
 */
export function focusQuote(quote: string, citingSentences: string[]): QuoteFocus {
  const clean = quote.replace(/\s+/g, ' ').trim();
  const sentences = sentencesOf(clean);
  const answerWords = wordsOf(citingSentences.join(' '));
  let best = 0;
  let bestScore = -1;
  sentences.forEach((sentence, index) => {
    let score = 0;
    for (const word of wordsOf(sentence)) if (answerWords.has(word)) score += 1;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  const max = quoteFocusSettings.contextChars;
  return {
    before: trimStart(sentences.slice(0, best).join(''), max),
    sentence: (sentences[best] ?? clean).trim(),
    after: trimEnd(
      sentences
        .slice(best + 1)
        .join('')
        .trim(),
      max,
    ),
  };
}
