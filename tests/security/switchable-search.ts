/**
 * A stand-in for `@/lib/search` whose process-wide functions answer from an index the test
 * opened itself (with `openSearchIndex` on temp corpus and data dirs) and can switch at will:
 *   vi.mock('@/lib/search', () => import('./switchable-search'));
 * `@/lib/search` reads its dirs from the environment once per process and keeps one index, so a
 * test that needs several corpora (one per planted attack category) cannot point it elsewhere.
 */
import type { CorpusDocument, Passage } from '@/lib/corpus/schema';
import type { IndexReadiness } from '@/lib/search';
import type { OpenedSearch } from '@/lib/search/store';
import type { QueryAnalysis, SearchHit, SearchOptions } from '@/lib/search/settings';

export { openSearchIndex, SearchUnavailableError } from '@/lib/search/store';
export { buildSearchIndex } from '@/lib/search/index-store';
export { createSearchEngine } from '@/lib/search/search';
export { DEFAULT_SETTINGS } from '@/lib/search/settings';
// The word analyser the question and grounding stages read through `@/lib/search`: pure, not switched.
export { analyzeText, analyzeWord, foldedWords, splitWords, STOP_WORDS } from '@/lib/search/analyze';
export { expandQuery, vocabularyPhrases } from '@/lib/search/expansion';

let current: OpenedSearch | undefined;

/** Makes every search function below answer from `opened`. */
export function useSearchIndex(opened: OpenedSearch): void {
  current = opened;
}

function active(): OpenedSearch {
  if (!current) throw new Error('switchable-search: no index selected (call useSearchIndex first)');
  return current;
}

/** As in `@/lib/search`: the selected index is always ready. */
export async function indexReadiness(): Promise<IndexReadiness> {
  return current ? { ready: true } : { ready: false, status: 503, error: 'switchable-search: no index selected', headers: { 'retry-after': '5' } };
}

export async function getSearchIndex(): Promise<OpenedSearch> {
  return active();
}

export async function searchPassages(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  return active().engine.search(query, options);
}

export async function analyzeQuery(query: string): Promise<QueryAnalysis> {
  return active().engine.analyze(query);
}

export async function getPassage(id: string): Promise<Passage | undefined> {
  return active().engine.index.byId.get(id);
}

export async function getDocument(docId: string): Promise<CorpusDocument | undefined> {
  return active().documents.find((d) => d.id === docId);
}

export async function listDocuments(): Promise<Array<{ id: string; title: string }>> {
  return active().documents.map((d) => ({ id: d.id, title: d.title }));
}
