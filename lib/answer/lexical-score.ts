import type { QuestionAnalysis, QuestionTerm } from './question';
import type { SentenceUnit } from './sentences';

/** How much of a question a unit's words carry, weighted by how rare each word is in the passages. */

export type UnitFeatures = { unit: SentenceUnit; textStems: Set<string>; contextStems: Set<string> };

// Stems this long also match stems they start, or that start them: "diagnos" and "diagnost".
const PREFIX_MATCH_LENGTH = 5;

function hasStem(stems: ReadonlySet<string>, s: string): boolean {
  if (stems.has(s)) return true;
  if (s.length < PREFIX_MATCH_LENGTH) return false;
  for (const t of stems) if (t.length >= PREFIX_MATCH_LENGTH && (t.startsWith(s) || s.startsWith(t))) return true;
  return false;
}

export function documentFrequencies(features: UnitFeatures[]): Map<string, number> {
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

const known = (alt: readonly string[], idf: Idf) => alt.every(idf.known);

/** A term's weight in the passages: its own idf, or its best-known wording's when the passages never use it. */
function termIdf(term: QuestionTerm, idf: Idf): number {
  if (idf.known(term.stem)) return idf.of(term.stem);
  const usable = term.alternatives.filter((alt) => known(alt, idf));
  return usable.length > 0 ? Math.max(...usable.map((alt) => Math.min(...alt.map(idf.of)))) : idf.of(term.stem);
}

/** 1 when the stems hold the term, less when they hold another wording of it, else 0. */
export function termMatch(term: QuestionTerm, stems: ReadonlySet<string>): number {
  if (hasStem(stems, term.stem)) return 1;
  return term.alternatives.some((alt) => alt.every((t) => hasStem(stems, t))) ? ALTERNATIVE_WEIGHT : 0;
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
  for (const term of q.terms) {
    // Words no passage uses at all ("my nan's care home") cannot tell sentences apart.
    if (!idf.known(term.stem) && !term.alternatives.some((alt) => known(alt, idf))) continue;
    const weight = term.weight * termIdf(term, idf);
    total += weight;
    const inText = termMatch(term, f.textStems);
    if (inText > 0) {
      matched += weight * inText;
      if (inText === 1) textHits += 1;
      if (!q.entityStems.has(term.stem)) topicHits += 1;
    } else matched += weight * termMatch(term, f.contextStems) * CONTEXT_WEIGHT;
  }
  return { score: total > 0 ? Math.min(1.2, matched / total) : 0, textHits, topicHits };
}
