import { search } from '@orama/orama';
import { preAnalyzedQuery, uniqueTerms } from './analyze';
import { TEXT_PROPERTIES, VECTOR_PROPERTY, type SearchIndex } from './index-store';
import { dot } from './linalg';
import { selectMmr } from './mmr';
import { analysisOf, planQuery, type QueryPlan } from './query-plan';
import { alternativeWeightFor, calibratedScore, coverageScores, knownFraction, rrfOrder, textScores, weightedConcepts, type Scores } from './scoring';
import type { QueryAnalysis, SearchHit, SearchMode, SearchOptions } from './settings';
import { allTermScores } from './term-scores';
import { topSimilar } from './vector-scan';

export { planQuery, sanitizeQuery, type QueryPlan } from './query-plan';

export type SearchEngine = {
  index: SearchIndex;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  analyze(query: string): QueryAnalysis;
};

type QueryEmbedder = (text: string) => Promise<Float32Array | undefined>;

const EMBEDDING_COOLDOWN_MS = 60_000;

/**
 * Query embeddings, with a breaker: after a failure (a remote model down or slow) the vector side
 * is skipped for a minute, so every query does not wait for the same timeout and log the same line.
 */
function queryEmbedder(index: SearchIndex, now: () => number = Date.now): QueryEmbedder {
  let downUntil = 0;
  return async (text) => {
    if (now() < downUntil) return undefined;
    try {
      const v = await index.embedder.embedQuery(text);
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

function bestText(text: Scores, limit: number): Iterable<string> {
  if (text.size <= limit) return text.keys();
  return [...text].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
}

function cosineOf(index: SearchIndex, id: string, queryVector: Float32Array): number {
  const v = index.vectors.get(id);
  return v ? dot(v, queryVector) : 0;
}

type Scored = { id: string; relevance: number };

/** Everything the text side knows about a query, computed once per search. */
type TextSide = { perTerm: Map<string, Scores>; text: Scores; maxText: number };

async function textSide(index: SearchIndex, plan: QueryPlan, mode: SearchMode): Promise<TextSide> {
  if (mode === 'vector') return { perTerm: new Map(), text: new Map(), maxText: 0 };
  const perTerm = await allTermScores(index, uniqueTerms([...plan.expanded.terms, ...plan.expanded.expansionTerms]));
  const text = textScores(plan, perTerm, (c) => alternativeWeightFor(index, c));
  return { perTerm, text, maxText: Math.max(0, ...text.values()) };
}

function scoreCandidates(index: SearchIndex, plan: QueryPlan, mode: SearchMode, side: TextSide, queryVector: Float32Array | undefined, pool: number) {
  const nearest = queryVector ? topSimilar(index, queryVector, pool, index.settings.vectorMinSimilarity) : [];
  const candidates = new Set([...bestText(side.text, TEXT_CANDIDATES), ...nearest]);
  const cosine: Scores = new Map();
  if (queryVector) for (const id of candidates) cosine.set(id, cosineOf(index, id, queryVector));
  const concepts = weightedConcepts(index, plan);
  const known = knownFraction(concepts);
  const coverage = mode === 'vector' ? new Map<string, number>() : coverageScores(index, concepts, side.perTerm, candidates);
  const scored: Scored[] = [...candidates].map((id) => ({
    id,
    relevance: calibratedScore(mode, index.settings.weights, {
      coverage: coverage.get(id) ?? 0,
      cosine: queryVector ? cosine.get(id) : undefined,
      relativeText: side.maxText > 0 ? (side.text.get(id) ?? 0) / side.maxText : 0,
      known,
    }),
  }));
  return { scored, cosine };
}

async function runSearch(
  index: SearchIndex,
  embedQuery: QueryEmbedder,
  planFor: (query: string) => QueryPlan,
  query: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const k = options.k ?? 5;
  const mode = options.mode ?? index.settings.defaultMode;
  const plan = planFor(query);
  if (plan.expanded.terms.length === 0 || k <= 0) return [];
  const pool = Math.max(k * index.settings.mmrPoolFactor, 20);

  const side = await textSide(index, plan, mode);
  const queryVector = mode === 'text' ? undefined : await embedQuery(plan.text);
  const { scored, cosine } = scoreCandidates(index, plan, mode, side, queryVector, pool);

  const order = await candidateOrder(index, mode, plan, queryVector, side.text, cosine, scored, pool);
  const byId = new Map(scored.map((s) => [s.id, s]));
  const top = order.slice(0, pool).map((id) => byId.get(id)!).filter((c) => c.relevance > 0);
  const chosen = selectMmr(top, index.vectors, k, index.settings.mmrLambda, index.settings.mmrDuplicateSimilarity);
  return chosen.sort((a, b) => b.relevance - a.relevance).map((c) => ({ ...index.byId.get(c.id)!, score: c.relevance }));
}

async function candidateOrder(
  index: SearchIndex,
  mode: SearchMode,
  plan: QueryPlan,
  queryVector: Float32Array | undefined,
  text: Scores,
  cosine: Scores,
  scored: Array<{ id: string; relevance: number }>,
  pool: number,
): Promise<string[]> {
  const byScore = () => [...scored].sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id)).map((s) => s.id);
  if (mode !== 'hybrid' || !queryVector || index.settings.fusion === 'weighted') return byScore();
  if (index.settings.fusion === 'rrf') return rrfOrder(text, cosine);
  const orama = await oramaHybridOrder(index, plan, queryVector, pool);
  return [...orama, ...byScore().filter((id) => !orama.includes(id))];
}

const MAX_MEMOISED_PLANS = 64;

/**
 * planQuery for one index, remembering recent queries: a chat turn both searches and analyses the
 * same question, and a plan depends only on the index and the query text. Plans are read-only.
 */
function memoisedPlanner(index: SearchIndex): (query: string) => QueryPlan {
  const plans = new Map<string, QueryPlan>();
  return (query) => {
    let plan = plans.get(query);
    if (plan) {
      plans.delete(query);
    } else {
      plan = planQuery(index, query);
      if (plans.size >= MAX_MEMOISED_PLANS) plans.delete(plans.keys().next().value!);
    }
    plans.set(query, plan);
    return plan;
  };
}

export function createSearchEngine(index: SearchIndex): SearchEngine {
  const embedQuery = queryEmbedder(index);
  const plan = memoisedPlanner(index);
  return {
    index,
    search: (query, options = {}) => runSearch(index, embedQuery, plan, query, options),
    analyze: (query) => analysisOf(index, plan(query)),
  };
}
