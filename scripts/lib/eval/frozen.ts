/**
 * The frozen held-out answer sets (tests/frozen/answers*.ts), written from the articles by someone
 * who had not read the engine, and never tuned on; the development set (tests/dev/) shares their schema. It is read through its schema only: the file's
 * export is found by shape, and nothing here names one of its questions.
 */
import { collectTurn, type TurnResult, createExtractiveSelection, type LegwiseUIMessage } from '@/lib/chat';
import { frozenAnswerSetSchema, type FrozenAnswerSet, type FrozenConversation, type FrozenDecline, type FrozenQuestion } from '@/tests/frozen/answers-schema';
import { containsPhrase } from '@/tests/gold/match';
import { disclaimerIntact, modelText, stripMarkers } from './answer-text';
import { exportMatching } from './schema-export';
import { firstSentenceOf, median, repeatedPair, wordCount } from './answer-shape';
import { groupRates, rate, type Rate } from './rates';

/** The frozen answer sets, one per writing round, each read through the same schema and reported apart. */
export const FROZEN_ROUNDS = [
  { label: 'held-out round 1', file: 'tests/frozen/answers.ts' },
  { label: 'held-out round 2', file: 'tests/frozen/answers-2.ts' },
  { label: 'held-out round 3', file: 'tests/frozen/answers-3.ts' },
  { label: 'held-out round 4', file: 'tests/frozen/answers-4.ts' },
  { label: 'held-out round 5', file: 'tests/frozen/answers-5.ts' },
  { label: 'held-out round 6', file: 'tests/frozen/answers-6.ts' },
] as const;

/**
 * The development set: written like the frozen rounds (from the articles, by a writer who had not
 * read the engine) but NOT held out: engineers read it and tune on it, so its figures are tuned ones.
 */
export const DEV_ROUNDS = [
  { label: 'dev set (tuned on)', file: 'tests/dev/answers-dev.ts' },
  { label: 'dev set 2 (tuned on)', file: 'tests/dev/answers-dev-2.ts' },
] as const;

export type AnswerRound = { label: string; file: string };

/** A round's set, or null when it has not been written yet. */
export async function loadFrozenSet(round: AnswerRound = FROZEN_ROUNDS[0]): Promise<FrozenAnswerSet | null> {
  const url = new URL(`../../../${round.file}`, import.meta.url).href;
  let exported: Record<string, unknown>;
  try {
    exported = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(`${error.message} ${String((error as { code?: unknown }).code)}`)) return null;
    throw error;
  }
  const set = exportMatching(exported, frozenAnswerSetSchema);
  if (set) return set;
  throw new Error(`${round.file} exports nothing that matches frozenAnswerSetSchema`);
}

const userMessage = (id: string, text: string): LegwiseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

async function ask(messages: LegwiseUIMessage[]): Promise<TurnResult> {
  return collectTurn({ messages, model: createExtractiveSelection() });
}

/** The answer as read: server notices and markers removed. */
const readText = (r: TurnResult) => stripMarkers(modelText(r.answer));
const groupNamed = (text: string, group: readonly string[]) => group.some((p) => containsPhrase(text, p));

export type FrozenQuestionResult = {
  id: string;
  kind: FrozenQuestion['kind'];
  style: FrozenQuestion['style'];
  refused: boolean;
  named: boolean;
  inFirstSentence: boolean;
  repeat: [string, string] | null;
  words: number;
  answer: string;
};

export async function runQuestion(q: FrozenQuestion): Promise<FrozenQuestionResult> {
  const result = await ask([userMessage(`${q.id}-user`, q.question)]);
  const text = readText(result);
  const first = firstSentenceOf(result.answer);
  const answered = !result.notFound;
  return {
    id: q.id,
    kind: q.kind,
    style: q.style,
    refused: result.notFound,
    named: answered && q.expect.every((g) => groupNamed(text, g)),
    inFirstSentence: answered && groupNamed(first, q.expect[0] ?? []),
    repeat: answered ? repeatedPair(result.answer) : null,
    words: wordCount(result.answer),
    answer: text,
  };
}

export type FrozenDeclineResult = { id: string; category: FrozenDecline['category']; answered: boolean; answer: string };

async function runDecline(d: FrozenDecline): Promise<FrozenDeclineResult> {
  const result = await ask([userMessage(`${d.id}-user`, d.question)]);
  return { id: d.id, category: d.category, answered: !result.notFound, answer: readText(result) };
}

// A small-talk reply is short: a line of greeting and what the bot can help with.
export const MAX_SMALL_TALK_WORDS = 60;

