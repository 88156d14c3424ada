/**
 * The tuned gold sets (tests/gold) through the offline answer engine, and their figures. These
 * sets were tuned on: their figures are in-sample.
 */
import { performance } from 'node:perf_hooks';
import { collectTurn, type TurnResult, createExtractiveSelection, type LegwiseUIMessage } from '@/lib/chat';
import type { AppConfig } from '@/lib/config';
import type { Passage } from '@/lib/corpus/schema';
import { conversations, notUrgent, outOfScope, urgent } from '@/tests/gold/conversations';
import { containsPhrase } from '@/tests/gold/match';
import { retrievalQuestions } from '@/tests/gold/questions';
import { percentile } from '../stats';
import { checkCitations, disclaimerIntact, modelText, stripMarkers, type CitationCheck } from './answer-text';
import { firstSentenceOf, median, repeatedPair, wordCount } from './answer-shape';
import { corpusSentences, namesExpectedFact, type FactMatch } from './facts';
import { rate, type Rate } from './rates';

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
  /** Retrieval questions only: the first sentence holds an expected phrase. */
  factFirst?: boolean;
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
        const first = firstSentenceOf(turn.result.answer);
        const factFirst = !turn.result.notFound && !!gold && gold.expect.some((e) => e.any.some((p) => containsPhrase(first, p)));
        return { ...turn, fact, factFirst };
      })),
    );
  }
  if (wanted('conversation')) turns.push(...(await runConversations(config)));
  if (wanted('out-of-scope')) turns.push(...(await runSingles(outOfScope, 'out-of-scope', config)));
  if (wanted('urgent')) turns.push(...(await runSingles(urgent, 'urgent', config)));
  if (wanted('not-urgent')) turns.push(...(await runSingles(notUrgent, 'not-urgent', config)));
  return turns;
}

export function turnPassesMustMention(turn: GoldTurn): boolean {
  return !turn.result.notFound && (turn.mentioned?.length ?? 0) > 0;
}

export type AnswerFigures = {
  retrieval: {
    answered: Rate;
    namesFact: Rate;
    namesFactByPhrase: Rate;
    factInFirstSentence: Rate;
    repeats: Rate;
    medianWords: number;
    citationsValid: Rate;
    markedUrgent: Rate;
    urgentIds: string[];
  };
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
  const answeredOnes = retrieval.filter((t) => !t.result.notFound);
  const ms = turns.map((t) => t.ms);
  return {
    retrieval: {
      answered: rate(retrieval, (t) => !t.result.notFound),
      namesFact: rate(retrieval, (t) => t.fact != null),
      namesFactByPhrase: rate(retrieval, (t) => t.fact === 'phrase'),
      factInFirstSentence: rate(retrieval, (t) => t.factFirst === true),
      repeats: rate(answeredOnes, (t) => repeatedPair(t.result.answer) !== null),
      medianWords: median(answeredOnes.map((t) => wordCount(t.result.answer))),
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
