import path from 'node:path';
import type { CorpusDocument, CorpusLoadError, Passage } from '@/lib/corpus/schema';
import { DEFAULT_LSA_OPTIONS, type LsaEmbedderOptions } from './embedder';
import { buildSearchIndex, type SearchIndex } from './index-store';
import { INDEX_FILE_NAME, readIndexFile, restoreIndex, serializeIndex, writeIndexFile, type Identity } from './persist';
import { createCachedEmbedder, type EmbedTexts } from './remote-embedder';
import { createSearchEngine, type SearchEngine } from './search';
import type { EngineSettings } from './settings';

export type CorpusSnapshot = {
  documents: CorpusDocument[];
  passages: Passage[];
  errors: CorpusLoadError[];
  corpusHash: string;
};

export type OpenOptions = {
  dataDir: string;
  loadCorpus: () => Promise<CorpusSnapshot>;
  /** An embedding model to use instead of LSA; passage vectors are cached under dataDir. */
  embedding?: { model: string; embed: EmbedTexts };
  settings?: Partial<EngineSettings>;
  lsa?: LsaEmbedderOptions;
  /** Build even when the persisted index is current (npm run index). */
  forceRebuild?: boolean;
  log?: (line: string) => void;
  /** Called when no usable persisted index exists and a (seconds-long) build begins. */
  onBuildStart?: () => void;
};

export type OpenedSearch = {
  engine: SearchEngine;
  documents: CorpusDocument[];
  errors: CorpusLoadError[];
  corpusHash: string;
  /** 'disk' when the persisted index was used as is. */
  source: 'disk' | 'built';
  /** Why the index was rebuilt, when it was. */
  rebuildReason?: string;
  file: string;
  /** Whether the built index reached disk (a read-only data dir still serves from memory). */
  persisted: boolean;
  elapsedMs: number;
};

/** The index cannot serve (an empty corpus): routes answer 503 with this message. */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function buildWithFallback(snapshot: CorpusSnapshot, options: OpenOptions, lsa: LsaEmbedderOptions): Promise<SearchIndex> {
  const log = options.log ?? console.log;
  if (options.embedding) {
    const embedder = createCachedEmbedder({ ...options.embedding, cacheDir: path.join(options.dataDir, 'embeddings') });
    try {
      return await buildSearchIndex(snapshot.passages, { embedder, settings: options.settings });
    } catch (error) {
      log(`[search] embedding model ${options.embedding.model} failed (${message(error)}); using LSA instead`);
    }
  }
  return buildSearchIndex(snapshot.passages, { lsa, settings: options.settings });
}

/**
 * Loads the corpus, then the persisted index if it matches the corpus, analyzer and embedder;
 * otherwise builds a new one and persists it. Logs one line saying why it rebuilt.
 */
export async function openSearchIndex(options: OpenOptions): Promise<OpenedSearch> {
  const started = performance.now();
  const log = options.log ?? console.log;
  const lsa = options.lsa ?? DEFAULT_LSA_OPTIONS;
  const snapshot = await options.loadCorpus();
  // Unreadable files are skipped so the rest still serves, but an operator must be able to see which.
  for (const skipped of snapshot.errors) log(`[search] skipped corpus file ${skipped.file}: ${skipped.reason}`);
  if (snapshot.passages.length === 0) throw new SearchUnavailableError('the corpus has no usable passages');
  const file = path.join(options.dataDir, INDEX_FILE_NAME);
  const embedderId = options.embedding ? `embedding:${options.embedding.model}` : undefined;
  const identity: Identity = { corpusHash: snapshot.corpusHash, passages: snapshot.passages, lsa, embedderId };
  const remoteEmbedder = options.embedding ? createCachedEmbedder({ ...options.embedding, cacheDir: path.join(options.dataDir, 'embeddings') }) : undefined;
  const base = { documents: snapshot.documents, errors: snapshot.errors, corpusHash: snapshot.corpusHash, file };

  const read = options.forceRebuild ? ({ ok: false, reason: 'rebuild requested' } as const) : await readIndexFile(file, identity);
  let reason = read.ok ? undefined : read.reason;
  if (read.ok) {
    try {
      const index = restoreIndex(read.data, snapshot.passages, { remoteEmbedder, settings: options.settings, lsa });
      return { ...base, engine: createSearchEngine(index), source: 'disk', persisted: true, elapsedMs: performance.now() - started };
    } catch (error) {
      reason = `persisted index could not be loaded: ${message(error)}`;
    }
  }
  log(`[search] building the search index: ${reason}`);
  options.onBuildStart?.();
  const index = await buildWithFallback(snapshot, options, lsa);
  let persisted = true;
  try {
    await writeIndexFile(file, serializeIndex(index, identity));
  } catch (error) {
    persisted = false;
    log(`[search] could not write ${file}: ${message(error)}; serving from memory`);
  }
  return { ...base, engine: createSearchEngine(index), source: 'built', rebuildReason: reason, persisted, elapsedMs: performance.now() - started };
}
