import type { Concept } from './expansion';
import type { SearchIndex } from './index-store';
import { isKnown, type QueryPlan } from './query-plan';
import type { EngineSettings, SearchMode } from './settings';

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

/** BM25 of the query's own terms plus, per concept, the best-scoring alternative wording. */
export function textScores(plan: QueryPlan, perTerm: Map<string, Scores>, alternativeWeight: (c: Concept) => number): Scores {
  const out: Scores = new Map();
  const add = (id: string, v: number) => out.set(id, (out.get(id) ?? 0) + v);
  const original = new Set(plan.expanded.terms);
  for (const t of original) for (const [id, s] of perTerm.get(t) ?? []) add(id, s);
  for (const c of plan.expanded.concepts) {
    const best: Scores = new Map();
    for (const alt of c.alternatives) {
      const sum: Scores = new Map();
      for (const u of alt.terms.filter((x) => !original.has(x))) {
        for (const [id, s] of perTerm.get(u) ?? []) sum.set(id, (sum.get(id) ?? 0) + s);
      }
      for (const [id, s] of sum) best.set(id, Math.max(best.get(id) ?? 0, s));
    }
    const weight = alternativeWeight(c);
    for (const [id, s] of best) add(id, weight * s);
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

/** For each passage that has any of the terms: the share of the terms it has. */
function presence(terms: readonly string[], perTerm: Map<string, Scores>): Scores {
  const counts: Scores = new Map();
  for (const t of new Set(terms)) {
    for (const [id, score] of perTerm.get(t) ?? []) if (score > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const [id, n] of counts) counts.set(id, n / terms.length);
  return counts;
}

/**
 * The share of the query's ideas a passage speaks to, each idea weighted by its rarity: 1 when
 * every concept is matched by the query's own words, less through synonyms, 0 for none. Unlike
 * BM25 this does not grow with query length, so it can serve as an absolute confidence.
 * Walks the term postings rather than every candidate, so it costs what the matches cost.
 */
export function coverageScores(index: SearchIndex, concepts: readonly WeightedConcept[], perTerm: Map<string, Scores>, candidates: Iterable<string>): Scores {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  const out: Scores = new Map();
  if (total === 0) return out;
  for (const id of candidates) out.set(id, 0);
  for (const c of concepts) {
    const best = presence(c.terms, perTerm);
    const altWeight = alternativeWeightFor(index, c);
    for (const a of c.alternatives) {
      for (const [id, f] of presence(a.terms, perTerm)) if (altWeight * f > (best.get(id) ?? 0)) best.set(id, altWeight * f);
    }
    for (const [id, v] of best) {
      const sofar = out.get(id);
      if (sofar !== undefined) out.set(id, sofar + c.weight * v);
    }
  }
  for (const [id, v] of out) out.set(id, v / total);
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
