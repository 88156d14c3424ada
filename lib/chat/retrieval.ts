import type { Passage } from '@/lib/corpus/schema';
import { passagesCoverQuestion } from '@/lib/grounding';
import {
  classifyRequest,
  intentSearches,
  searchFit,
  sentenceStronglyMatchesIntent,
  statesDose,
  URGENT_CARE_QUERY,
  type IntentSearch,
  type QuestionAnalysis,
  type TurnAnalysis,
} from '@/lib/question';
import { analyzeQuery, searchPassages } from '@/lib/search';

export type RetrievedPassage = Passage & { score: number };

/** What the turn does: answer from passages, or one of the fixed replies. */
export type TurnDecision = 'answer' | 'not-covered' | 'out-of-scope' | 'diagnosis' | 'dose-not-stated';

export type TurnPlan = {
  /** The standalone query: the latest question with the conversation's context folded in. */
  query: string;
  /** The standalone query as the turn analysis read it, for the stages after retrieval. */
  terms: QuestionAnalysis;
  passages: RetrievedPassage[];
  decision: TurnDecision;
  urgent: boolean;
  /** The user asked for a dose the passages do state: the answer carries a note. */
  doseRequest: boolean;
};

export const RETRIEVAL_K = 6;

/** Of the k passages, how many the second, canonical search (intent or urgent care) may supply. */
export const SECOND_SEARCH_SLOTS = 3;

/**
 * Below this best-passage score the articles are taken not to cover the question. A backstop
 * only. Measured on 223 answerable questions (tests/gold retrieval and conversation turns, plus
 * 30 fresh lay questions) and 28 off-topic ones, best score over the merged passages: 0.4 would
 * refuse 10 answerable questions while catching 19 off-topic ones; 0.2 refuses no answerable
 * one. `passagesCoverQuestion` (lib/grounding: the passages must carry what the question names, and a passage naming
 * it what the question asks of it, or else nearly all its topic words) refuses 21 of the 28
 * off-topic questions and none of the answerable ones, and the answer engine's lead checks most
 * of the rest, so the score keeps a margin below 0.2.
 * Re-check whenever the scoring changes.
 */
export const MIN_TOP_SCORE = 0.15;

type QueryAnalysis = Awaited<ReturnType<typeof analyzeQuery>>;

/** Off-topic or too weakly matched questions get the not-covered reply instead of an answer. */
export function isCovered(analysis: QueryAnalysis, passages: readonly RetrievedPassage[]): boolean {
  if (analysis.knownTerms.length === 0) return false;
  return Math.max(0, ...passages.map((p) => p.score)) >= MIN_TOP_SCORE;
}

/**
 * The k passages of two searches: the first search's best, then up to `slots` of the second's
 * that the first did not find, then the first's next ones; best score first.
 */
export function mergeHits(
  first: readonly RetrievedPassage[],
  second: readonly RetrievedPassage[],
  k = RETRIEVAL_K,
  slots = SECOND_SEARCH_SLOTS,
): RetrievedPassage[] {
  const chosen = new Map<string, RetrievedPassage>();
  const add = (p: RetrievedPassage) => {
    if (chosen.size < k && !chosen.has(p.id)) chosen.set(p.id, p);
  };
  const firstByScore = [...first].sort((a, b) => b.score - a.score);
  for (const p of firstByScore.slice(0, Math.max(0, k - slots))) add(p);
  for (const p of second) add(p);
  for (const p of firstByScore) add(p);
  return [...chosen.values()].sort((a, b) => b.score - a.score);
}

// Passages that say when to get care now: what an urgent turn cites after the urgent notice.
function saysSeekCare(p: RetrievedPassage): boolean {
  return sentenceStronglyMatchesIntent(p.text, 'doctor') || sentenceStronglyMatchesIntent(p.text, 'seriousness');
}

type Retrieved = { passages: RetrievedPassage[]; covered: boolean };

// How deep a canonical search looks for passages that give the kind of answer asked.
const SECOND_SEARCH_DEPTH = 24;

