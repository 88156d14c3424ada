import type { Concept } from './expansion';
import type { SearchIndex } from './index-store';
import { OrdinalScores } from './ordinal-scores';
import { isKnown, type QueryPlan } from './query-plan';
import type { EngineSettings, SearchMode } from './settings';
import type { TermHits } from './term-scores';

/** Passage id -> score. */
export type Scores = Map<string, number>;

const RRF_K = 60;

/**
 * How much a synonym match counts for a concept. When the corpus knows the query's own word,
 * the exact word is the better evidence and a synonym counts less; when it does not (an everyday
 * word like "gym" or "horrible"), the synonyms are the only way the idea can be found at all.
 */
export function alternativeWeightFor(index: SearchIndex, concept: Concept): number {
  const ownWordKnown = concept.terms.some((t) => isKnown(index, t));
  return ownWordKnown ? index.settings.alternativeWeight : index.settings.unknownWordAlternativeWeight;
}

/** Adds every hit of a term, each scaled by `weight` (1: the score itself, as the Map sum did). */
function addHits(out: OrdinalScores, hits: TermHits | undefined): void {
  if (!hits) return;
  const { ords, scores } = hits;
  for (let i = 0; i < ords.length; i++) out.add(ords[i]!, scores[i]!);
}

/**
 * BM25 of the query's own terms plus, per concept, the best-scoring alternative wording, into
 * `out` (empty); the other two accumulators are scratch for this synchronous call.
 */
export function textScores(
  plan: QueryPlan,
  perTerm: ReadonlyMap<string, TermHits>,
  alternativeWeight: (c: Concept) => number,
  out: OrdinalScores,
  [sum, best]: readonly [OrdinalScores, OrdinalScores],
  bridgeWeight = 1,
): OrdinalScores {
  const original = new Set(plan.expanded.terms);
  for (const t of original) addHits(out, perTerm.get(t));
  for (const c of plan.expanded.concepts) {
    for (const alt of c.alternatives) {
      for (const u of alt.terms) if (!original.has(u)) addHits(sum, perTerm.get(u));
      const factor = alt.bridged ? bridgeWeight : 1;
      for (let i = 0; i < sum.size; i++) {
        const ord = sum.order[i]!;
        best.set(ord, Math.max(best.get(ord), factor * sum.value[ord]!));
      }
      sum.clear();
    }
    const weight = alternativeWeight(c);
    for (let i = 0; i < best.size; i++) {
      const ord = best.order[i]!;
      out.add(ord, weight * best.value[ord]!);
    }
    best.clear();
  }
  return out;
}

function idf(index: SearchIndex, term: string): number {
  const n = index.lexicon.passageCount;
  return Math.log((n + 1) / ((index.lexicon.docFreq.get(term) ?? 0) + 1)) + 1;
}

export type WeightedConcept = Concept & { weight: number; known: boolean };

/** Each concept weighted by its rarest term; unknown words weigh most, as they are the most specific. */
export function weightedConcepts(index: SearchIndex, plan: QueryPlan): WeightedConcept[] {
  return plan.expanded.concepts.map((c) => ({
    ...c,
    weight: Math.max(...c.terms.map((t) => idf(index, t))),
    known: c.terms.some((t) => isKnown(index, t)) || c.alternatives.some((a) => a.terms.every((t) => isKnown(index, t))),
  }));
}

/** The share of the query, by concept weight, that the corpus vocabulary understands. */
export function knownFraction(concepts: readonly WeightedConcept[]): number {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  return total === 0 ? 0 : concepts.reduce((s, c) => s + (c.known ? c.weight : 0), 0) / total;
}

/** Into `counts`, for each passage that has any of the terms: how many of them it has. */
function countPresence(terms: readonly string[], perTerm: ReadonlyMap<string, TermHits>, counts: OrdinalScores): void {
  for (const t of new Set(terms)) {
    const hits = perTerm.get(t);
    if (!hits) continue;
    for (let i = 0; i < hits.ords.length; i++) if (hits.scores[i]! > 0) counts.add(hits.ords[i]!, 1);
  }
}

