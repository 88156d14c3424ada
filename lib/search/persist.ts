import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load, save, type RawData } from '@orama/orama';
import { z } from 'zod';
import type { Passage } from '@/lib/corpus/schema';
import { ANALYZER_VERSION } from './analyze';
import { isLsaEmbedder, lsaEmbedderFromModel, DEFAULT_LSA_OPTIONS, type Embedder, type LsaEmbedderOptions } from './embedder';
import { assembleIndex, createSearchDb, type SearchIndex } from './index-store';
import { deserializeLsa, serializeLsa, serializedLsaSchema } from './lsa';
import { resolveSettings, type EngineSettings } from './settings';
import { ONE_WAY_EXPANSIONS, SYNONYM_GROUPS } from './vocabulary/medical';
import { PHRASE_FOLDS } from './vocabulary/phrases';
import { SPELLING_VARIANTS } from './vocabulary/spelling';

export const INDEX_FILE_NAME = 'search-index.json';
const FORMAT = 1;

/**
 * Anything that changes what the index contains besides the corpus itself: analyzer rules, the
 * vocabulary (it shapes the LSA space) and LSA options. A change means rebuild.
 */
export function analysisFingerprint(lsa: LsaEmbedderOptions): string {
  return createHash('sha256')
    .update(JSON.stringify({ ANALYZER_VERSION, SYNONYM_GROUPS, ONE_WAY_EXPANSIONS, SPELLING_VARIANTS, PHRASE_FOLDS, lsa }))
    .digest('hex')
    .slice(0, 16);
}

export function passagesFingerprint(passages: readonly Passage[]): string {
  return createHash('sha256').update(JSON.stringify(passages)).digest('hex').slice(0, 16);
}

export const persistedSchema = z.object({
  format: z.literal(FORMAT),
  analysis: z.string(),
  corpusHash: z.string(),
  passages: z.string(),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  builtAt: z.string(),
  lsa: serializedLsaSchema.optional(),
  /** Passage id -> float32 vector, base64. */
  vectors: z.record(z.string(), z.string()),
  orama: z.object({
    internalDocumentIDStore: z.unknown(),
    index: z.unknown(),
    docs: z.unknown(),
    sorting: z.unknown(),
    pinning: z.unknown(),
    language: z.literal('english'),
  }),
});
export type Persisted = z.infer<typeof persistedSchema>;

export type Identity = { corpusHash: string; passages: readonly Passage[]; lsa: LsaEmbedderOptions; embedderId?: string };

function encodeVector(v: Float32Array): string {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
}

function decodeVector(s: string, dimensions: number): Float32Array {
  const b = Buffer.from(s, 'base64');
  if (b.byteLength !== dimensions * 4) throw new Error('stored vector has the wrong size');
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

export function serializeIndex(index: SearchIndex, identity: Identity): Persisted {
  const lsa = isLsaEmbedder(index.embedder) ? serializeLsa(index.embedder.model) : undefined;
  return {
    format: FORMAT,
    analysis: analysisFingerprint(identity.lsa),
    corpusHash: identity.corpusHash,
    passages: passagesFingerprint(identity.passages),
    embedderId: index.embedder.id,
    dimensions: index.dimensions,
    builtAt: new Date().toISOString(),
    lsa,
    vectors: Object.fromEntries([...index.vectors].map(([id, v]) => [id, encodeVector(v)])),
    orama: save(index.db) as Persisted['orama'],
  };
}

export async function writeIndexFile(file: string, data: Persisted): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, so a crash or a concurrent reader never sees half a file.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, file);
}

export type ReadResult = { ok: true; data: Persisted } | { ok: false; reason: string };

/** Parses a serialized index and checks its shape; the reason says what is wrong with it. */
export function parsePersistedIndex(raw: string): ReadResult {
  if (raw.trim() === '') return { ok: false, reason: 'persisted index is empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'persisted index is not valid JSON' };
  }
  const parsed = persistedSchema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: 'persisted index has an unexpected shape' };
}

/** Why a well-formed persisted index does not belong to the current corpus and code, if it doesn't. */
export function staleReason(data: Persisted, identity: Identity): string | undefined {
  if (data.corpusHash !== identity.corpusHash) return 'corpus changed';
  if (data.passages !== passagesFingerprint(identity.passages)) return 'passages changed';
  if (data.analysis !== analysisFingerprint(identity.lsa)) return 'analyzer or vocabulary changed';
  if (identity.embedderId !== undefined && data.embedderId !== identity.embedderId) return `embedder changed (${data.embedderId} -> ${identity.embedderId})`;
  return undefined;
}

/** Reads and checks a persisted index file. */
export async function readIndexFile(file: string, identity: Identity): Promise<ReadResult> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { ok: false, reason: 'no persisted index' };
  }
  const parsed = parsePersistedIndex(raw);
  if (!parsed.ok) return parsed;
  const stale = staleReason(parsed.data, identity);
  return stale === undefined ? parsed : { ok: false, reason: stale };
}

/**
 * Rebuilds the in-memory index from a persisted snapshot: the database is created with the same
 * schema and tokenizer as at build time and filled with core `load`, never a generic restore
 * (that would bring back a default tokenizer and stemmed terms would stop matching).
 */
export function restoreIndex(
  data: Persisted,
  passages: readonly Passage[],
  options: { remoteEmbedder?: Embedder; settings?: Partial<EngineSettings>; lsa?: LsaEmbedderOptions },
): SearchIndex {
  const settings = resolveSettings(options.settings);
  const embedder = data.lsa ? lsaEmbedderFromModel(deserializeLsa(data.lsa), options.lsa ?? DEFAULT_LSA_OPTIONS) : options.remoteEmbedder;
  if (!embedder || embedder.id !== data.embedderId) throw new Error(`no embedder for ${data.embedderId}`);
  const vectors = new Map<string, Float32Array>();
  for (const p of passages) {
    const v = data.vectors[p.id];
    if (v === undefined) throw new Error(`persisted index lacks passage ${p.id}`);
    vectors.set(p.id, decodeVector(v, data.dimensions));
  }
  const db = createSearchDb(data.dimensions, { prefixMinLength: settings.prefixMinLength });
  load(db, data.orama as RawData);
  return assembleIndex(db, passages, vectors, embedder, data.dimensions, settings);
}