export type FrozenSmallTalkResult = { id: string; proper: boolean; answer: string };

async function runSmallTalk(id: string, message: string): Promise<FrozenSmallTalkResult> {
  const result = await ask([userMessage(`${id}-user`, message)]);
  const proper =
    result.smallTalk && !result.notFound && result.citations.length === 0 && disclaimerIntact(result) && wordCount(result.answer) <= MAX_SMALL_TALK_WORDS;
  return { id, proper, answer: readText(result) };
}

export type FrozenTurnResult = { id: string; right: boolean; query: string; problem?: string; answer: string };

function turnProblem(turn: FrozenConversation['turns'][number], result: TurnResult): string | undefined {
  if (turn.declined) return result.notFound ? undefined : 'answered (expected declined)';
  if (result.notFound) return 'notFound';
  const text = readText(result);
  const missing = turn.expect.filter((g) => !groupNamed(text, g));
  if (missing.length > 0) return `names none of: ${missing.map((g) => g.join(' / ')).join('; ')}`;
  const wrong = (turn.mustNotMention ?? []).filter((p) => containsPhrase(text, p));
  return wrong.length > 0 ? `mentions ${wrong.join(', ')}` : undefined;
}

/** Replays one conversation turn by turn, each turn seeing the answers before it; any set whose turns share the frozen turn schema. */
export async function runConversation(c: Pick<FrozenConversation, 'id' | 'turns'>): Promise<FrozenTurnResult[]> {
  const messages: LegwiseUIMessage[] = [];
  const out: FrozenTurnResult[] = [];
  for (const [i, turn] of c.turns.entries()) {
    messages.push(userMessage(`${c.id}-user-${i + 1}`, turn.user));
    const result = await ask([...messages]);
    messages.push(result.message);
    const problem = turnProblem(turn, result);
    out.push({ id: `${c.id}#${i + 1}`, right: problem === undefined, query: result.query ?? '', problem, answer: readText(result) });
  }
  return out;
}

export type FrozenResults = {
  questions: FrozenQuestionResult[];
  declines: FrozenDeclineResult[];
  smallTalk: FrozenSmallTalkResult[];
  turns: FrozenTurnResult[];
};

export async function runFrozenSet(set: FrozenAnswerSet): Promise<FrozenResults> {
  const questions: FrozenQuestionResult[] = [];
  for (const q of set.questions) questions.push(await runQuestion(q));
  const declines: FrozenDeclineResult[] = [];
  for (const d of set.declines) declines.push(await runDecline(d));
  const smallTalk: FrozenSmallTalkResult[] = [];
  for (const s of set.smallTalk) smallTalk.push(await runSmallTalk(s.id, s.message));
  const turns: FrozenTurnResult[] = [];
  for (const c of set.conversations) turns.push(...(await runConversation(c)));
  return { questions, declines, smallTalk, turns };
}

export type FrozenFigures = {
  namesFact: Rate;
  factInFirstSentence: Rate;
  repeats: Rate;
  coveredRefused: Rate;
  offTopicAnswered: Rate;
  smallTalkProper: Rate;
  followUpTurnsRight: Rate;
  conversationTurnsRight: Rate;
  medianWords: number;
  byStyle: Record<string, Rate>;
  byKind: Record<string, Rate>;
  declinesAnsweredByCategory: Record<string, Rate>;
};

export function summarizeFrozen(r: FrozenResults): FrozenFigures {
  const answered = r.questions.filter((q) => !q.refused);
  return {
    namesFact: rate(r.questions, (q) => q.named),
    factInFirstSentence: rate(r.questions, (q) => q.inFirstSentence),
    repeats: rate(answered, (q) => q.repeat !== null),
    coveredRefused: rate(r.questions, (q) => q.refused),
    offTopicAnswered: rate(r.declines, (d) => d.answered),
    smallTalkProper: rate(r.smallTalk, (s) => s.proper),
    followUpTurnsRight: rate(
      r.turns.filter((t) => !t.id.endsWith('#1')),
      (t) => t.right,
    ),
    conversationTurnsRight: rate(r.turns, (t) => t.right),
    medianWords: median(answered.map((q) => q.words)),
    byStyle: groupRates(
      r.questions,
      (q) => q.style,
      (q) => q.named,
    ),
    byKind: groupRates(
      r.questions,
      (q) => q.kind,
      (q) => q.named,
    ),
    declinesAnsweredByCategory: groupRates(
      r.declines,
      (d) => d.category,
      (d) => d.answered,
    ),
  };
}