/**
 * Into `best`: per passage, the share of the concept's own terms it has, or, when higher, the
 * weighted share of one alternative wording's terms.
 */
function conceptPresence(
  c: Concept,
  altWeight: number,
  bridgeWeight: number,
  perTerm: ReadonlyMap<string, TermHits>,
  best: OrdinalScores,
  counts: OrdinalScores,
): void {
  countPresence(c.terms, perTerm, counts);
  for (let i = 0; i < counts.size; i++) {
    const ord = counts.order[i]!;
    best.set(ord, counts.value[ord]! / c.terms.length);
  }
  counts.clear();
  for (const a of c.alternatives) {
    countPresence(a.terms, perTerm, counts);
    const weight = a.bridged ? altWeight * bridgeWeight : altWeight;
    for (let i = 0; i < counts.size; i++) {
      const ord = counts.order[i]!;
      const f = counts.value[ord]! / a.terms.length;
      if (weight * f > best.get(ord)) best.set(ord, weight * f);
    }
    counts.clear();
  }
}

/**
 * The share of the query's ideas a passage speaks to, each idea weighted by its rarity: 1 when
 * every concept is matched by the query's own words, less through synonyms, 0 for none. Unlike
 * BM25 this does not grow with query length, so it can serve as an absolute confidence.
 * Walks the term postings rather than every candidate, so it costs what the matches cost.
 * Returns one value per candidate, in the candidates' order; `scratch` is free for this call.
 */
export function coverageScores(
  index: SearchIndex,
  concepts: readonly WeightedConcept[],
  perTerm: ReadonlyMap<string, TermHits>,
  candidates: ArrayLike<number>,
  [sums, best, counts]: readonly [OrdinalScores, OrdinalScores, OrdinalScores],
): Float64Array {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  const out = new Float64Array(candidates.length);
  if (total === 0) return out;
  for (let i = 0; i < candidates.length; i++) sums.set(candidates[i]!, 0);
  for (const c of concepts) {
    conceptPresence(c, alternativeWeightFor(index, c), index.settings.bridgeWeight, perTerm, best, counts);
    for (let i = 0; i < best.size; i++) {
      const ord = best.order[i]!;
      if (sums.has(ord)) sums.set(ord, sums.value[ord]! + c.weight * best.value[ord]!);
    }
    best.clear();
  }
  for (let i = 0; i < candidates.length; i++) out[i] = sums.get(candidates[i]!) / total;
  sums.clear();
  return out;
}

function rankOf(scores: Scores): Map<string, number> {
  return new Map([...scores].sort((a, b) => b[1] - a[1]).map(([id], i) => [id, i + 1]));
}

export function rrfOrder(text: Scores, vector: Scores): string[] {
  const tr = rankOf(text);
  const vr = rankOf(vector);
  const ids = new Set([...tr.keys(), ...vr.keys()]);
  const fused = [...ids].map((id) => [id, (tr.has(id) ? 1 / (RRF_K + tr.get(id)!) : 0) + (vr.has(id) ? 1 / (RRF_K + vr.get(id)!) : 0)] as const);
  return fused.sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

export type Signals = { coverage: number; cosine: number | undefined; relativeText: number; known: number };

/**
 * The calibrated 0..1 score. Coverage is absolute already; cosine and relative BM25 only see the
 * part of the query the corpus vocabulary knows (a lone rare word lines up perfectly with the one
 * passage that has it), so they are scaled by that known share. Weights of a missing signal
 * (no query vector) are spread over the others.
 */
export function calibratedScore(mode: SearchMode, w: EngineSettings['weights'], s: Signals): number {
  const cos = s.cosine === undefined ? undefined : Math.max(0, s.cosine) * s.known;
  if (mode === 'vector') return cos ?? 0;
  const useVector = mode === 'hybrid' && cos !== undefined;
  const total = w.coverage + w.text + (useVector ? w.vector : 0);
  const sum = w.coverage * s.coverage + w.text * s.relativeText * s.known + (useVector ? w.vector * cos : 0);
  return Math.min(1, Math.max(0, sum / total));
}
