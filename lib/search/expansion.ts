import { analyzeText, uniqueTerms } from './analyze';
import { LruCache } from '@/lib/lru';
import type { BridgeTable } from './bridges';
import { ONE_WAY_EXPANSIONS, SYNONYM_GROUPS } from '@/lib/vocabulary/medical';

/**
 * A phrase of the vocabulary, with the analyzed terms it stands for. `bridged`: it came from the
 * index's WordNet bridge table rather than the hand-kept vocabulary (scored lower).
 */
export type Alternative = { phrase: string; terms: string[]; bridged?: true };

/**
 * One idea of the query: a single term, or a run of terms that a vocabulary phrase matched
 * ("pins and needles"), with the other phrases that say the same thing.
 */
export type Concept = { terms: string[]; alternatives: Alternative[] };

export type ExpandedQuery = {
  /** Analyzed query terms, in order, without duplicates. */
  terms: string[];
  concepts: Concept[];
  /** Terms brought in by expansion that the query did not contain. */
  expansionTerms: string[];
};

export type ExpansionOptions = {
  maxAlternativesPerConcept?: number;
  maxExpansionTerms?: number;
  /** Drops alternatives none of whose terms the index knows: they could never match. */
  isKnownTerm?: (term: string) => boolean;
};

type Rule = { triggers: Alternative[]; targets: Alternative[] };
/** `tight`: found word for word, with no other term in between. */
type Match = { rule: Rule; trigger: Alternative; start: number; end: number; tight: boolean };

/** What is compared about a vocabulary phrase's terms, computed once per phrase. */
type PhraseShape = { key: string; distinct: number };
const phraseShapes = new WeakMap<readonly string[], PhraseShape>();

function shapeOf(terms: readonly string[]): PhraseShape {
  let shape = phraseShapes.get(terms);
  if (!shape) phraseShapes.set(terms, (shape = { key: terms.join(' '), distinct: new Set(terms).size }));
  return shape;
}

function compilePhrases(phrases: readonly string[]): Alternative[] {
  const out: Alternative[] = [];
  for (const phrase of phrases) {
    const terms = analyzeText(phrase);
    // A phrase made only of stop words would match everything; it cannot be a trigger or target.
    if (terms.length > 0) out.push({ phrase, terms });
  }
  return out;
}

export function compileVocabulary(
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
  oneWay: readonly { readonly from: readonly string[]; readonly to: readonly string[] }[] = ONE_WAY_EXPANSIONS,
): Rule[] {
  const rules: Rule[] = groups.map((g) => {
    const members = compilePhrases(g);
    return { triggers: members, targets: members };
  });
  for (const r of oneWay) rules.push({ triggers: compilePhrases(r.from), targets: compilePhrases(r.to) });
  return rules;
}

/** One-way rules from each bridged everyday lemma to the corpus words it reaches. */
function compileBridges(table: BridgeTable): Rule[] {
  const targetsByFrom = new Map<string, string[]>();
  for (const b of table) targetsByFrom.set(b.from, [...(targetsByFrom.get(b.from) ?? []), b.to]);
  const rules: Rule[] = [];
  for (const [from, to] of targetsByFrom) {
    const targets = compilePhrases(to).map((a): Alternative => ({ ...a, bridged: true }));
    const triggers = compilePhrases([from]);
    if (triggers.length > 0 && targets.length > 0) rules.push({ triggers, targets });
  }
  return rules;
}

let handRules: Rule[] | undefined;
let installedBridges: { table: BridgeTable; rules: Rule[] } | undefined;
let defaultRules: Rule[] | undefined;

/**
 * Makes the bridges of the index being served part of the default vocabulary. The process serves
 * one corpus at a time; the index build and the persisted index's restore call this.
 */
export function installBridges(table: BridgeTable): void {
  if (installedBridges?.table === table) return;
  installedBridges = { table, rules: compileBridges(table) };
  defaultRules = undefined;
}

function getDefaultRules(): Rule[] {
  handRules ??= compileVocabulary();
  defaultRules ??= installedBridges ? [...handRules, ...installedBridges.rules] : handRules;
  return defaultRules;
}

