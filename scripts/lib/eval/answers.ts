/**
 * The "answers" section of `npm run eval`: the offline answer engine (collectTurn with the
 * extractive model) over the whole gold set, checked for what a reader relies on: the answer names
 * the expected fact, every sentence is backed by the quote it cites, the disclaimer is always the
 * same, and notFound / urgent are set where they should be. tests/gold/answers.test.ts runs the
 * same checks with floors.
 */
import { performance } from 'node:perf_hooks';
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { TRIAGE_SERVER_TEXTS } from '@/lib/triage/notices';
import { collectTurn, type TurnResult } from '@/lib/chat/collect';
import { chatMetadataSchema, type Citation } from '@/lib/chat/metadata';
import { createExtractiveSelection } from '@/lib/chat/models';
import { DOSE_NOTE } from '@/lib/chat/replies';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import type { AppConfig } from '@/lib/config';
import type { Passage } from '@/lib/corpus/schema';
import { conversations, notUrgent, outOfScope, urgent } from '@/tests/gold/conversations';
import { containsPhrase, normalizeForMatch } from '@/tests/gold/match';
import { retrievalQuestions } from '@/tests/gold/questions';
import type { Expectation } from '@/tests/gold/schema';
import { percentile } from '../stats';
import { formatMs, printTable } from '../table';
import type { EvalContext, EvalSection } from './types';

// ---------------------------------------------------------------------------------------------
// Answer text: markers, sentences, support by the cited quotes
// ---------------------------------------------------------------------------------------------

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
    .map((item) => item.trim().replace(/^(?:and|or)\s+/i, '').replace(/[.\s]+$/, ''))
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
  if (sentence.markers.some((n) => { const q = quoteOf(n); return q !== undefined && quoteContains(q, plain); })) return true;
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

/**
 * An answered turn needs >= 1 citation, and every [n] in its text must be one of them. An
 * emergency turn cites only a passage about seeking care for its sign, so it may cite none.
 */
export function markerProblems(result: CheckedAnswer): string[] {
  if (result.notFound) return [];
  const problems: string[] = [];
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
  const problems = [
    ...markerProblems(result),
    ...unsupportedSentences(result).map((text) => `unsupported: "${text.slice(0, 100)}"`),
  ];
  return { valid: problems.length === 0, problems };
}

/** The disclaimer part and the metadata's disclaimer are both exactly DISCLAIMER. */
export function disclaimerIntact(result: Pick<TurnResult, 'disclaimer' | 'message'>): boolean {
  const meta = chatMetadataSchema.safeParse(result.message.metadata ?? {});
  return result.disclaimer === DISCLAIMER && meta.success && meta.data.disclaimer === DISCLAIMER;
}

// ---------------------------------------------------------------------------------------------
// "Names the expected fact"
// ---------------------------------------------------------------------------------------------

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
  'names the fact: the answer (markers removed) contains one of the question\'s expected phrases ' +
  '(case-insensitive, at a word start), or its content words cover >= 60% of the content words of a ' +
  'corpus sentence holding an expected phrase (in the expectation\'s document if it names one). ' +
  'Content words: letters/digits, >= 3 chars, not an Orama English stop word, plural "s" folded.';

// ---------------------------------------------------------------------------------------------
// Running the gold set
// ---------------------------------------------------------------------------------------------

export type GoldKind = 'retrieval' | 'conversation' | 'out-of-scope' | 'urgent' | 'not-urgent';

export type GoldTurn = {
  /** Gold id; a conversation turn is "c04#2". */
  id: string;
  kind: GoldKind;
  question: string;
  result: TurnResult;
  ms: number;
  citations: CitationCheck;
  disclaimerOk: boolean;
  /** Retrieval questions only. */
  fact?: FactMatch;
  /** Conversation turns only: the mustMention phrases the answer names. */
  mentioned?: string[];
  mustMention?: string[];
};

export type GoldRunOptions = {
  passages: readonly Passage[];
  config?: AppConfig;
  /** Only these kinds (all when absent). */
  kinds?: readonly GoldKind[];
};

function userMessage(id: string, text: string): LegwiseUIMessage {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}

type Timed = { result: TurnResult; ms: number };

async function timedTurn(messages: LegwiseUIMessage[], config: AppConfig | undefined): Promise<Timed> {
  const started = performance.now();
  // The extractive model, whatever the environment configures: this is the offline default.
  const result = await collectTurn({ messages, config, model: createExtractiveSelection() });
  return { result, ms: performance.now() - started };
}

function record(id: string, kind: GoldKind, question: string, { result, ms }: Timed): GoldTurn {
  return { id, kind, question, result, ms, citations: checkCitations(result), disclaimerOk: disclaimerIntact(result) };
}

async function runSingles(
  items: ReadonlyArray<{ id: string; question: string }>,
  kind: GoldKind,
  config: AppConfig | undefined,
  extra: (item: { id: string; question: string }, turn: GoldTurn) => GoldTurn = (_i, t) => t,
): Promise<GoldTurn[]> {
  const out: GoldTurn[] = [];
  for (const item of items) {
    const timed = await timedTurn([userMessage(`${item.id}-user`, item.question)], config);
    out.push(extra(item, record(item.id, kind, item.question, timed)));
  }
  return out;
}

