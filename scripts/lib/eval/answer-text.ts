/**
 * Reading an answer's text for the eval: markers, sentences, server notices, and whether the
 * quotes it cites support each sentence.
 */
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { TRIAGE_SERVER_TEXTS } from '@/lib/triage/notices';
import type { TurnResult } from '@/lib/chat/collect';
import { chatMetadataSchema, type Citation } from '@/lib/chat/metadata';
import { DOSE_NOTE } from '@/lib/chat/replies';
import { normalizeForMatch } from '@/tests/gold/match';

const MARKER = /\[(\d+)\]/g;

/** The answer with its [n] markers removed and the spacing they leave tidied. */
export function stripMarkers(text: string): string {
  return text
    .replace(MARKER, '')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

export function markersIn(text: string): number[] {
  return [...text.matchAll(MARKER)].map((m) => Number(m[1]));
}

// Texts the server writes around a model's answer; they cite nothing by design.
const SERVER_TEXTS = [...TRIAGE_SERVER_TEXTS, DOSE_NOTE];

/** The model-written part of an answer: the urgent notice and the dose note taken out. */
export function modelText(answer: string): string {
  return SERVER_TEXTS.reduce((text, fixed) => text.split(fixed).join(''), answer).trim();
}

/** One answer sentence and the text before each of its markers (a merged food list has several). */
export type AnswerSentence = { text: string; groups: Array<{ text: string; n: number }>; markers: number[] };

// A marker run ends a sentence when closing punctuation (or nothing) and then a space or the end follow.
const SENTENCE_END = /^(?:[.!?]+["'”’)\]]*)?(?=\s|$)/;
const BULLET = /^(?:[-*•]|\d+[.)])\s+/;

function toSentence(raw: string): AnswerSentence {
  const text = raw.trim().replace(BULLET, '');
  const groups: Array<{ text: string; n: number }> = [];
  let from = 0;
  for (const m of text.matchAll(MARKER)) {
    groups.push({ text: text.slice(from, m.index), n: Number(m[1]) });
    from = (m.index ?? 0) + m[0].length;
  }
  return { text, groups, markers: [...new Set(groups.map((g) => g.n))] };
}

/**
 * Cuts model text into sentences at marker runs followed by sentence punctuation or a line end:
 * "… weakness [2]. Next …" gives two. Text after the last marker is a sentence without a marker.
 */
export function answerSentences(text: string): AnswerSentence[] {
  const out: AnswerSentence[] = [];
  let start = 0;
  for (const run of text.matchAll(/(?:\[\d+\])+/g)) {
    const after = (run.index ?? 0) + run[0].length;
    const end = SENTENCE_END.exec(text.slice(after));
    if (!end) continue;
    out.push(toSentence(text.slice(start, after + end[0].length)));
    start = after + end[0].length;
  }
  const rest = text.slice(start);
  if (rest.trim() !== '') out.push(toSentence(rest));
  return out.filter((s) => s.text !== '');
}

/** Lowercase letter-and-digit words, after the gold set's normalisation (quotes, dashes, case). */
export function wordsOf(text: string): string[] {
  return normalizeForMatch(text).match(/[a-z0-9]+/g) ?? [];
}

function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

/** True when the words of `text`, in order, occur as one run in `quote`. */
export function quoteContains(quote: string, text: string): boolean {
  return containsWords(wordsOf(quote), wordsOf(text));
}

// "For iron, common dietary sources include red meat, lentils [1]; spinach [2]." and kin: the frame
// a table cell or labelled list item is rendered in. The subject comes from a heading or first column.
const TEMPLATE_HEAD = /^for ([^,]{1,60}),\s+/i;
const TEMPLATE_FRAME = /^(?:the\s+)?([^,:;]{1,60}?)(?:\s+(?:include|includes|is)\s+|:\s+)/i;

/** The comma/semicolon-separated items of a list value; commas inside brackets stay. */
function listItems(text: string): string[] {
  return text
    .split(/[,;](?![^()]*\))/)
    .map((item) =>
      item
        .trim()
        .replace(/^(?:and|or)\s+/i, '')
        .replace(/[.\s]+$/, ''),
    )
    .filter((item) => wordsOf(item).length > 0);
}

function templateSupported(sentence: AnswerSentence, quoteOf: (n: number) => string | undefined): boolean {
  const head = TEMPLATE_HEAD.exec(sentence.text);
  if (!head) return false;
  const quotes = sentence.markers.map(quoteOf);
  if (quotes.some((q) => q === undefined)) return false;
  let skip = head[0].length;
  const frame = TEMPLATE_FRAME.exec(sentence.text.slice(skip));
  if (frame?.[1]) {
    // The label is the passage's own column or item label, so it must be in one of the quotes.
    if (!quotes.some((q) => q !== undefined && quoteContains(q, frame[1] ?? ''))) return false;
    skip += frame[0].length;
  }
  let offset = 0;
  return sentence.groups.every((group) => {
    const text = group.text.slice(Math.max(0, skip - offset));
    offset += group.text.length + `[${group.n}]`.length;
    const quote = quoteOf(group.n);
    return quote !== undefined && listItems(text).every((item) => quoteContains(quote, item));
  });
}

/**
 * A sentence is supported when its words, markers and bullet removed, occur as one run in the
 * quote of one of its markers; a templated cell sentence ("For S, <label> include(s) <items> [n].")
 * when its label is in one of its quotes and each of its items is in the quote of the marker
 * that follows it.
 */
export function sentenceSupported(sentence: AnswerSentence, citations: readonly Citation[]): boolean {
  const quoteOf = (n: number) => citations.find((c) => c.n === n)?.quote;
  if (sentence.markers.length === 0) return false;
  const plain = stripMarkers(sentence.text);
  if (
    sentence.markers.some((n) => {
      const q = quoteOf(n);
      return q !== undefined && quoteContains(q, plain);
    })
  )
    return true;
  return templateSupported(sentence, quoteOf);
}

export const SUPPORT_DEFINITION =
  'supported: each answer sentence (server notices, markers and bullets removed) occurs word for word ' +
  '(case, punctuation and spacing ignored) in the quote of one of its [n]; a templated cell sentence ' +
  '"For S, <label> include(s)|is <items> [n]." counts when <label> is in one of its quotes and every ' +
  'comma/semicolon item is in the quote of the marker right after it. citations valid = every [n] has a ' +
  'citation, >= 1 citation, and every sentence supported.';

export type CitationCheck = { valid: boolean; problems: string[] };
type CheckedAnswer = Pick<TurnResult, 'answer' | 'citations' | 'notFound'> & { urgent?: boolean };

/** An answered turn needs >= 1 citation, and every [n] in its text must be one of them. */
export function markerProblems(result: CheckedAnswer): string[] {
  if (result.notFound) return [];
  const problems: string[] = [];
  // An emergency turn cites only a passage about seeking care for its sign, so it may cite none.
  if (result.citations.length === 0 && !result.urgent) problems.push('no citation');
  const numbers = new Set(result.citations.map((c) => c.n));
  const dangling = [...new Set(markersIn(result.answer))].filter((n) => !numbers.has(n));
  if (dangling.length > 0) problems.push(`marker without citation: ${dangling.map((n) => `[${n}]`).join(' ')}`);
  return problems;
}

/** The model-written sentences of an answered turn that no quote they cite supports. */
export function unsupportedSentences(result: CheckedAnswer): string[] {
  if (result.notFound) return [];
  return answerSentences(modelText(result.answer))
    .filter((sentence) => !sentenceSupported(sentence, result.citations))
    .map((sentence) => sentence.text);
}

/** Markers that map to citations and sentences their quotes support; notFound answers are exempt. */
export function checkCitations(result: CheckedAnswer): CitationCheck {
  const problems = [...markerProblems(result), ...unsupportedSentences(result).map((text) => `unsupported: "${text.slice(0, 100)}"`)];
  return { valid: problems.length === 0, problems };
}

/** The disclaimer part and the metadata's disclaimer are both exactly DISCLAIMER. */
export function disclaimerIntact(result: Pick<TurnResult, 'disclaimer' | 'message'>): boolean {
  const meta = chatMetadataSchema.safeParse(result.message.metadata ?? {});
  return result.disclaimer === DISCLAIMER && meta.success && meta.data.disclaimer === DISCLAIMER;
}
