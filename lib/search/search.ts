import { search } from '@orama/orama';
import { preAnalyzedQuery, uniqueTerms } from './analyze';
import { TEXT_PROPERTIES, VECTOR_PROPERTY, type SearchIndex } from './index-store';
import { borrowScores, collationRanks, indexTables, passageSimilarity, returnScores, rowQueryDots, type IndexTables } from './index-tables';
import { LruCache } from '@/lib/lru';
import { pickMmr, type MmrInput } from './mmr';
import { OrdinalScores } from './ordinal-scores';
import { analysisOf, planQuery, type QueryPlan } from './query-plan';
import { alternativeWeightFor, calibratedScore, coverageScores, knownFraction, rrfOrder, textScores, weightedConcepts, type Scores } from './scoring';
import type { QueryAnalysis, QueryReading, SearchHit, SearchMode, SearchOptions } from './settings';
import { allTermScores, type TermHits } from './term-scores';
import { topSimilar } from './vector-scan';

export type SearchEngine = {
  index: SearchIndex;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  analyze(query: string, reading?: QueryReading): QueryAnalysis;
};

type QueryEmbedder = (plan: QueryPlan) => Promise<Float32Array | undefined>;

const EMBEDDING_COOLDOWN_MS = 60_000;

/**
 * Query embeddings, with a breaker: after a failure (a remote model down or slow) the vector side
 * is skipped for a minute, so every query does not wait for the same timeout and log the same line.
 */
