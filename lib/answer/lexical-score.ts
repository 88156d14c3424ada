import type { SentenceUnit } from './sentences';
import { type QuestionAnalysis, type QuestionTerm } from '@/lib/question';

/** How much of a question a unit's words carry, weighted by how rare each word is in the passages. */

export type UnitFeatures = { unit: SentenceUnit; textStems: ReadonlySet<string>; contextStems: ReadonlySet<string> };

// Stems this long also match stems they start, or that start them: "diagnos" and "diagnost".
const PREFIX_MATCH_LENGTH = 5;

function hasStem(stems: ReadonlySet<string>, s: string): boolean {
  if (stems.has(s)) return true;
  if (s.length < PREFIX_MATCH_LENGTH) return false;
  // Two such stems, one starting the other, share their first letters: a large set is searched by those.
  if (stems.size > LARGE_SET) {
    const near = prefixIndex(stems).get(s.slice(0, PREFIX_MATCH_LENGTH));
    return near !== undefined && near.some((t) => t.startsWith(s) || s.startsWith(t));
  }
  for (const t of stems) if (t.length >= PREFIX_MATCH_LENGTH && (t.startsWith(s) || s.startsWith(t))) return true;
  return false;
}

// Sets this large (all of a turn's passages) are indexed once, by the first letters of their long stems.
const LARGE_SET = 48;
const prefixIndexes = new WeakMap<ReadonlySet<string>, { size: number; index: Map<string, string[]> }>();

function prefixIndex(stems: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const known = prefixIndexes.get(stems);
  if (known && known.size === stems.size) return known.index;
  const index = new Map<string, string[]>();
  for (const t of stems) {
    if (t.length < PREFIX_MATCH_LENGTH) continue;
    const key = t.slice(0, PREFIX_MATCH_LENGTH);
    const bucket = index.get(key);
    if (bucket) bucket.push(t);
    else index.set(key, [t]);
  }
  prefixIndexes.set(stems, { size: stems.size, index });
  return index;
}

export function documentFrequencies(features: readonly UnitFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const s of new Set([...f.textStems, ...f.contextStems])) df.set(s, (df.get(s) ?? 0) + 1);
  return df;
}

export type Lexical = { score: number; textHits: number; topicHits: number };

// A lay word found only as its article wording ("tired" as "fatigue") counts this much.
const ALTERNATIVE_WEIGHT = 0.5;
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

/** 1 when the stems hold the term, less when they hold another wording of it, else 0. */
export function termMatch(term: QuestionTerm, stems: ReadonlySet<string>): number {
  if (hasStem(stems, term.stem)) return 1;
  return term.alternatives.some((alt) => alt.every((t) => hasStem(stems, t))) ? ALTERNATIVE_WEIGHT : 0;
}

type WeightedTerm = { term: QuestionTerm; weight: number; names: boolean };

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
    terms.push({ term, weight: term.weight * termIdf(term, idf), names: q.entityStems.has(term.stem) });
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
  let total = 0;
  let textHits = 0;
  let topicHits = 0;
  const { terms, probes } = weightedTerms(q, idf);
  const inText = heldProbes(f.textStems, probes);
  let inContext: Set<string> | undefined;
  for (const { term, weight, names } of terms) {
    total += weight;
    const textMatch = heldMatch(term, inText);
    if (textMatch > 0) {
      matched += weight * textMatch;
      if (textMatch === 1) textHits += 1;
      if (!names) topicHits += 1;
    } else matched += weight * heldMatch(term, (inContext ??= heldProbes(f.contextStems, probes))) * CONTEXT_WEIGHT;
  }
  return { score: total > 0 ? Math.min(1.2, matched / total) : 0, textHits, topicHits };
}
