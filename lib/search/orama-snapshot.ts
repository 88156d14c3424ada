import type { RawData } from '@orama/orama';
import { z } from 'zod';
import type { Passage } from '@/lib/corpus/schema';
import { headingsText, VECTOR_PROPERTY } from './index-store';

/**
 * Orama's `save()` holds every passage three times over (the stored documents, their embeddings
 * as JSON number arrays, and the vector index's own copy as JSON numbers). At 100,000 passages
 * that alone passes V8's maximum string length. The passages are given again at load and the
 * vectors are persisted once as binary, so the snapshot drops those copies and `expandOramaData`
 * puts them back before `load`.
 */

const idStoreSchema = z.looseObject({ internalIdToId: z.array(z.string()) });
const vectorIndexSchema = z.looseObject({ size: z.number(), vectors: z.array(z.unknown()) });
const indexSchema = z.looseObject({ vectorIndexes: z.record(z.string(), vectorIndexSchema) });
const docsSchema = z.looseObject({ docs: z.unknown(), count: z.number() });

export function compactOramaData(raw: RawData): RawData {
  const index = indexSchema.parse(raw.index);
  const docs = docsSchema.parse(raw.docs);
  const vectorIndexes = Object.fromEntries(Object.entries(index.vectorIndexes).map(([name, v]) => [name, { ...v, vectors: [] }]));
  return { ...raw, index: { ...index, vectorIndexes }, docs: { ...docs, docs: {} } };
}

function magnitude(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

/** Throws when the snapshot's documents are not the given passages. */
export function expandOramaData(raw: RawData, passages: readonly Passage[], vectors: ReadonlyMap<string, Float32Array>): RawData {
  const ids = idStoreSchema.parse(raw.internalDocumentIDStore).internalIdToId;
  const index = indexSchema.parse(raw.index);
  const docs = docsSchema.parse(raw.docs);
  if (ids.length !== passages.length || docs.count !== passages.length) throw new Error('persisted search data does not match the passages');
  const byId = new Map(passages.map((p) => [p.id, p]));
  const storedDocs: Record<string, Record<string, string>> = {};
  const storedVectors: Array<[number, [number, Float32Array]]> = [];
  ids.forEach((id, i) => {
    const p = byId.get(id);
    const v = vectors.get(id);
    if (!p || !v) throw new Error(`persisted index lacks passage ${id}`);
    // Orama's internal ids start at 1, in insertion order.
    storedDocs[String(i + 1)] = { id: p.id, title: p.title, headings: headingsText(p), text: p.text, kind: p.kind, docId: p.docId };
    storedVectors.push([i + 1, [magnitude(v), v]]);
  });
  const vector = index.vectorIndexes[VECTOR_PROPERTY];
  if (!vector) throw new Error('persisted search data has no vector index');
  const vectorIndexes = { ...index.vectorIndexes, [VECTOR_PROPERTY]: { ...vector, vectors: storedVectors } };
  return { ...raw, index: { ...index, vectorIndexes }, docs: { ...docs, docs: storedDocs } };
}
