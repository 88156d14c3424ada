import { z } from 'zod';
import { gaussianMatrix, multiplyTransposed, normalizeInPlace, orthonormalizeColumns, seededRandom, symmetricEigen, zeros, type Matrix } from './linalg';
import { createPause, type Pause } from '@/lib/corpus/yield';

/**
 * Latent semantic analysis learned from the passages at build time: TF-IDF over analyzed terms,
 * a truncated SVD by randomized range finding (fixed seed, so every build gives the same model),
 * and fold-in of new texts by projecting their TF-IDF vector onto the term space.
 */

/** A text as weighted analyzed terms (counts, plus fractional synonym weights). */
export type TermBag = ReadonlyMap<string, number>;

export type LsaOptions = {
  dimensions: number;
  seed?: number;
  powerIterations?: number;
  oversample?: number;
};

export type LsaModel = {
  terms: string[];
  termIndex: ReadonlyMap<string, number>;
  idf: Float64Array;
  /** terms x dimensions; column j is the j-th left singular vector. */
  projection: Matrix;
  singularValues: number[];
  dimensions: number;
};

/** Term rows of the final projection computed between two pauses. */
const PROJECTION_ROWS_PER_STEP = 256;
/** Passage columns of a sparse matrix product computed between two pauses. */
const COLUMNS_PER_STEP = 32;

type SparseColumn = { index: Int32Array; value: Float64Array };

