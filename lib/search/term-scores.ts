import { search } from '@orama/orama';
import { preAnalyzedQuery, type TokenizerPolicy } from './analyze';
import { TEXT_PROPERTIES, type SearchIndex } from './index-store';
import { indexTables } from './index-tables';
import { isKnown } from './query-plan';

/** One term's BM25 by passage ordinal, in Orama's hit order (best first). */
export type TermHits = { ords: Int32Array; scores: Float64Array };

/**
 * Per-term BM25 over the Orama index, memoised per index. An index never changes once built, so
 * a term's scores are fixed; questions share most of their terms (leg, weak, cramp, deficiency)
 * and their expansions, so after warm-up a search costs map lookups instead of one Orama query
 * per term. The memo is capped (in stored scores) so odd input cannot grow it without bound.
 */
const MAX_MEMOISED_SCORES = 500_000;
type Memo = { byTerm: Map<string, TermHits>; size: number };
const memo = new WeakMap<SearchIndex, Memo>();
const NO_SCORES: TermHits = { ords: new Int32Array(0), scores: new Float64Array(0) };

/**
 * How many passages each term contributes, best BM25 first. Scoring every match of a common term
 * costs what the corpus costs (a 100,000-passage index has tens of thousands per term); the
 * ranking only ever looks at the best few dozen, so a term's tail cannot change the answer.
 * Corpora smaller than this are scored in full.
 */
export const TERM_CANDIDATES = 200;

/** BM25 of one analyzed term over title, headings and text, per passage. */
async function searchTerm(index: SearchIndex, term: string): Promise<TermHits> {
  const tolerant = index.settings.spelling === 'tolerance';
  // Without typo tolerance a term the index cannot match (exactly or as a prefix) scores nothing.
  if (!tolerant && !isKnown(index, term)) return NO_SCORES;
  const policy: TokenizerPolicy = tolerant ? { prefixMinLength: Infinity } : { prefixMinLength: index.settings.prefixMinLength };
  const result = await search(index.db, {
    term: preAnalyzedQuery([term], policy),
    properties: [...TEXT_PROPERTIES],
    boost: index.settings.boosts,
    tolerance: tolerant && term.length >= 5 ? 1 : 0,
    limit: Math.min(index.passages.length, TERM_CANDIDATES),
  });
  // Orama only holds the index's passages, so every hit has an ordinal.
  const { ordinal } = indexTables(index);
  return {
    ords: Int32Array.from(result.hits, (h) => ordinal.get(h.id)!),
    scores: Float64Array.from(result.hits, (h) => h.score),
  };
}

export async function termScores(index: SearchIndex, term: string): Promise<TermHits> {
  let cache = memo.get(index);
  if (!cache) memo.set(index, (cache = { byTerm: new Map(), size: 0 }));
  const hit = cache.byTerm.get(term);
  if (hit) return hit;
  const scores = await searchTerm(index, term);
  // Bounded by stored scores, not terms: on a large corpus one common term holds thousands.
  if (cache.size + scores.ords.length > MAX_MEMOISED_SCORES) {
    cache.byTerm.clear();
    cache.size = 0;
  }
  cache.byTerm.set(term, scores);
  cache.size += scores.ords.length;
  return scores;
}

export async function allTermScores(index: SearchIndex, terms: readonly string[]): Promise<Map<string, TermHits>> {
  // After warm-up every term is usually memoised: then no promise per term is needed.
  const byTerm = memo.get(index)?.byTerm;
  const known = new Map<string, TermHits>();
  for (const t of terms) {
    const hits = byTerm?.get(t);
    if (!hits) break;
    known.set(t, hits);
  }
  if (known.size === terms.length) return known;
  const entries = await Promise.all(terms.map(async (t) => [t, await termScores(index, t)] as const));
  return new Map(entries);
}
