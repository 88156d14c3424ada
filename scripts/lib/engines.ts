/**
 * The one place that knows lib/search's API: wraps our engine (and the plain Orama baseline) in
 * the small shapes the eval and bench use. Indexes are built fresh from the given passages with
 * the library defaults (local LSA vectors), never from .data/, so figures are reproducible.
 */
import type { Passage } from '@/lib/corpus/schema';
import { buildSearchIndex, createSearchEngine, restoreSearchIndex, serializeSearchIndex, type SearchIndex, type SearchMode } from '@/lib/search';
import { buildPlainBm25 } from './plain-bm25';
import type { RankedPassage, RetrievalSearch } from './retrieval-metrics';

export type { SearchMode };

/** The engine the quality gate and the misses report are about: what the app uses by default. */
export const DEFAULT_ENGINE = 'ours hybrid';

/** Modes timed by the bench (vector-only is an eval diagnostic, not a serving mode). */
export const BENCH_MODES: readonly SearchMode[] = ['hybrid', 'text'];

export type OurIndex = {
  search: (query: string, k: number, mode: SearchMode) => Promise<RankedPassage[]>;
  serialize: () => Promise<string>;
  /** Which embedder made the vectors, e.g. an LSA id or "embedding:<model>". */
  embedderId: string;
};

function wrapIndex(index: SearchIndex): OurIndex {
  const engine = createSearchEngine(index);
  return {
    search: (query, k, mode) => engine.search(query, { k, mode }),
    serialize: async () => serializeSearchIndex(index),
    embedderId: index.embedder.id,
  };
}

export async function buildOurIndex(passages: readonly Passage[]): Promise<OurIndex> {
  return wrapIndex(await buildSearchIndex(passages));
}

export async function loadOurIndex(serialized: string, passages: readonly Passage[]): Promise<OurIndex> {
  return wrapIndex(restoreSearchIndex(serialized, passages));
}

export type NamedEngine = { name: string; search: RetrievalSearch };

export async function createRetrievalEngines(passages: readonly Passage[]): Promise<NamedEngine[]> {
  const ours = await buildOurIndex(passages);
  const plain = await buildPlainBm25(passages);
  return [
    { name: 'ours text', search: (q, k) => ours.search(q, k, 'text') },
    { name: 'ours vector', search: (q, k) => ours.search(q, k, 'vector') },
    { name: DEFAULT_ENGINE, search: (q, k) => ours.search(q, k, 'hybrid') },
    { name: 'plain BM25', search: plain.search },
  ];
}
