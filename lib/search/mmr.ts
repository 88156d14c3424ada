import { dot } from './linalg';

export type MmrCandidate = { id: string; relevance: number };

/**
 * Maximal marginal relevance: picks k candidates one at a time, each maximizing
 * lambda * relevance - (1 - lambda) * (highest similarity to anything already picked).
 * The articles repeat each other, so without this the top k fills with the same fact told
 * three times. Candidates without a vector count as dissimilar to everything.
 */
export function selectMmr(
  candidates: readonly MmrCandidate[],
  vectors: ReadonlyMap<string, ArrayLike<number>>,
  k: number,
  lambda: number,
): MmrCandidate[] {
  const remaining = [...candidates];
  const picked: MmrCandidate[] = [];
  const maxSim = new Map<string, number>(remaining.map((c) => [c.id, 0]));
  while (picked.length < k && remaining.length > 0) {
    let bestIndex = 0;
    let bestValue = -Infinity;
    remaining.forEach((c, i) => {
      const value = lambda * c.relevance - (1 - lambda) * maxSim.get(c.id)!;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    });
    const [chosen] = remaining.splice(bestIndex, 1);
    picked.push(chosen!);
    const chosenVector = vectors.get(chosen!.id);
    if (!chosenVector) continue;
    for (const c of remaining) {
      const v = vectors.get(c.id);
      if (v) maxSim.set(c.id, Math.max(maxSim.get(c.id)!, dot(v, chosenVector)));
    }
  }
  return picked;
}
