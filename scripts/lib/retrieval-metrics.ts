import type { AnswerSource, Expectation } from '@/tests/gold/schema';
import { passageMatches, type MatchablePassage } from '@/tests/gold/match';

/** How deep each engine is asked to rank; MRR counts a hit found at any rank up to this depth. */
export const RETRIEVAL_DEPTH = 10;

export type RankedPassage = MatchablePassage & { id: string };
export type RetrievalSearch = (query: string, k: number) => Promise<RankedPassage[]>;

/** What retrieval is scored on: a question and the passages that answer it (gold, dev or frozen sets). */
export type RetrievalCase = { id: string; question: string; style: string; from: AnswerSource; expect: readonly Expectation[] };

export type QuestionOutcome = {
  id: string;
  question: string;
  style: string;
  from: AnswerSource;
  /** 1-based rank of the first passage that answers the question; null when none in the top k. */
  rank: number | null;
  /** The top three passages, kept so misses can be shown to whoever tunes the search. */
  top: RankedPassage[];
};

export type RecallFigures = { n: number; recallAt1: number; recallAt5: number; mrr: number };

export function firstHitRank(results: readonly MatchablePassage[], expect: readonly Expectation[]): number | null {
  const index = results.findIndex((passage) => passageMatches(passage, expect));
  return index === -1 ? null : index + 1;
}

export async function runRetrieval(search: RetrievalSearch, questions: readonly RetrievalCase[], k = RETRIEVAL_DEPTH): Promise<QuestionOutcome[]> {
  const outcomes: QuestionOutcome[] = [];
  for (const q of questions) {
    const results = await search(q.question, k);
    outcomes.push({
      id: q.id,
      question: q.question,
      style: q.style,
      from: q.from,
      rank: firstHitRank(results.slice(0, k), q.expect),
      top: results.slice(0, 3),
    });
  }
  return outcomes;
}

export function summarizeOutcomes(outcomes: readonly QuestionOutcome[]): RecallFigures {
  const n = outcomes.length;
  if (n === 0) return { n, recallAt1: Number.NaN, recallAt5: Number.NaN, mrr: Number.NaN };
  const within = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n;
  const mrr = outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0) / n;
  return { n, recallAt1: within(1), recallAt5: within(5), mrr };
}

export function figuresBy(outcomes: readonly QuestionOutcome[], key: 'style' | 'from'): Record<string, RecallFigures> {
  const groups = new Map<string, QuestionOutcome[]>();
  for (const o of outcomes) groups.set(o[key], [...(groups.get(o[key]) ?? []), o]);
  return Object.fromEntries([...groups].map(([name, group]) => [name, summarizeOutcomes(group)]));
}

/** Questions whose first answering passage is below rank `k` (or missing). */
export function missesAt(outcomes: readonly QuestionOutcome[], k: number): QuestionOutcome[] {
  return outcomes.filter((o) => o.rank === null || o.rank > k);
}