/** A canonical search's passages that answer it, those about its subject first. */
async function fittingPassages(search: IntentSearch): Promise<RetrievedPassage[]> {
  const hits = await searchPassages(search.query, { k: SECOND_SEARCH_DEPTH });
  return hits
    .map((p, rank) => ({ p, rank, fit: searchFit(search, p) }))
    .filter((h) => h.fit > 0)
    .sort((a, b) => b.fit - a.fit || a.rank - b.rank)
    .map((h) => h.p);
}

/** The passages of the canonical searches that answer them, taken from each search in turn. */
async function searchByIntent(searches: readonly IntentSearch[]): Promise<RetrievedPassage[]> {
  const lists = await Promise.all(searches.map(fittingPassages));
  const out: RetrievedPassage[] = [];
  for (let i = 0; i < SECOND_SEARCH_DEPTH; i += 1) for (const list of lists) if (list[i]) out.push(list[i] as RetrievedPassage);
  return out;
}

/** Slots for the canonical searches: food lists are spread over several articles, two a nutrient. */
function slotsFor(searches: readonly IntentSearch[]): number {
  if (searches[0]?.intent === 'foods') return Math.min(RETRIEVAL_K, Math.max(SECOND_SEARCH_SLOTS + 1, 2 * searches.length));
  return Math.max(SECOND_SEARCH_SLOTS, searches.length);
}

/** Retrieval for the standalone query, as the turn analysis read it (typos already fixed against the corpus). */
async function retrieve(q: QuestionAnalysis): Promise<Retrieved> {
  const query = q.question;
  // The analysis corrected the query's typos against the corpus already: search does not again.
  const [analysis, found] = await Promise.all([analyzeQuery(query, { corrected: true }), searchPassages(query, { k: RETRIEVAL_K, corrected: true })]);
  const searches = intentSearches(q);
  const extra = await searchByIntent(searches);
  const slots = slotsFor(searches);
  const passages = mergeHits(found, extra, RETRIEVAL_K + slots - SECOND_SEARCH_SLOTS, slots);
  const covered = isCovered(analysis, passages) && passagesCoverQuestion(q, passages);
  return { passages, covered };
}

/**
 * An urgent message: the passages that say when to seek care come first, so the answer after
 * the urgent notice cites them; covered whenever such a passage exists.
 */
async function retrieveForUrgent(q: QuestionAnalysis): Promise<Retrieved> {
  const [own, care] = await Promise.all([retrieve(q), searchPassages(`${q.question} ${URGENT_CARE_QUERY}`, { k: RETRIEVAL_K })]);
  const careFirst = care.filter(saysSeekCare);
  const passages = mergeHits(own.passages, careFirst);
  return { passages, covered: own.covered || careFirst.length > 0 };
}

export async function planTurn(input: { analysis: TurnAnalysis; urgent: boolean }): Promise<TurnPlan> {
  // Requests are classified as typed: a jailbreak or a dose question is read before any correction.
  const kind = classifyRequest(input.analysis.message);
  // The standalone query is empty only when the question is; queryTerms reads the same text.
  const query = input.analysis.standaloneQuery || input.analysis.question;
  const q = input.analysis.queryTerms;
  const base = { query, terms: q, urgent: input.urgent, doseRequest: kind === 'dose' };
  if (kind === 'out-of-scope' || kind === 'diagnosis') return { ...base, passages: [], decision: kind };
  if (kind === 'shopping') return { ...base, passages: [], decision: 'not-covered' };
  const { passages, covered } = input.urgent ? await retrieveForUrgent(q) : await retrieve(q);
  if (!covered) return { ...base, passages, decision: 'not-covered' };
  // A dose is only ever quoted, never worked out: without one in the passages there is no answer.
  if (kind === 'dose' && !passages.some((p) => statesDose(p.text))) {
    return { ...base, passages, decision: 'dose-not-stated' };
  }
  return { ...base, passages, decision: 'answer' };
}
