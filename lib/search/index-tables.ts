import type { SearchIndex } from './index-store';
import { OrdinalScores } from './ordinal-scores';

/**
 * Lookups derived from an index once, so a search works on passage ordinals and one vector block
 * instead of hashing ids into Maps and reading many small arrays. Everything here depends only on
 * the index, never on traffic, so it does not grow after it is built.
 */
export type IndexTables = {
  /** Passage id by ordinal: the vectors' order first (it decides vector-scan ties), then any passage without one. */
  ids: readonly string[];
  ordinal: ReadonlyMap<string, number>;
  /** Row `ordinal` holds that passage's unit vector (zeros without one). */
  vectors: Float32Array;
  hasVector: Uint8Array;
  /** How many leading rows have a vector (the rows a vector scan visits). */
  vectorRows: number;
  dimensions: number;
  /** Scratch accumulators for synchronous scoring code only: never held across an await. */
  scratch: readonly [OrdinalScores, OrdinalScores, OrdinalScores];
  /** Cleared accumulators a search may hold across awaits (see borrowScores). */
  spareScores: OrdinalScores[];
  /** Passage-pair cosines filled on first use (NaN: not yet), for small corpora only. */
  similarity: Float64Array | undefined;
  /** Per ordinal, the id's place in `localeCompare` order (equal ids-by-collation share one). */
  collationRank: Int32Array | undefined;
};

/**
 * Up to this many passages, pair cosines are kept once computed (8 bytes a pair: 2 MB at most).
 * MMR compares the same passages in query after query; larger corpora compute them each time.
 */
const SIMILARITY_TABLE_MAX_PASSAGES = 512;

const tablesByIndex = new WeakMap<SearchIndex, IndexTables>();

/** The vectors as one block, viewed in place when they already are one (a restored index). */
function vectorBlock(vectors: readonly Float32Array[], dimensions: number, rows: number): Float32Array {
  const first = vectors[0];
  const contiguous =
    first !== undefined &&
    vectors.every((v, i) => v.buffer === first.buffer && v.length === dimensions && v.byteOffset === first.byteOffset + i * dimensions * 4);
  if (contiguous && vectors.length === rows) return new Float32Array(first.buffer, first.byteOffset, rows * dimensions);
  const block = new Float32Array(rows * dimensions);
  vectors.forEach((v, i) => block.set(v.subarray(0, dimensions), i * dimensions));
  return block;
}

function buildTables(index: SearchIndex): IndexTables {
  const ids = [...index.vectors.keys()];
  const vectorRows = ids.length;
  const ordinal = new Map(ids.map((id, i) => [id, i]));
  for (const p of index.passages) {
    if (!ordinal.has(p.id)) {
      ordinal.set(p.id, ids.length);
      ids.push(p.id);
    }
  }
  const vectors = vectorBlock([...index.vectors.values()], index.dimensions, ids.length);
  const hasVector = new Uint8Array(ids.length);
  hasVector.fill(1, 0, vectorRows);
  const n = ids.length;
  return {
    ids,
    ordinal,
    vectors,
    hasVector,
    vectorRows,
    dimensions: index.dimensions,
    scratch: [new OrdinalScores(n), new OrdinalScores(n), new OrdinalScores(n)],
    spareScores: [],
    similarity: undefined,
    collationRank: undefined,
  };
}

export function indexTables(index: SearchIndex): IndexTables {
  let tables = tablesByIndex.get(index);
  if (!tables) tablesByIndex.set(index, (tables = buildTables(index)));
  return tables;
}

/** Spare accumulators kept per index: as many as searches usually overlap, not as many as ever did. */
const MAX_SPARE_SCORES = 4;

/**
 * An accumulator over every ordinal, cleared, for one search to hold across awaits; give it back
 * with returnScores. On a large corpus this saves allocating and zeroing one per search.
 */
export function borrowScores(tables: IndexTables): OrdinalScores {
  return tables.spareScores.pop() ?? new OrdinalScores(tables.ids.length);
}

