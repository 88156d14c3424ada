import type { IndexTables } from './index-tables';

/** Four running sums: the loop is the whole cost of a vector query on a large corpus. */
function rowDot(data: Float32Array, base: number, query: Float32Array, k: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < k; j += 4) {
    s0 += data[base + j]! * query[j]!;
    s1 += data[base + j + 1]! * query[j + 1]!;
    s2 += data[base + j + 2]! * query[j + 2]!;
    s3 += data[base + j + 3]! * query[j + 3]!;
  }
  for (; j < k; j++) s0 += data[base + j]! * query[j]!;
  return s0 + s1 + s2 + s3;
}

/**
 * The ordinals of the `limit` passages most similar to the query (unit vectors, so dot = cosine)
 * at or above `minSimilarity`, best first. A flat scan keeping a small sorted top list: nothing
 * proportional to the corpus is allocated per query and nothing is sorted in full.
 */
export function topSimilar(tables: IndexTables, query: Float32Array, limit: number, minSimilarity: number): Int32Array {
  const { vectors: data, dimensions, vectorRows } = tables;
  if (limit <= 0) return new Int32Array(0);
  const topRow = new Int32Array(limit);
  const topCos = new Float64Array(limit);
  let count = 0;
  const k = Math.min(dimensions, query.length);
  for (let row = 0, base = 0; row < vectorRows; row++, base += dimensions) {
    const cos = rowDot(data, base, query, k);
    if (cos < minSimilarity || (count === limit && cos <= topCos[limit - 1]!)) continue;
    let at = count < limit ? count++ : limit - 1;
    while (at > 0 && topCos[at - 1]! < cos) {
      topCos[at] = topCos[at - 1]!;
      topRow[at] = topRow[at - 1]!;
      at--;
    }
    topCos[at] = cos;
    topRow[at] = row;
  }
  return topRow.slice(0, count);
}
