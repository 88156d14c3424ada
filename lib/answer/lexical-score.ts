import type { SentenceUnit } from './sentences';
import { ALTERNATIVE_WEIGHT, PREFIX_MATCH_LENGTH, prefixIndex } from '@/lib/grounding';
import { type QuestionAnalysis, type QuestionTerm } from '@/lib/question';

/** How much of a question a unit's words carry, weighted by how rare each word is in the passages. */

export type UnitFeatures = { unit: SentenceUnit; textStems: ReadonlySet<string>; contextStems: ReadonlySet<string> };

export function documentFrequencies(features: readonly UnitFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const s of new Set([...f.textStems, ...f.contextStems])) df.set(s, (df.get(s) ?? 0) + 1);
  return df;
}

/**
 * `coverage` is the share of the question's idf-weighted topic words (not names, leg symptoms,
 * intent cues or generic words) the unit's own text carries, headings left out: how much of what
 * was asked about the sentence itself says; null when the question has none.
 */
export type Lexical = { score: number; coverage: number | null; textHits: number; topicHits: number };

// Words found only in a unit's headings, title or FAQ question count this much.
const CONTEXT_WEIGHT = 0.35;

export type Idf = { of: (s: string) => number; known: (s: string) => boolean };

const allKnown = (alt: readonly string[], idf: Idf) => alt.every(idf.known);

/** A term's weight in the passages: its own idf, or its best-known wording's when the passages never use it. */
function termIdf(term: QuestionTerm, idf: Idf): number {
  if (idf.known(term.stem)) return idf.of(term.stem);
  const usable = term.alternatives.filter((alt) => allKnown(alt, idf));
  return usable.length > 0 ? Math.max(...usable.map((alt) => Math.min(...alt.map(idf.of)))) : idf.of(term.stem);
}

/** `focus`: a topic word of the question (not a name, a leg symptom, an intent cue or a generic word). */
type WeightedTerm = { term: QuestionTerm; weight: number; names: boolean; focus: boolean };

/**
 * Every stem a question's terms may be found by (their own and their other wordings'), indexed
 * so a unit's stems can be matched against all of them at once.
 */
type Probes = { all: ReadonlySet<string>; long: ReadonlyMap<string, readonly string[]> };

type Weighted = { q: QuestionAnalysis; terms: WeightedTerm[]; probes: Probes };

// A turn scores every unit against the same question and weights: the weights are worked out once.
const weightsByIdf = new WeakMap<Idf, Weighted>();

/** The question's terms some passage uses (or another wording of them), with their weights. */
function weightedTerms(q: QuestionAnalysis, idf: Idf): Weighted {
  const known = weightsByIdf.get(idf);
  if (known?.q === q) return known;
  const terms: WeightedTerm[] = [];
  for (const term of q.terms) {
    // Words no passage uses at all ("my nan's care home") cannot tell sentences apart.
    if (!idf.known(term.stem) && !term.alternatives.some((alt) => allKnown(alt, idf))) continue;
    const names = q.entityStems.has(term.stem);
    const focus = !names && q.focusStems.includes(term.stem) && !q.symptomStems.includes(term.stem);
    terms.push({ term, weight: term.weight * termIdf(term, idf), names, focus });
  }
  const all = new Set(terms.flatMap(({ term }) => [term.stem, ...term.alternatives.flat()]));
  const weighted = { q, terms, probes: { all, long: prefixIndex(all) } };
  weightsByIdf.set(idf, weighted);
  return weighted;
}

/**
 * The probes a set of stems holds, as `hasStem` would find each one: the same stem, or, both
 * long enough, one starting the other. Found from the set's side, one stem at a time.
 */
function heldProbes(stems: ReadonlySet<string>, probes: Probes): Set<string> {
  const held = new Set<string>();
  for (const t of stems) {
    if (probes.all.has(t)) held.add(t);
    if (t.length < PREFIX_MATCH_LENGTH) continue;
    for (const p of probes.long.get(t.slice(0, PREFIX_MATCH_LENGTH)) ?? []) if (t.startsWith(p) || p.startsWith(t)) held.add(p);
  }
  return held;
}

/** `termMatch` over the probes a set was found to hold. */
function heldMatch(term: QuestionTerm, held: ReadonlySet<string>): number {
  if (held.has(term.stem)) return 1;
  return term.alternatives.some((alt) => alt.every((t) => held.has(t))) ? ALTERNATIVE_WEIGHT : 0;
}

/**
 * Share of the question's (idf-weighted) terms the unit carries, context words counting less.
 * `topicHits` counts own question words other than the entity's name found in the text.
 */
export function lexicalScore(f: UnitFeatures, q: QuestionAnalysis, idf: Idf): Lexical {
  let matched = 0;
  let inOwnText = 0;
  let total = 0;
  let focusTotal = 0;
  let textHits = 0;
  let topicHits = 0;
  const { terms, probes } = weightedTerms(q, idf);
  const inText = heldProbes(f.textStems, probes);
  let inContext: Set<string> | undefined;
  for (const { term, weight, names, focus } of terms) {
    total += weight;
    if (focus) focusTotal += weight;
    const textMatch = heldMatch(term, inText);
    if (textMatch > 0) {
      matched += weight * textMatch;
      if (focus) inOwnText += weight * textMatch;
      if (textMatch === 1) textHits += 1;
      if (!names) topicHits += 1;
    } else matched += weight * heldMatch(term, (inContext ??= heldProbes(f.contextStems, probes))) * CONTEXT_WEIGHT;
  }
  return { score: total > 0 ? Math.min(1.2, matched / total) : 0, coverage: focusTotal > 0 ? inOwnText / focusTotal : null, textHits, topicHits };
}