export function returnScores(tables: IndexTables, scores: OrdinalScores): void {
  if (scores.value.length !== tables.ids.length || tables.spareScores.length >= MAX_SPARE_SCORES) return;
  scores.clear();
  tables.spareScores.push(scores);
}

/**
 * Dot product of two rows, summed in order from the first component exactly as linalg `dot`
 * sums, so scores and MMR choices do not move by a rounding.
 */
export function rowDot(tables: IndexTables, a: number, b: number): number {
  const { vectors, dimensions } = tables;
  const x = a * dimensions;
  const y = b * dimensions;
  let s = 0;
  for (let j = 0; j < dimensions; j++) s += vectors[x + j]! * vectors[y + j]!;
  return s;
}

/** The same sum for a row against a query vector (its first `min(dimensions, length)` components). */
export function rowQueryDot(tables: IndexTables, row: number, query: Float32Array): number {
  const { vectors, dimensions } = tables;
  const x = row * dimensions;
  const k = Math.min(dimensions, query.length);
  let s = 0;
  for (let j = 0; j < k; j++) s += vectors[x + j]! * query[j]!;
  return s;
}

/**
 * `rowQueryDot` of each listed row into `out` (0 for a passage without a vector). A sum in order
 * waits on its previous addition at every step; four rows at a time keep four independent sums
 * going, each still added in its own order, so every value is the one `rowQueryDot` gives.
 */
export function rowQueryDots(tables: IndexTables, rows: ArrayLike<number>, query: Float32Array, out: Float64Array): void {
  const { vectors, dimensions, hasVector } = tables;
  const k = Math.min(dimensions, query.length);
  let i = 0;
  for (; i + 3 < rows.length; i += 4) {
    const a = rows[i]! * dimensions;
    const b = rows[i + 1]! * dimensions;
    const c = rows[i + 2]! * dimensions;
    const d = rows[i + 3]! * dimensions;
    let sa = 0;
    let sb = 0;
    let sc = 0;
    let sd = 0;
    for (let j = 0; j < k; j++) {
      const q = query[j]!;
      sa += vectors[a + j]! * q;
      sb += vectors[b + j]! * q;
      sc += vectors[c + j]! * q;
      sd += vectors[d + j]! * q;
    }
    out[i] = sa;
    out[i + 1] = sb;
    out[i + 2] = sc;
    out[i + 3] = sd;
  }
  for (; i < rows.length; i++) out[i] = rowQueryDot(tables, rows[i]!, query);
  for (let r = 0; r < rows.length; r++) if (hasVector[rows[r]!] === 0) out[r] = 0;
}

/** Cosine of two passages that both have a vector, exactly as `rowDot` computes it. */
export function passageSimilarity(tables: IndexTables, a: number, b: number): number {
  const n = tables.ids.length;
  if (n > SIMILARITY_TABLE_MAX_PASSAGES) return rowDot(tables, a, b);
  tables.similarity ??= new Float64Array(n * n).fill(NaN);
  const table = tables.similarity;
  let sim = table[a * n + b]!;
  if (Number.isNaN(sim)) {
    // The products commute, so the sum is the same in either order.
    sim = rowDot(tables, a, b);
    table[a * n + b] = sim;
    table[b * n + a] = sim;
  }
  return sim;
}

/**
 * Ranks such that `rank[a] - rank[b]` has the sign of `ids[a].localeCompare(ids[b])`: tie-breaks
 * by id cost an integer comparison instead of a collation per comparison. Built on first use.
 */
export function collationRanks(tables: IndexTables): Int32Array {
  if (tables.collationRank) return tables.collationRank;
  const { ids } = tables;
  const sorted = Array.from(ids.keys()).sort((a, b) => ids[a]!.localeCompare(ids[b]!));
  const rank = new Int32Array(ids.length);
  sorted.forEach((ord, i) => {
    const previous = sorted[i - 1];
    rank[ord] = previous !== undefined && ids[previous]!.localeCompare(ids[ord]!) === 0 ? rank[previous]! : i;
  });
  tables.collationRank = rank;
  return rank;
}
