import type { QuestionTerm } from '@/lib/question';

/**
 * Whether a set of stems holds a question's term: the stem itself, a long stem it starts or that
 * starts it ("diagnos" / "diagnost"), or every stem of another wording of it. Grounding asks it of
 * passages; the answer engine's lexical score of sentences is built on the same matching.
 */

// Stems this long also match stems they start, or that start them: "diagnos" and "diagnost".
export const PREFIX_MATCH_LENGTH = 5;

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

export function prefixIndex(stems: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
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

// A lay word found only as its article wording ("tired" as "fatigue") counts this much.
export const ALTERNATIVE_WEIGHT = 0.5;
/** 1 when the stems hold the term, less when they hold another wording of it, else 0. */
export function termMatch(term: QuestionTerm, stems: ReadonlySet<string>): number {
  if (hasStem(stems, term.stem)) return 1;
  return term.alternatives.some((alt) => alt.every((t) => hasStem(stems, t))) ? ALTERNATIVE_WEIGHT : 0;
}