export function bagOf(terms: readonly string[], weight = 1, into = new Map<string, number>()): Map<string, number> {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

/** Sublinear term frequency times idf; fractional (synonym-only) weights stay below one count. */
function tfidf(bag: TermBag, termIndex: ReadonlyMap<string, number>, idf: Float64Array): SparseColumn {
  const entries: Array<[number, number]> = [];
  for (const [term, tf] of bag) {
    const i = termIndex.get(term);
    if (i === undefined || tf <= 0) continue;
    const w = tf >= 1 ? 1 + Math.log(tf) : tf;
    entries.push([i, w * idf[i]!]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const value = Float64Array.from(entries, (e) => e[1]);
  normalizeInPlace(value);
  return { index: Int32Array.from(entries, (e) => e[0]), value };
}

/** Y = A * X where A is terms x docs given as sparse columns and X is docs x l. */
async function sparseTimes(columns: SparseColumn[], nTerms: number, x: Matrix, pause: Pause): Promise<Matrix> {
  const y = zeros(nTerms, x.cols);
  for (const [d, col] of columns.entries()) {
    if (d % COLUMNS_PER_STEP === 0) await pause();
    for (let p = 0; p < col.index.length; p++) {
      const row = col.index[p]! * x.cols;
      const a = col.value[p]!;
      for (let j = 0; j < x.cols; j++) y.data[row + j]! += a * x.data[d * x.cols + j]!;
    }
  }
  return y;
}

/** Z = A^T * Y (docs x l). */
async function sparseTransposeTimes(columns: SparseColumn[], y: Matrix, pause: Pause): Promise<Matrix> {
  const z = zeros(columns.length, y.cols);
  for (const [d, col] of columns.entries()) {
    if (d % COLUMNS_PER_STEP === 0) await pause();
    for (let p = 0; p < col.index.length; p++) {
      const row = col.index[p]! * y.cols;
      const a = col.value[p]!;
      for (let j = 0; j < y.cols; j++) z.data[d * y.cols + j]! += a * y.data[row + j]!;
    }
  }
  return z;
}

function vocabularyOf(bags: readonly TermBag[]): { terms: string[]; termIndex: Map<string, number>; idf: Float64Array } {
  const df = new Map<string, number>();
  for (const bag of bags) for (const [t, w] of bag) if (w > 0) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = [...df.keys()].sort();
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  const n = bags.length;
  const idf = Float64Array.from(terms, (t) => Math.log((n + 1) / (df.get(t)! + 1)) + 1);
  return { terms, termIndex, idf };
}

/** `pause` runs between the matrix products, so a build does not hold the event loop for the whole SVD. */
export async function trainLsa(bags: readonly TermBag[], options: LsaOptions, pause: Pause = createPause()): Promise<LsaModel> {
  const { terms, termIndex, idf } = vocabularyOf(bags);
  await pause();
  const columns = bags.map((b) => tfidf(b, termIndex, idf));
  await pause();
  const rank = Math.min(options.dimensions, terms.length, bags.length);
  if (rank < 1) throw new Error('LSA needs at least one passage with one term');
  const width = Math.min(rank + (options.oversample ?? 12), terms.length, bags.length);
  const random = seededRandom(options.seed ?? 42);

  const range = await sparseTimes(columns, terms.length, gaussianMatrix(bags.length, width, random), pause);
  await pause();
  let y = orthonormalizeColumns(range);
  for (let i = 0; i < (options.powerIterations ?? 3); i++) {
    const product = await sparseTransposeTimes(columns, y, pause);
    await pause();
    const z = orthonormalizeColumns(product);
    const next = await sparseTimes(columns, terms.length, z, pause);
    await pause();
    y = orthonormalizeColumns(next);
  }
  // B^T = A^T Q; the eigenvectors of B B^T rotate Q into the left singular vectors.
  const bt = await sparseTransposeTimes(columns, y, pause);
  await pause();
  const { values, vectors } = symmetricEigen(multiplyTransposed(bt, bt));
  await pause();
  const kept = values.slice(0, rank).filter((v) => v > 1e-10).length;
  const projection = zeros(terms.length, kept);
  for (let t = 0; t < terms.length; t++) {
    if (t % PROJECTION_ROWS_PER_STEP === 0) await pause();
    for (let j = 0; j < kept; j++) {
      let s = 0;
      for (let m = 0; m < width; m++) s += y.data[t * width + m]! * vectors.data[m * width + j]!;
      projection.data[t * kept + j] = s;
    }
  }
  fixSigns(projection);
  // Keep only float32 precision from the start, so a model read back from disk embeds identically.
  projection.data.set(Float32Array.from(projection.data));
  return { terms, termIndex, idf, projection, singularValues: values.slice(0, kept).map(Math.sqrt), dimensions: kept };
}

/** Singular vectors are defined up to sign; make the largest entry positive so builds agree. */
function fixSigns(p: Matrix): void {
  for (let j = 0; j < p.cols; j++) {
    let maxAbs = 0;
    let sign = 1;
    for (let i = 0; i < p.rows; i++) {
      const v = p.data[i * p.cols + j]!;
      if (Math.abs(v) > maxAbs) {
        maxAbs = Math.abs(v);
        sign = Math.sign(v);
      }
    }
    if (sign < 0) for (let i = 0; i < p.rows; i++) p.data[i * p.cols + j] = -p.data[i * p.cols + j]!;
  }
}

/** Folds a text into the latent space; unit length (all zeros when no term is known). */
export function projectBag(model: LsaModel, bag: TermBag): Float32Array {
  const col = tfidf(bag, model.termIndex, model.idf);
  const k = model.dimensions;
  const out = new Float64Array(k);
  for (let p = 0; p < col.index.length; p++) {
    const row = col.index[p]! * k;
    const a = col.value[p]!;
    for (let j = 0; j < k; j++) out[j]! += a * model.projection.data[row + j]!;
  }
  return Float32Array.from(normalizeInPlace(out));
}

/** A term's position in the latent space (row of U times the singular values), unit length. */
export function termVector(model: LsaModel, term: string): Float32Array | undefined {
  const i = model.termIndex.get(term);
  if (i === undefined) return undefined;
  const k = model.dimensions;
  const out = new Float64Array(k);
  for (let j = 0; j < k; j++) out[j] = model.projection.data[i * k + j]! * model.singularValues[j]!;
  return Float32Array.from(normalizeInPlace(out));
}

// --- Persistence: compact and exact enough (float32) ---

export const serializedLsaSchema = z.object({
  terms: z.array(z.string()),
  idf: z.array(z.number()),
  singularValues: z.array(z.number()),
  dimensions: z.number().int().positive(),
  /** Float32 little-endian, row-major terms x dimensions, base64. */
  projection: z.string(),
});
export type SerializedLsa = z.infer<typeof serializedLsaSchema>;

export function serializeLsa(model: LsaModel): SerializedLsa {
  const f32 = Float32Array.from(model.projection.data);
  return {
    terms: model.terms,
    idf: Array.from(model.idf),
    singularValues: model.singularValues,
    dimensions: model.dimensions,
    projection: Buffer.from(f32.buffer, f32.byteOffset, f32.byteLength).toString('base64'),
  };
}

export function deserializeLsa(raw: SerializedLsa): LsaModel {
  const bytes = Buffer.from(raw.projection, 'base64');
  const expected = raw.terms.length * raw.dimensions * 4;
  if (bytes.byteLength !== expected || raw.idf.length !== raw.terms.length || raw.singularValues.length !== raw.dimensions) {
    throw new Error('LSA model is inconsistent');
  }
  const f32 = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return {
    terms: raw.terms,
    termIndex: new Map(raw.terms.map((t, i) => [t, i])),
    idf: Float64Array.from(raw.idf),
    projection: { rows: raw.terms.length, cols: raw.dimensions, data: Float64Array.from(f32) },
    singularValues: raw.singularValues,
    dimensions: raw.dimensions,
  };
}
