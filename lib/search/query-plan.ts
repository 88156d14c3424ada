import { analyzeText, foldedWords } from './analyze';
import { expandQuery, type ExpandedQuery } from './expansion';
import type { SearchIndex } from './index-store';
import type { QueryAnalysis, QueryReading } from './settings';
import { isEnglishWord } from '@/lib/text';
import { correctWord } from './spelling';

/** A query after cleaning, spelling correction, analysis and expansion. */
export type QueryPlan = {
  text: string;
  corrections: Array<{ from: string; to: string }>;
  /** analyzeText(text), duplicates kept: the query embedder folds these in without analysing again. */
  analyzed: readonly string[];
  expanded: ExpandedQuery;
};

export function sanitizeQuery(query: string): string {
  // Control characters have no meaning in a question, and one of them marks pre-analyzed input.
  return query
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_MEMOISED_WORDS = 20_000;
const knownCache = new WeakMap<SearchIndex, Map<string, boolean>>();

/** Whether a search for the term can match anything (exactly, or as a prefix when long enough). */
export function isKnown(index: SearchIndex, term: string): boolean {
  if (index.lexicon.docFreq.has(term)) return true;
  if (term.length < index.settings.prefixMinLength) return false;
  let cache = knownCache.get(index);
  if (!cache) knownCache.set(index, (cache = new Map()));
  let known = cache.get(term);
  if (known === undefined) {
    known = false;
    for (const t of index.lexicon.docFreq.keys()) {
      if (t.startsWith(term)) {
        known = true;
        break;
      }
    }
    // Keyed by query terms: bounded like the correction memo below.
    if (cache.size >= MAX_MEMOISED_WORDS) cache.clear();
    cache.set(term, known);
  }
  return known;
}

const correctionCache = new WeakMap<SearchIndex, Map<string, string | null>>();

/** The correction of one folded word (null: leave it), memoised per index like term scores. */
function correctionOf(index: SearchIndex, folded: string): string | null {
  let cache = correctionCache.get(index);
  if (!cache) correctionCache.set(index, (cache = new Map()));
  const hit = cache.get(folded);
  if (hit !== undefined) return hit;
  const terms = analyzeText(folded);
  // Another form of a known word ("stops" when only "stop" is known) is not a typo, nor is any
  // correctly spelt English word ("safely" is not "safety").
  const known = isEnglishWord(folded) || terms.every((t) => isKnown(index, t) || index.lexicon.spelling.stems.has(t));
  const fixed = known ? null : (correctWord(folded, index.lexicon.spelling) ?? null);
  if (cache.size >= MAX_MEMOISED_WORDS) cache.clear();
  cache.set(folded, fixed);
  return fixed;
}

function correctSpelling(index: SearchIndex, text: string): { text: string; corrections: QueryPlan['corrections'] } {
  const corrections: QueryPlan['corrections'] = [];
  const words = foldedWords(text).map((folded) => {
    const fixed = correctionOf(index, folded);
    if (fixed === null) return folded;
    corrections.push({ from: folded, to: fixed });
    return fixed;
  });
  return { text: words.join(' '), corrections };
}

export function planQuery(index: SearchIndex, query: string, reading: QueryReading = {}): QueryPlan {
  const clean = sanitizeQuery(query);
  const corrects = index.settings.spelling === 'lexicon' && !reading.corrected;
  const { text, corrections } = corrects ? correctSpelling(index, clean) : { text: clean, corrections: [] };
  const analyzed = analyzeText(text);
  const expanded = expandQuery(analyzed, { isKnownTerm: (t) => isKnown(index, t) });
  return { text, corrections, analyzed, expanded };
}

export function analysisOf(index: SearchIndex, plan: QueryPlan): QueryAnalysis {
  const { expanded } = plan;
  const knownTerms = expanded.terms.filter(
    (t) => isKnown(index, t) || expanded.concepts.some((c) => c.terms.includes(t) && c.alternatives.some((a) => a.terms.every((u) => isKnown(index, u)))),
  );
  return { terms: expanded.terms, knownTerms, expandedTerms: expanded.expansionTerms.filter((t) => isKnown(index, t)) };
}
