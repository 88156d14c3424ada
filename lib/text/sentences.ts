/**
 * The one sentence splitter, with offsets. A sentence ends at a whitespace run that holds a line
 * break, or that follows closing punctuation (with any quotes, brackets, emphasis marks and
 * citation markers after it: "… cramps [2]." and "… cramps. [2]"). A bracket after the
 * whitespace opens a marker that still belongs to the sentence before it.
 *
 * Two styles, one rule set:
 * - `prose` (the articles): the next sentence must start with a capital or a digit (after an
 *   opening quote or parenthesis, if any), and a known abbreviation ("e.g.", "approx.", a single initial) ends none;
 * - `chat` (what people type and models write): lower-case starts are common ("i cant move it"),
 *   so any closing punctuation before whitespace ends a sentence.
 *
 * Built on a scan of whitespace runs rather than `Intl.Segmenter`: measured on the corpus, the
 * segmenter broke after "?" before a lower-case word, found no break in lower-case chat text and
 * was several times slower than the regexes it would replace (docs/decisions/0006-sentence-splitter.md).
 */

export type SentenceSpan = { start: number; end: number };
export type SentenceStyle = 'prose' | 'chat';

/** Where sentences end: cut positions (each after its whitespace run), and where a later scan resumes. */
export type SentenceCuts = { cuts: number[]; resumeAt: number };

/** Abbreviations whose full stop ends no sentence in prose; a single letter is an initial ("Vitamin D. Levels" stays whole). */
const ABBREVIATIONS = 'e.g i.e u.s etc vs approx dr mr mrs ms prof jr sr st no fig cf incl min max mg mcg'.split(' ');
const ABBREVIATION_END = new RegExp(`\\b(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')}|[a-z])\\.$`, 'i');
/** Longer than any abbreviation with the character before it, so the word boundary is seen. */
const ABBREVIATION_LOOKBEHIND = 12;

const CLOSERS = `["'”’)\\]*_]*`;
/** Closing punctuation, then closers and citation markers, at the end of the text before a whitespace run. */
const SENTENCE_END = new RegExp(`[.!?…]${CLOSERS}(?:[ \\t]*\\[[\\d\\s,;\\-–]*\\])*${CLOSERS}$`);
/** Enough text before a whitespace run to see a sentence end with a few markers after it. */
const END_LOOKBEHIND = 48;
/** How a prose sentence starts. */
const PROSE_START = /^["'“‘(]?[\p{Lu}\p{Nd}]/u;
/** Whitespace runs that can end a sentence: after an end character, or holding a line break. */
const CANDIDATE_RUN = /(?<=[.!?…"'”’)\]*_])\s+|\s*\n\s*/g;

function endsSentence(text: string, runStart: number, runEnd: number, style: SentenceStyle): boolean {
  const before = text.slice(Math.max(0, runStart - END_LOOKBEHIND), runStart);
  if (!SENTENCE_END.test(before)) return false;
  // "… cramps. [2] Next": the marker still belongs to the sentence before it.
  // (A stream may hold only the "[" yet, so the bracket alone decides.)
  if (text[runEnd] === '[') return false;
  if (style === 'chat') return true;
  if (!PROSE_START.test(text.slice(runEnd, runEnd + 2))) return false;
  return !ABBREVIATION_END.test(text.slice(Math.max(0, runStart - ABBREVIATION_LOOKBEHIND), runStart));
}

/**
 * Sentence ends in `text` from `from` on (`from` at a whitespace run's start or after one). A run
 * that reaches the end of the text is not decided: the character after it may be a marker, so
 * `resumeAt` points at it for a scan once more text has come.
 */
export function sentenceCuts(text: string, style: SentenceStyle, from = 0): SentenceCuts {
  const resumeAt = trailingWhitespaceStart(text, from);
  const cuts: number[] = [];
  // Shared: set before each scan, which runs to its end synchronously.
  const runs = CANDIDATE_RUN;
  runs.lastIndex = from;
  for (let run = runs.exec(text); run && run.index < resumeAt; run = runs.exec(text)) {
    const runEnd = run.index + run[0].length;
    if (run[0].includes('\n') || endsSentence(text, run.index, runEnd, style)) cuts.push(runEnd);
  }
  runs.lastIndex = 0;
  return { cuts, resumeAt };
}

function trailingWhitespaceStart(text: string, from: number): number {
  let start = text.length;
  while (start > from && /\s/.test(text[start - 1] ?? '')) start -= 1;
  return start;
}

/** The pieces between cuts, whitespace kept: joined, they give the text back exactly. */
export function sentenceUnits(text: string, style: SentenceStyle): string[] {
  const { cuts } = sentenceCuts(text, style);
  const units: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    units.push(text.slice(start, cut));
    start = cut;
  }
  if (start < text.length) units.push(text.slice(start));
  return units;
}

/** Sentence offsets inside `text[from, to)`, trimmed of whitespace; empty sentences are left out. */
export function sentenceSpans(text: string, style: SentenceStyle, from = 0, to = text.length): SentenceSpan[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...sentenceCuts(slice, style).cuts, slice.length]) {
    const span = trimmed(slice, start, cut);
    if (span.end > span.start) spans.push({ start: from + span.start, end: from + span.end });
    start = cut;
  }
  return spans;
}

/** The sentences of `text`, trimmed, each with its own punctuation. */
export function splitSentences(text: string, style: SentenceStyle): string[] {
  return sentenceSpans(text, style).map((s) => text.slice(s.start, s.end));
}

function trimmed(text: string, from: number, to: number): SentenceSpan {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