async function runConversations(config: AppConfig | undefined): Promise<GoldTurn[]> {
  const out: GoldTurn[] = [];
  for (const conversation of conversations) {
    const messages: LegwiseUIMessage[] = [];
    for (const [i, turn] of conversation.turns.entries()) {
      messages.push(userMessage(`${conversation.id}-user-${i + 1}`, turn.user));
      const timed = await timedTurn([...messages], config);
      messages.push(timed.result.message);
      const text = stripMarkers(modelText(timed.result.answer));
      const mentioned = turn.mustMention.filter((phrase) => containsPhrase(text, phrase));
      out.push({ ...record(`${conversation.id}#${i + 1}`, 'conversation', turn.user, timed), mentioned, mustMention: turn.mustMention });
    }
  }
  return out;
}

/** Every gold turn through the offline default, one after another (the search index is shared). */
export async function runGoldAnswers(options: GoldRunOptions): Promise<GoldTurn[]> {
  const { config } = options;
  const wanted = (kind: GoldKind) => !options.kinds || options.kinds.includes(kind);
  const sentences = corpusSentences(options.passages);
  const turns: GoldTurn[] = [];
  if (wanted('retrieval')) {
    turns.push(
      ...(await runSingles(retrievalQuestions, 'retrieval', config, (item, turn) => {
        const gold = retrievalQuestions.find((q) => q.id === item.id);
        const fact = turn.result.notFound || !gold ? null : namesExpectedFact(modelText(turn.result.answer), gold.expect, sentences);
        return { ...turn, fact };
      })),
    );
  }
  if (wanted('conversation')) turns.push(...(await runConversations(config)));
  if (wanted('out-of-scope')) turns.push(...(await runSingles(outOfScope, 'out-of-scope', config)));
  if (wanted('urgent')) turns.push(...(await runSingles(urgent, 'urgent', config)));
  if (wanted('not-urgent')) turns.push(...(await runSingles(notUrgent, 'not-urgent', config)));
  return turns;
}

// ---------------------------------------------------------------------------------------------
// Figures and failures
// ---------------------------------------------------------------------------------------------

export type Rate = { passed: number; n: number; rate: number };

function rate(items: readonly GoldTurn[], pass: (t: GoldTurn) => boolean): Rate {
  const passed = items.filter(pass).length;
  return { passed, n: items.length, rate: items.length === 0 ? Number.NaN : passed / items.length };
}

export function turnPassesMustMention(turn: GoldTurn): boolean {
  return !turn.result.notFound && (turn.mentioned?.length ?? 0) > 0;
}

export type AnswerFigures = {
  retrieval: { answered: Rate; namesFact: Rate; namesFactByPhrase: Rate; citationsValid: Rate; markedUrgent: Rate; urgentIds: string[] };
  conversations: { turnsPassing: Rate; conversationsPassing: Rate; factsNamed: Rate; citationsValid: Rate };
  outOfScope: { notFound: Rate };
  urgent: { urgent: Rate };
  notUrgent: { falseAlarm: Rate };
  all: { turns: number; disclaimerIdentical: Rate; citationsValid: Rate; p50Ms: number; p95Ms: number };
};

function conversationFigures(turns: readonly GoldTurn[]): AnswerFigures['conversations'] {
  const ids = [...new Set(turns.map((t) => t.id.split('#')[0] ?? t.id))];
  const fullyPassing = ids.filter((id) => turns.filter((t) => t.id.startsWith(`${id}#`)).every(turnPassesMustMention)).length;
  const listed = turns.reduce((sum, t) => sum + (t.mustMention?.length ?? 0), 0);
  const named = turns.reduce((sum, t) => sum + (t.mentioned?.length ?? 0), 0);
  return {
    turnsPassing: rate(turns, turnPassesMustMention),
    conversationsPassing: { passed: fullyPassing, n: ids.length, rate: ids.length === 0 ? Number.NaN : fullyPassing / ids.length },
    factsNamed: { passed: named, n: listed, rate: listed === 0 ? Number.NaN : named / listed },
    citationsValid: rate(turns, (t) => t.citations.valid),
  };
}

export function summarizeAnswers(turns: readonly GoldTurn[]): AnswerFigures {
  const of = (kind: GoldKind) => turns.filter((t) => t.kind === kind);
  const retrieval = of('retrieval');
  const ms = turns.map((t) => t.ms);
  return {
    retrieval: {
      answered: rate(retrieval, (t) => !t.result.notFound),
      namesFact: rate(retrieval, (t) => t.fact != null),
      namesFactByPhrase: rate(retrieval, (t) => t.fact === 'phrase'),
      citationsValid: rate(retrieval, (t) => t.citations.valid),
      markedUrgent: rate(retrieval, (t) => t.result.urgent),
      urgentIds: retrieval.filter((t) => t.result.urgent).map((t) => t.id),
    },
    conversations: conversationFigures(of('conversation')),
    outOfScope: { notFound: rate(of('out-of-scope'), (t) => t.result.notFound) },
    urgent: { urgent: rate(of('urgent'), (t) => t.result.urgent) },
    notUrgent: { falseAlarm: rate(of('not-urgent'), (t) => t.result.urgent) },
    all: {
      turns: turns.length,
      disclaimerIdentical: rate(turns, (t) => t.disclaimerOk),
      citationsValid: rate(turns, (t) => t.citations.valid),
      p50Ms: percentile(ms, 50),
      p95Ms: percentile(ms, 95),
    },
  };
}

