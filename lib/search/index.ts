/**
 * The search stage's one entry: the Orama index over the corpus's passages (built, persisted as a
 * snapshot and reopened), hybrid text and vector search with typed settings (settings.ts), query
 * planning (spelling against the index's words, lay-vocabulary expansion), and the word analyser
 * later stages use to read questions and sentences exactly as the index reads them.
 */
import { getConfig } from '@/lib/config';
import { loadCorpusPassages, type CorpusDocument, type Passage } from '@/lib/corpus';
import { DEFAULT_LSA_OPTIONS } from './embedder';
import type { SearchIndex } from './index-store';
import { parsePersistedIndex, restoreIndex, serializeIndex } from './persist';
import { openAIEmbedTexts } from './remote-embedder';
import { openSearchIndex, SearchUnavailableError, type OpenedSearch, type OpenOptions } from './store';
import type { EngineSettings, QueryAnalysis, QueryReading, SearchHit, SearchOptions } from './settings';

export type { EngineSettings, QueryAnalysis, SearchHit, SearchMode, SearchOptions } from './settings';
// How the index reads words, for the stages that compare questions and sentences the same way.
export { analyzeText, analyzeWord, foldedWords, splitWords, STOP_WORDS } from './analyze';
export { expandQuery, vocabularyPhrases } from './expansion';
export type { SearchEngine } from './search';
export { createSearchEngine } from './search';
export type { SearchIndex } from './index-store';
export { buildSearchIndex } from './index-store';
export type { OpenedSearch, OpenOptions } from './store';
export { openSearchIndex, SearchUnavailableError } from './store';

let opened: Promise<OpenedSearch> | undefined;

/** Where the app's index lives and what builds it, from the environment (lib/config). */
export function searchOptionsFromConfig(config = getConfig()): OpenOptions {
  const model = config.openai.embeddingModel;
  const embedding = model
    ? { model, embed: openAIEmbedTexts({ apiKey: config.openai.apiKey, baseURL: config.openai.baseURL, model, timeoutMs: config.modelTimeoutMs }) }
    : undefined;
  return { dataDir: config.dataDir, loadCorpus: () => loadCorpusPassages(config.corpusDir), embedding };
}

/** Exit status of a process ended by SIGTERM (128 + 15). */
const SIGTERM_EXIT_CODE = 143;

/**
 * A SIGTERM that arrives while the index loads or builds ends the process at once: no request
 * can have been answered yet, so there is nothing to drain, and waiting for the build (and the
 * framework's graceful close after it) kept a stopping server alive until it was killed.
 */
function exitOnSigtermDuring<T>(work: Promise<T>): Promise<T> {
  const exitNow = () => process.exit(SIGTERM_EXIT_CODE);
  process.once('SIGTERM', exitNow);
  return work.finally(() => process.off('SIGTERM', exitNow));
}

function openFromConfig(): Promise<OpenedSearch> {
  return exitOnSigtermDuring(openSearchIndex(searchOptionsFromConfig()));
}

/**
 * The process-wide index, loaded (or built) once. Concurrent first callers share one promise;
 * a failed load is forgotten so the next call tries again.
 */
export function getSearchIndex(): Promise<OpenedSearch> {
  opened ??= openFromConfig().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/** How long a request waits for an index that is still loading before it is told to come back. */
export const INDEX_WAIT_MS = 3000;

/** What a 503 for an index that is not ready tells a client in Retry-After. */
export const INDEX_RETRY_AFTER_SECONDS = 5;

export type IndexReadiness = { ready: true } | { ready: false; status: 503; error: string; headers: { 'retry-after': string } };

const retryHeaders = { 'retry-after': String(INDEX_RETRY_AFTER_SECONDS) };

/**
 * The opened index, or undefined while it is still loading or building after `waitMs`; rejects
 * when it cannot be opened at all (e.g. an empty corpus).
 */
export async function searchIndexWithin(waitMs: number): Promise<OpenedSearch | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    return await Promise.race([getSearchIndex(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the index can serve a request now, waiting at most `waitMs` for one that is loading or
 * building: a request during a long build gets a 503 to retry instead of hanging, and an index
 * that cannot be built (an empty corpus) a 503 that says why.
 */
export async function indexReadiness(waitMs = INDEX_WAIT_MS): Promise<IndexReadiness> {
  try {
    if (await searchIndexWithin(waitMs)) return { ready: true };
    return { ready: false, status: 503, error: 'the search index is being built; try again in a few seconds', headers: retryHeaders };
  } catch (error) {
    const reason = error instanceof SearchUnavailableError ? error.message : 'the search index could not be loaded';
    return { ready: false, status: 503, error: `search is unavailable: ${reason}`, headers: retryHeaders };
  }
}

export async function searchPassages(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const { engine } = await getSearchIndex();
  return engine.search(query, options);
}

export async function analyzeQuery(query: string, reading?: QueryReading): Promise<QueryAnalysis> {
  const { engine } = await getSearchIndex();
  return engine.analyze(query, reading);
}

export async function getPassage(id: string): Promise<Passage | undefined> {
  const { engine } = await getSearchIndex();
  return engine.index.byId.get(id);
}

export async function getDocument(docId: string): Promise<CorpusDocument | undefined> {
  const { documents } = await getSearchIndex();
  return documents.find((d) => d.id === docId);
}

export async function listDocuments(): Promise<Array<{ id: string; title: string }>> {
  const { documents } = await getSearchIndex();
  return documents.map((d) => ({ id: d.id, title: d.title }));
}

/** A built index as one string (what `npm run index` writes), for the bench. */
export function serializeSearchIndex(index: SearchIndex, corpusHash = ''): string {
  return JSON.stringify(serializeIndex(index, { corpusHash, passages: index.passages, lsa: DEFAULT_LSA_OPTIONS }));
}

/** The inverse of serializeSearchIndex, for the same passages; throws on a malformed string. */
export function restoreSearchIndex(serialized: string, passages: readonly Passage[], settings?: Partial<EngineSettings>): SearchIndex {
  const parsed = parsePersistedIndex(serialized);
  if (!parsed.ok) throw new Error(parsed.reason);
  return restoreIndex(parsed.data, passages, { settings });
}
