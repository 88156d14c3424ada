import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { ensureDir } from './ensure-dir';
import path from 'node:path';
import { load, save, type RawData } from '@orama/orama';
import { z } from 'zod';
import type { Passage } from '@/lib/corpus/schema';
import { ANALYZER_VERSION } from './analyze';
import { isLsaEmbedder, lsaEmbedderFromModel, DEFAULT_LSA_OPTIONS, type Embedder, type LsaEmbedderOptions } from './embedder';
import { BRIDGE_VERSION, bridgeTableSchema } from './bridges';
import { assembleIndex, createSearchDb, type SearchIndex } from './index-store';
import { compactOramaData, expandOramaData } from './orama-snapshot';
import { deserializeLsa, serializeLsa, serializedLsaSchema } from './lsa';
import { DEFAULT_BRIDGE_SETTINGS, resolveSettings, type EngineSettings } from './settings';
import { ONE_WAY_EXPANSIONS, SYNONYM_GROUPS } from '@/lib/vocabulary/medical';
import { PHRASE_FOLDS } from '@/lib/vocabulary/phrases';
import { SPELLING_VARIANTS } from '@/lib/vocabulary/spelling';

export const INDEX_FILE_NAME = 'search-index.json';
/**
 * 2: vectors in one block, and no second and third copy of them or of the passages inside Orama's data.
 * 3: the WordNet bridge table travels with the index.
 */
const FORMAT = 3;

/**
 * Anything that changes what the index contains besides the corpus itself: analyzer rules, the
 * vocabulary (it shapes the LSA space), the bridge derivation and LSA options. A change means rebuild.
 */
export function analysisFingerprint(lsa: LsaEmbedderOptions): string {
  return createHash('sha256')
    .update(
      JSON.stringify({ ANALYZER_VERSION, SYNONYM_GROUPS, ONE_WAY_EXPANSIONS, SPELLING_VARIANTS, PHRASE_FOLDS, BRIDGE_VERSION, DEFAULT_BRIDGE_SETTINGS, lsa }),
    )
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
  bridges: bridgeTableSchema,
  /** Every passage vector as float32, in passage order, base64 (one block, not a record of strings). */
  vectors: z.string(),
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

function encodeVectors(passages: readonly Passage[], vectors: ReadonlyMap<string, Float32Array>, dimensions: number): string {
  const block = new Float32Array(passages.length * dimensions);
  passages.forEach((p, i) => {
    const v = vectors.get(p.id);
    if (!v || v.length !== dimensions) throw new Error(`no vector of size ${dimensions} for passage ${p.id}`);
    block.set(v, i * dimensions);
  });
  return Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString('base64');
}

function decodeVectors(s: string, passages: readonly Passage[], dimensions: number): Map<string, Float32Array> {
  const b = Buffer.from(s, 'base64');
  if (b.byteLength !== passages.length * dimensions * 4) throw new Error('stored vectors do not match the passages');
  const block = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  return new Map(passages.map((p, i) => [p.id, block.subarray(i * dimensions, (i + 1) * dimensions)]));
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
    bridges: index.bridges,
    vectors: encodeVectors(index.passages, index.vectors, index.dimensions),
    orama: compactOramaData(save(index.db)) as Persisted['orama'],
  };
}

export async function writeIndexFile(file: string, data: Persisted): Promise<void> {
  await ensureDir(path.dirname(file));
  // Write then rename, so a crash or a concurrent reader never sees half a file.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, file);
  } catch (error) {
    // A full or read-only disk must not leave half-written temp files behind.
    await rm(tmp, { force: true }).catch(() => {});
    throw error;
  }
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
  const vectors = decodeVectors(data.vectors, passages, data.dimensions);
  const db = createSearchDb(data.dimensions, { prefixMinLength: settings.prefixMinLength });
  load(db, expandOramaData(data.orama as RawData, passages, vectors));
  return assembleIndex(db, passages, vectors, embedder, data.dimensions, settings, data.bridges);
}
