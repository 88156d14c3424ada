import { dot } from './linalg';

export type MmrCandidate = { id: string; relevance: number };

/**
 * Maximal marginal relevance: picks k candidates one at a time, each maximizing
 * lambda * relevance - (1 - lambda) * (highest similarity to anything already picked).
 * The articles repeat each other, so without this the top k fills with the same fact told
 * three times. Candidates without a vector count as dissimilar to everything.
 *
 * Only similarity at or above `duplicateSimilarity` counts: passages on the same topic that
 * state different facts (the iron paragraph and the iron table row) are not redundant, and
 * penalising them pushes the one that answers out of the top k. 0 penalises every overlap.
 */
export function selectMmr(
  candidates: readonly MmrCandidate[],
  vectors: ReadonlyMap<string, ArrayLike<number>>,
  k: number,
  lambda: number,
  duplicateSimilarity = 0,
): MmrCandidate[] {
  const remaining = candidates.map((c) => ({ c, v: vectors.get(c.id), maxSim: 0 }));
  const picked: MmrCandidate[] = [];
  while (picked.length < k && remaining.length > 0) {
    let bestIndex = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const r = remaining[i]!;
      const value = lambda * r.c.relevance - (1 - lambda) * r.maxSim;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    }
    const [chosen] = remaining.splice(bestIndex, 1);
    picked.push(chosen!.c);
    const chosenVector = chosen!.v;
    if (!chosenVector || lambda >= 1) continue;
    for (const r of remaining) {
      if (!r.v) continue;
      const sim = dot(r.v, chosenVector);
      if (sim >= duplicateSimilarity && sim > r.maxSim) r.maxSim = sim;
    }
  }
  return picked;
}