/** Every analyzed term the vocabulary can produce or recognise (for spelling correction). */
export function vocabularyPhrases(rules: Rule[] = getDefaultRules()): Alternative[] {
  const seen = new Map<string, Alternative>();
  for (const r of rules) for (const a of [...r.triggers, ...r.targets]) seen.set(a.phrase, a);
  return [...seen.values()];
}

/**
 * Spans where a phrase occurs. Multi-word phrases match in any order with at most one other term
 * in between, so "legs like jelly" finds "jelly legs" and "legs feel weak" finds "weak legs".
 */
function occurrences(terms: readonly string[], phrase: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (phrase.length === 1) {
    const only = phrase[0];
    for (let i = 0; i < terms.length; i++) if (terms[i] === only) spans.push([i, i + 1]);
    return spans;
  }
  const needed = new Set(phrase);
  const window = needed.size + 1;
  // Spans are found in order of start, so an earlier span covers [i, j + 1) exactly when the
  // furthest end so far reaches j + 1: one comparison instead of a scan of every span (which made
  // a long text with many repeats quadratic).
  let furthestEnd = 0;
  for (let i = 0; i < terms.length; i++) {
    if (!needed.has(terms[i]!)) continue;
    const missing = new Set(needed);
    for (let j = i; j < Math.min(terms.length, i + window); j++) {
      missing.delete(terms[j]!);
      if (missing.size === 0) {
        if (furthestEnd < j + 1) {
          spans.push([i, j + 1]);
          furthestEnd = j + 1;
        }
        break;
      }
    }
  }
  return spans;
}

type TriggerRef = { rule: Rule; trigger: Alternative; order: number };
const triggerIndexes = new WeakMap<Rule[], Map<string, TriggerRef[]>>();

/** Triggers by their first term, so a query only looks at triggers that can possibly match. */
function triggersByTerm(rules: Rule[]): Map<string, TriggerRef[]> {
  let byTerm = triggerIndexes.get(rules);
  if (byTerm) return byTerm;
  byTerm = new Map();
  let order = 0;
  for (const rule of rules) {
    for (const trigger of rule.triggers) {
      const list = byTerm.get(trigger.terms[0]!) ?? [];
      list.push({ rule, trigger, order: order++ });
      byTerm.set(trigger.terms[0]!, list);
    }
  }
  triggerIndexes.set(rules, byTerm);
  return byTerm;
}

// A phrase inside a longer matched phrase that contains its words is not a separate idea:
// "heavy periods" is about bleeding, so "heavy" alone must not also pull in heaviness.
function contains(o: Match, m: Match): boolean {
  return o.start <= m.start && o.end >= m.end && o.trigger.terms.length > m.trigger.terms.length && m.trigger.terms.every((t) => o.trigger.terms.includes(t));
}

// A phrase found only by skipping a word loses to a phrase found word for word on the same
// words: in "heavy periods, legs weak" the periods are heavy, not the legs.
function isTight(start: number, end: number, trigger: Alternative): boolean {
  return end - start === shapeOf(trigger.terms).distinct;
}

function overlaps(o: Match, m: Match): boolean {
  return o.start < m.end && m.start < o.end;
}

function outshone(o: Match, m: Match): boolean {
  return o !== m && o.trigger.terms.length > 1 && o.tight && !m.tight && overlaps(o, m);
}

