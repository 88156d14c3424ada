import { dot } from './linalg';

export type MmrCandidate = { id: string; relevance: number };

/** What MMR needs to know about candidates 0..count-1. */
export type MmrInput = {
  relevance: ArrayLike<number>;
  hasVector: (i: number) => boolean;
  /** Cosine of two candidates that both have a vector. */
  similarity: (i: number, j: number) => number;
};

/**
 * Maximal marginal relevance: picks k candidates one at a time, each maximizing
 * lambda * relevance - (1 - lambda) * (highest similarity to anything already picked).
 * The articles repeat each other, so without this the top k fills with the same fact told
 * three times. Candidates without a vector count as dissimilar to everything.
 *
 * Only similarity at or above `duplicateSimilarity` counts: passages on the same topic that
 * state different facts (the iron paragraph and the iron table row) are not redundant, and
 * penalising them pushes the one that answers out of the top k. 0 penalises every overlap.
 *
 * Returns candidate positions in pick order.
 */
export function pickMmr(input: MmrInput, k: number, lambda: number, duplicateSimilarity = 0): number[] {
  const { relevance, hasVector, similarity } = input;
  const count = relevance.length;
  const maxSim = new Float64Array(count);
  const alive = new Uint8Array(count).fill(1);
  const picked: number[] = [];
  while (picked.length < k && picked.length < count) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < count; i++) {
      if (alive[i] === 0) continue;
      if (bestIndex < 0) bestIndex = i;
      const value = lambda * relevance[i]! - (1 - lambda) * maxSim[i]!;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    }
    alive[bestIndex] = 0;
    picked.push(bestIndex);
    if (!hasVector(bestIndex) || lambda >= 1) continue;
    for (let i = 0; i < count; i++) {
      if (alive[i] === 0 || !hasVector(i)) continue;
      const sim = similarity(i, bestIndex);
      if (sim >= duplicateSimilarity && sim > maxSim[i]!) maxSim[i] = sim;
    }
  }
  return picked;
}

/** MMR over candidates whose vectors are looked up by id (see pickMmr). */
export function selectMmr(
  candidates: readonly MmrCandidate[],
  vectors: ReadonlyMap<string, ArrayLike<number>>,
  k: number,
  lambda: number,
  duplicateSimilarity = 0,
): MmrCandidate[] {
  const vs = candidates.map((c) => vectors.get(c.id));
  const input: MmrInput = {
    relevance: candidates.map((c) => c.relevance),
    hasVector: (i) => vs[i] !== undefined,
    similarity: (i, j) => dot(vs[i]!, vs[j]!),
  };
  return pickMmr(input, k, lambda, duplicateSimilarity).map((i) => candidates[i]!);
}