function queryEmbedder(index: SearchIndex, now: () => number = Date.now): QueryEmbedder {
  let downUntil = 0;
  const { embedder } = index;
  // Vectors of an in-process embedder live as long as their (memoised) plan.
  const vectors = new WeakMap<QueryPlan, Float32Array>();
  const embed = async (plan: QueryPlan): Promise<Float32Array> => {
    if (!embedder.embedAnalyzedQuery) return embedder.embedQuery(plan.text);
    // The plan holds the query's analysis already: no second analysis of the same text.
    let v = vectors.get(plan);
    if (!v) vectors.set(plan, (v = await embedder.embedAnalyzedQuery(plan.analyzed)));
    return v;
  };
  return async (plan) => {
    if (now() < downUntil) return undefined;
    try {
      const v = await embed(plan);
      return v.some((x) => x !== 0) ? v : undefined;
    } catch (error) {
      downUntil = now() + EMBEDDING_COOLDOWN_MS;
      console.warn(`[search] query embedding failed, text only for a minute: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
}

async function oramaHybridOrder(index: SearchIndex, plan: QueryPlan, queryVector: Float32Array, limit: number): Promise<string[]> {
  const { weights } = index.settings;
  const result = await search(index.db, {
    mode: 'hybrid',
    term: preAnalyzedQuery([...plan.expanded.terms, ...plan.expanded.expansionTerms], { prefixMinLength: index.settings.prefixMinLength }),
    properties: [...TEXT_PROPERTIES],
    boost: index.settings.boosts,
    vector: { value: Array.from(queryVector), property: VECTOR_PROPERTY },
    similarity: index.settings.vectorMinSimilarity,
    hybridWeights: { text: weights.text + weights.coverage, vector: weights.vector },
    limit,
    includeVectors: true,
  });
  return result.hits.map((h) => h.id);
}

/**
 * How many of the best BM25 passages are scored in full (coverage, cosine, calibration). A large
 * corpus matches thousands of passages per query; beyond the best few hundred by text none of
 * them reaches the top k, and scoring them costs what the corpus costs. Smaller corpora: all.
 */
const TEXT_CANDIDATES = 300;

/** Ordinals of the best-scoring passages by text, in the text scores' order when all are kept. */
function bestText(text: OrdinalScores, limit: number): ArrayLike<number> {
  const all = text.order.subarray(0, text.size);
  if (text.size <= limit) return all;
  // A stable sort of the first-scored order, as sorting the Map's entries was.
  return Array.from(all)
    .sort((a, b) => text.value[b]! - text.value[a]!)
    .slice(0, limit);
}

type Scored = { ord: number; id: string; relevance: number };

/** Everything the text side knows about a query, computed once per search. */
type TextSide = { perTerm: ReadonlyMap<string, TermHits>; text: OrdinalScores; maxText: number };

function maxOf(text: OrdinalScores): number {
  let max = 0;
  for (let i = 0; i < text.size; i++) max = Math.max(max, text.value[text.order[i]!]!);
  return max;
}

async function textSide(index: SearchIndex, tables: IndexTables, plan: QueryPlan, mode: SearchMode): Promise<TextSide> {
  if (mode === 'vector') return { perTerm: new Map(), text: new OrdinalScores(0), maxText: 0 };
  const perTerm = await allTermScores(index, uniqueTerms([...plan.expanded.terms, ...plan.expanded.expansionTerms]));
  const text = textScores(
    plan,
    perTerm,
    (c) => alternativeWeightFor(index, c),
    borrowScores(tables),
    [tables.scratch[0], tables.scratch[1]],
    index.settings.bridgeWeight,
  );
  return { perTerm, text, maxText: maxOf(text) };
}

/** The best text passages, then the nearest vectors not already among them. */
function candidateOrdinals(tables: IndexTables, text: OrdinalScores, nearest: ArrayLike<number>): Int32Array {
  const taken = tables.scratch[0];
  const best = bestText(text, TEXT_CANDIDATES);
  for (let i = 0; i < best.length; i++) taken.set(best[i]!, 0);
  for (let i = 0; i < nearest.length; i++) taken.set(nearest[i]!, 0);
  const out = taken.order.slice(0, taken.size);
  taken.clear();
  return out;
}

type Candidates = { scored: Scored[]; cosine: Float64Array };

function scoreCandidates(
  index: SearchIndex,
  tables: IndexTables,
  plan: QueryPlan,
  mode: SearchMode,
  side: TextSide,
  queryVector: Float32Array | undefined,
  pool: number,
): Candidates {
  const nearest = queryVector ? topSimilar(tables, queryVector, pool, index.settings.vectorMinSimilarity) : [];
  const candidates = candidateOrdinals(tables, side.text, nearest);
  const cosine = new Float64Array(candidates.length);
  if (queryVector) rowQueryDots(tables, candidates, queryVector, cosine);
  const concepts = weightedConcepts(index, plan);
  const known = knownFraction(concepts);
  const coverage = mode === 'vector' ? new Float64Array(candidates.length) : coverageScores(index, concepts, side.perTerm, candidates, tables.scratch);
  const scored = Array.from(candidates, (ord, i): Scored => ({
    ord,
    id: tables.ids[ord]!,
    relevance: calibratedScore(mode, index.settings.weights, {
      coverage: coverage[i]!,
      cosine: queryVector ? cosine[i] : undefined,
      relativeText: side.maxText > 0 ? side.text.get(ord) / side.maxText : 0,
      known,
    }),
  }));
  return { scored, cosine };
}

/** MMR over the top candidates with their vectors read from the index's one block. */
function diversify(index: SearchIndex, tables: IndexTables, top: readonly Scored[], k: number): Scored[] {
  const input: MmrInput = {
    relevance: top.map((c) => c.relevance),
    hasVector: (i) => tables.hasVector[top[i]!.ord] === 1,
    similarity: (i, j) => passageSimilarity(tables, top[i]!.ord, top[j]!.ord),
  };
  return pickMmr(input, k, index.settings.mmrLambda, index.settings.mmrDuplicateSimilarity).map((i) => top[i]!);
}

async function runSearch(index: SearchIndex, embedQuery: QueryEmbedder, planFor: Planner, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const k = options.k ?? 5;
  const mode = options.mode ?? index.settings.defaultMode;
  const plan = planFor(query, options);
  if (plan.expanded.terms.length === 0 || k <= 0) return [];
  const pool = Math.max(k * index.settings.mmrPoolFactor, 20);
  const tables = indexTables(index);

  const side = await textSide(index, tables, plan, mode);
  try {
    const queryVector = mode === 'text' ? undefined : await embedQuery(plan);
    const candidates = scoreCandidates(index, tables, plan, mode, side, queryVector, pool);
    const order = await candidateOrder(index, mode, plan, queryVector, side.text, candidates, pool);
    const top = order.slice(0, pool).filter((c) => c.relevance > 0);
    const chosen = diversify(index, tables, top, k);
    return chosen.sort((a, b) => b.relevance - a.relevance).map((c) => ({ ...index.byId.get(c.id)!, score: c.relevance }));
  } finally {
    returnScores(tables, side.text);
  }
}

/** Text scores as a Map in first-scored order, as rank fusion expects them. */
function scoresById(ids: readonly string[], order: ArrayLike<number>, valueOf: (i: number) => number): Scores {
  const out: Scores = new Map();
  for (let i = 0; i < order.length; i++) out.set(ids[order[i]!]!, valueOf(i));
  return out;
}

async function candidateOrder(
  index: SearchIndex,
  mode: SearchMode,
  plan: QueryPlan,
  queryVector: Float32Array | undefined,
  text: OrdinalScores,
  { scored, cosine }: Candidates,
  pool: number,
): Promise<Scored[]> {
  const rank = collationRanks(indexTables(index));
  // Ties broken by id, in localeCompare order (as ranks).
  const byScore = () => [...scored].sort((a, b) => b.relevance - a.relevance || rank[a.ord]! - rank[b.ord]!);
  if (mode !== 'hybrid' || !queryVector || index.settings.fusion === 'weighted') return byScore();
  const byId = new Map(scored.map((s) => [s.id, s]));
  if (index.settings.fusion === 'rrf') {
    const { ids } = indexTables(index);
    const textById = scoresById(ids, text.order.subarray(0, text.size), (i) => text.value[text.order[i]!]!);
    const cosineById = scoresById(
      ids,
      Int32Array.from(scored, (s) => s.ord),
      (i) => cosine[i]!,
    );
    return rrfOrder(textById, cosineById).map((id) => byId.get(id)!);
  }
  const orama = await oramaHybridOrder(index, plan, queryVector, pool);
  const inOrama = new Set(orama);
  return [...orama.map((id) => byId.get(id)!), ...byScore().filter((s) => !inOrama.has(s.id))];
}

/**
 * Recent queries whose plans (and query vectors) are kept. Within a turn the question is searched
 * and analysed; across turns the same questions and canonical follow-up searches come back.
 * A plan is a few short arrays of terms, so the whole memo stays well under a megabyte or two.
 */
const MAX_MEMOISED_PLANS = 1_000;

/**
 * planQuery for one index, remembering recent queries: a plan depends only on the index and the
 * query text (and whether it is read as corrected). Plans are read-only.
 */
type Planner = (query: string, reading?: QueryReading) => QueryPlan;

function memoisedPlanner(index: SearchIndex): Planner {
  const plans = new LruCache<string, QueryPlan>(MAX_MEMOISED_PLANS);
  return (query, reading = {}) => {
    // A query read as corrected and the same query corrected here may differ: kept apart.
    const key = reading.corrected ? `corrected\u0000${query}` : query;
    let plan = plans.get(key);
    if (!plan) {
      plan = planQuery(index, query, { corrected: reading.corrected });
      plans.set(key, plan);
    }
    return plan;
  };
}

export function createSearchEngine(index: SearchIndex): SearchEngine {
  const embedQuery = queryEmbedder(index);
  const plan = memoisedPlanner(index);
  return {
    index,
    search: (query, options = {}) => runSearch(index, embedQuery, plan, query, options),
    analyze: (query, reading) => analysisOf(index, plan(query, reading)),
  };
}