export type AnswerFailure = { id: string; reason: string; answer: string };

function failureReasons(turn: GoldTurn): string[] {
  const reasons: string[] = [];
  if (!turn.disclaimerOk) reasons.push('disclaimer missing or altered');
  if (!turn.citations.valid) reasons.push(...turn.citations.problems);
  if (turn.kind === 'retrieval' && turn.result.notFound) reasons.push('notFound');
  else if (turn.kind === 'retrieval' && turn.fact == null) reasons.push('expected fact not named');
  if (turn.kind === 'conversation' && !turnPassesMustMention(turn)) {
    reasons.push(turn.result.notFound ? 'notFound' : `names none of: ${turn.mustMention?.join(', ')}`);
  }
  if (turn.kind === 'out-of-scope' && !turn.result.notFound) reasons.push('answered (expected notFound)');
  if (turn.kind === 'urgent' && !turn.result.urgent) reasons.push('not urgent (expected urgent)');
  if (turn.kind === 'not-urgent' && turn.result.urgent) reasons.push('urgent (false alarm)');
  return reasons;
}

export function answerFailures(turns: readonly GoldTurn[]): AnswerFailure[] {
  return turns.flatMap((turn) => {
    const reasons = failureReasons(turn);
    if (reasons.length === 0) return [];
    // The urgent notice is fixed text; what follows it is what needs reading.
    const text = modelText(turn.result.answer).replace(/\s+/g, ' ').slice(0, 120);
    const answer = turn.result.urgent ? `(urgent notice) ${text}` : text;
    return [{ id: turn.id, reason: reasons.join('; '), answer }];
  });
}

// ---------------------------------------------------------------------------------------------
// The eval section
// ---------------------------------------------------------------------------------------------

const ratio = (r: Rate) => `${r.passed}/${r.n}`;
const pct = (r: Rate) => (Number.isNaN(r.rate) ? '-' : `${(r.rate * 100).toFixed(1)}%`);

function printFigures(f: AnswerFigures): void {
  const rows: Array<[string, Rate]> = [
    ['retrieval questions: answered (not notFound)', f.retrieval.answered],
    ['retrieval questions: answer names the expected fact', f.retrieval.namesFact],
    ['  of which by an expected phrase', f.retrieval.namesFactByPhrase],
    ['retrieval questions: citations valid', f.retrieval.citationsValid],
    ['retrieval questions: marked urgent (informational)', f.retrieval.markedUrgent],
    ['conversation turns naming a mustMention fact', f.conversations.turnsPassing],
    ['conversations with every turn passing', f.conversations.conversationsPassing],
    ['mustMention facts named (all listed phrases)', f.conversations.factsNamed],
    ['conversation turns: citations valid', f.conversations.citationsValid],
    ['out-of-scope: notFound', f.outOfScope.notFound],
    ['urgent: marked urgent', f.urgent.urgent],
    ['not urgent: false alarm (marked urgent)', f.notUrgent.falseAlarm],
    ['all turns: disclaimer identical', f.all.disclaimerIdentical],
    ['all turns: citations valid', f.all.citationsValid],
  ];
  printTable(`Answers over ${f.all.turns} gold turns (offline default: extractive model)`, ['figure', 'count', 'rate'], rows.map(([label, r]) => [label, ratio(r), pct(r)]));
  if (f.retrieval.urgentIds.length > 0) console.log(`\nRetrieval questions marked urgent: ${f.retrieval.urgentIds.join(', ')}`);
  printTable('Answer time per turn', ['figure', 'value'], [['p50', formatMs(f.all.p50Ms)], ['p95', formatMs(f.all.p95Ms)]]);
  console.log(`\nDefinitions:\n  ${FACT_DEFINITION}\n  ${SUPPORT_DEFINITION}`);
}

function printFailures(failures: readonly AnswerFailure[]): void {
  console.log(`\nFailures: ${failures.length}`);
  for (const f of failures) console.log(`  ${f.id}  [${f.reason}]\n      ${f.answer}`);
}

async function runAnswersSection(context: EvalContext): Promise<unknown> {
  const turns = await runGoldAnswers({ passages: context.passages });
  const figures = summarizeAnswers(turns);
  const failures = answerFailures(turns);
  printFigures(figures);
  printFailures(failures);
  return { ...figures, failures, definitions: { fact: FACT_DEFINITION, support: SUPPORT_DEFINITION } };
}

export const answersSection: EvalSection = {
  name: 'answers',
  description: 'offline answers over the gold set: fact named, cited quotes support it, follow-ups, notFound, urgent',
  run: runAnswersSection,
};