/** The first index in `byStart` whose match starts at or after `start`. */
function firstStartingAt(byStart: readonly Match[], start: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Both rules need the two spans to overlap, so only overlapping matches are compared: those that
 * start at most `longest` terms before `m` (no match is longer) and before its end.
 */
function beaten(m: Match, byStart: readonly Match[], longest: number): boolean {
  for (let k = firstStartingAt(byStart, m.start - longest); k < byStart.length; k++) {
    const o = byStart[k]!;
    if (o.start >= m.end) return false;
    if (o.end > m.start && (contains(o, m) || outshone(o, m))) return true;
  }
  return false;
}

function findMatches(terms: readonly string[], rules: Rule[]): Match[] {
  const matches: Match[] = [];
  const present = new Set(terms);
  const byTerm = triggersByTerm(rules);
  // In vocabulary order, as a full scan would give, so capped alternatives stay deterministic.
  const candidates = [...present].flatMap((t) => byTerm.get(t) ?? []).sort((a, b) => a.order - b.order);
  for (const { rule, trigger } of candidates) {
    if (!trigger.terms.every((t) => present.has(t))) continue;
    for (const [start, end] of occurrences(terms, trigger.terms)) matches.push({ rule, trigger, start, end, tight: isTight(start, end, trigger) });
  }
  const byStart = [...matches].sort((a, b) => a.start - b.start);
  const longest = matches.reduce((most, m) => Math.max(most, m.end - m.start), 0);
  return matches.filter((m) => !beaten(m, byStart, longest));
}

const MAX_MEMOISED_MATCHES = 256;
/** Queries are short; passages expanded while building an index are not worth remembering. */
const MAX_MEMOISED_TERMS = 40;
const matchMemos = new WeakMap<Rule[], LruCache<string, readonly Match[]>>();

/**
 * findMatches, remembering recent term lists: a search expands its query twice (for the text
 * side and, against the embedder's vocabulary, for the vector side) and the matches depend only
 * on the terms. Matches are never modified after they are found.
 */
function matchesFor(terms: readonly string[], rules: Rule[]): readonly Match[] {
  if (terms.length > MAX_MEMOISED_TERMS) return findMatches(terms, rules);
  let memo = matchMemos.get(rules);
  if (!memo) matchMemos.set(rules, (memo = new LruCache(MAX_MEMOISED_MATCHES)));
  const key = terms.join(' ');
  let matches = memo.get(key);
  if (!matches) {
    matches = findMatches(terms, rules);
    memo.set(key, matches);
  }
  return matches;
}

function targetsOf(matches: readonly Match[], conceptTerms: readonly string[], options: ExpansionOptions): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set<string>();
  const limit = options.maxAlternativesPerConcept ?? 8;
  for (const m of matches) {
    for (const target of m.rule.targets) {
      if (out.length >= limit) return out;
      const { key } = shapeOf(target.terms);
      if (seen.has(key) || target.terms.every((t) => conceptTerms.includes(t))) continue;
      if (options.isKnownTerm && !target.terms.some(options.isKnownTerm)) continue;
      seen.add(key);
      out.push(target);
    }
  }
  return out;
}

/**
 * Adds the vocabulary's other wordings to an analyzed query. Each matched phrase is one concept
 * (with the wordings that can stand in for it); query terms no phrase matched are concepts of
 * their own. Concepts with the same terms (a word in several groups) share one entry.
 */
export function expandQuery(queryTerms: readonly string[], options: ExpansionOptions = {}, rules: Rule[] = getDefaultRules()): ExpandedQuery {
  const matches = matchesFor(queryTerms, rules);
  const terms = uniqueTerms(queryTerms);
  const byKey = new Map<string, { terms: string[]; matches: Match[] }>();
  for (const m of matches) {
    const { key } = shapeOf(m.trigger.terms);
    const entry = byKey.get(key) ?? { terms: uniqueTerms(m.trigger.terms), matches: [] };
    entry.matches.push(m);
    byKey.set(key, entry);
  }
  const covered = new Set(matches.flatMap((m) => m.trigger.terms));
  for (const t of terms) if (!covered.has(t)) byKey.set(t, { terms: [t], matches: [] });

  const maxTerms = options.maxExpansionTerms ?? 32;
  const original = new Set(terms);
  const expansion = new Set<string>();
  const concepts: Concept[] = [];
  for (const entry of byKey.values()) {
    const alternatives: Alternative[] = [];
    for (const alt of targetsOf(entry.matches, entry.terms, options)) {
      const fresh = alt.terms.filter((t) => !original.has(t) && !expansion.has(t));
      if (expansion.size + fresh.length > maxTerms) break;
      fresh.forEach((t) => expansion.add(t));
      alternatives.push(alt);
    }
    concepts.push({ terms: entry.terms, alternatives });
  }
  return { terms, concepts, expansionTerms: [...expansion] };
}

/** Convenience for callers holding raw text. */
export function expandText(text: string, options: ExpansionOptions = {}): ExpandedQuery {
  return expandQuery(analyzeText(text), options);
}
