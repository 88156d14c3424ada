/**
 * Reading an answer's text for the eval: markers, sentences, server notices, and whether the
 * quotes it cites support each sentence.
 */
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { TRIAGE_SERVER_TEXTS } from '@/lib/triage/notices';
import { chatMetadataSchema, type Citation, DOSE_NOTE, type TurnResult } from '@/lib/chat';
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

// A table cell or labelled list item rendered as a sentence ("Common dietary sources of iron include
// red meat, lentils [1]; spinach [2].", "Magnesium blocks calcium channels [3]."): its items are the
// passages' own words, and its frame is the subject and label (words of the cited passages or their
// headings) joined by glue words that state nothing.
const GLUE_WORDS = new Set(['for', 'the', 'of', 'include', 'includes', 'is', 'and', 'or', 'deficiency', 'they', 'it']);

/** The comma/semicolon-separated parts of a list value; commas inside brackets stay. */
function listParts(text: string): string[] {
  return text
    .split(/[,;](?![^()]*\))/)
    .map((item) => item.trim().replace(/[.\s]+$/, ''))
    .filter((item) => wordsOf(item).length > 0);
}

/** The words at the end of `part` that occur as one run in `quote`, and the words before them. */
function splitAtQuoted(part: string, quote: string): { before: string[]; quoted: number } {
  const words = wordsOf(part);
  for (let start = 0; start < words.length; start += 1) {
    if (containsWords(wordsOf(quote), words.slice(start))) return { before: words.slice(0, start), quoted: words.length - start };
  }
  return { before: words, quoted: 0 };
}

// The glue verb that ends a list sentence's frame: "Symptoms of zinc deficiency include …".
const FRAME_VERB = /\b(?:include|includes|is)\s+/i;

/** The sentence's frame words (subject and label) and its groups with the frame cut off; null when no item is quoted. */
function frameAndItems(sentence: AnswerSentence, quoteOf: (n: number) => string): { frame: string[]; ok: boolean } {
  const [first, ...rest] = sentence.groups;
  if (!first) return { frame: [], ok: false };
  const verb = FRAME_VERB.exec(first.text);
  const allQuoted = (groups: typeof sentence.groups) =>
    groups.every((g) =>
      listParts(g.text).every((part) => {
        const { before, quoted } = splitAtQuoted(part, quoteOf(g.n));
        return quoted > 0 && before.every((w) => w === 'and' || w === 'or');
      }),
    );
  if (verb) {
    const cut = verb.index + verb[0].length;
    return { frame: wordsOf(first.text.slice(0, cut)), ok: allQuoted([{ ...first, text: first.text.slice(cut) }, ...rest]) };
  }
  // "Zinc blocks a channel …": the subject stands before the quoted predicate, in the first part;
  // "For zinc, vegans need …": the whole first part is the subject.
  const [opening = '', ...others] = listParts(first.text);
  const { before, quoted } = splitAtQuoted(opening, quoteOf(first.n));
  const remainder = { ...first, text: first.text.slice(first.text.indexOf(opening) + opening.length) };
  if (quoted === 0) return { frame: before, ok: others.length > 0 && allQuoted([remainder, ...rest]) };
  return { frame: before, ok: allQuoted(others.length > 0 ? [remainder, ...rest] : rest) };
}

function templateSupported(sentence: AnswerSentence, citations: readonly Citation[]): boolean {
  const cited = sentence.markers.map((n) => citations.find((c) => c.n === n));
  if (cited.length === 0 || cited.some((c) => c === undefined)) return false;
  const sources = cited.flatMap((c) => (c ? [c.quote, c.title, ...c.headings] : []));
  const { frame, ok } = frameAndItems(sentence, (n) => citations.find((c) => c.n === n)?.quote ?? '');
  return ok && frameRuns(frame).every((run) => sources.some((source) => containsWords(wordsOf(source), run)));
}

/** The runs of words between glue words: the subject and the label, each said as its passage says it. */
function frameRuns(words: readonly string[]): string[][] {
  const runs: string[][] = [[]];
  for (const w of words) {
    if (GLUE_WORDS.has(w)) runs.push([]);
    else runs[runs.length - 1]?.push(w);
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * A sentence is supported when its words, markers and bullet removed, occur as one run in the
 * quote of one of its markers; a rendered cell sentence ("<label> of <subject> include <items> [n].")
 * when each of its items is in the quote of the marker that follows it and its opening words are
 * glue or words of its cited passages, their titles and headings.
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
  return templateSupported(sentence, citations);
}

export const SUPPORT_DEFINITION =
  'supported: each answer sentence (server notices, markers and bullets removed) occurs word for word ' +
  '(case, punctuation and spacing ignored) in the quote of one of its [n]; a rendered table-cell or list-item ' +
  'sentence ("<label> of <subject> include <items> [n]; <items> [m].") counts when every comma/semicolon item ' +
  'ends in words of the quote of the marker right after it, and the words before its first item are glue ' +
  '(for, the, of, include(s), is, and, or, deficiency, they, it) around runs that each occur as they stand in a cited quote, title or heading. ' +
  'citations valid = every [n] has a citation, >= 1 citation, and every sentence supported.';

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
