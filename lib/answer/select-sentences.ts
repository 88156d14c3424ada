import { leadAnswersIntent, leadCarriesTopic, passagesCoverQuestion } from './answerability';
import { entityFit, presentEntities, sectionEntities } from './entity-fit';
import { mentionsFoods, sentenceMatchesIntent, sentenceStronglyMatchesIntent } from './intent';
import { documentFrequencies, lexicalScore, type Idf, type UnitFeatures } from './lexical-score';
import type { QuestionAnalysis } from './question';
import { passageUnits, type PassageInput, type SentenceUnit } from './sentences';
import { contentStems, countWords, overlap } from './terms';
import { isAnswerText } from './unit-filters';

/** A candidate unit with what scoring found out about it. */
export type ScoredUnit = SentenceUnit & {
  score: number;
  /** Content stems of the unit's core other than the question's own, used to spot near-duplicates. */
  stems: Set<string>;
  /** Names an asked-about entity in its own text (not only in its heading). */
  namesEntity: boolean;
  /** Asked-about entity ids this unit speaks of, in text or through its subject. */
  entityIds: Set<string>;
  /** Starts with "It/This/They…" and reads wrongly without the sentence before it. */
  anaphoric: boolean;
  words: number;
};

export type Selection = { units: ScoredUnit[]; list: boolean };

const ANAPHORIC_START = /^(it|its|this|these|they|their|that|those|such|both|conversely|similarly|likewise|here)\b/i;
const WEAK_START = /^(furthermore|additionally|moreover|however|also|in addition|for (instance|example)|finally|therefore|thus)\b/i;
// Summaries restate the article in general terms; a direct answer is better.
const SUMMARY_START = /^(in (summary|conclusion|short)|overall|to (sum up|summarize|conclude)|in the end)\b/i;

// Food answers are better the more foods they name.
function foodRichness(text: string, q: QuestionAnalysis): number {
  if (!q.intents.includes('foods')) return 0;
  return Math.min(0.3, 0.05 * text.split(/,|\band\b|\bor\b/).filter((part) => mentionsFoods(part)).length);
}

function intentFactor(unit: SentenceUnit, q: QuestionAnalysis): { bonus: number; factor: number } {
  if (q.intents.length === 0) return { bonus: 0, factor: 1 };
  const hits =
    q.intents.filter((i) => sentenceMatchesIntent(unit.text, i)).length +
    0.6 * q.intents.filter((i) => sentenceStronglyMatchesIntent(unit.text, i)).length;
  let factor = 1;
  // Food questions want food names; a sentence without any is rarely an answer to them.
  if (q.intents.includes('foods') && !mentionsFoods(unit.text)) factor *= 0.35;
  if (q.intents.includes('diagnosis') && !sentenceMatchesIntent(unit.text, 'diagnosis')) factor *= 0.6;
  return { bonus: (0.6 * hits) / q.intents.length, factor };
}

function shapeFactor(unit: SentenceUnit, wordCount: number): number {
  let factor = 1;
  // Text without a sentence ending that is not a rendered cell is often a flattened table or a fragment.
  if (!unit.rendered && !/[.!?]["')\]]*$/.test(unit.text)) factor *= 0.6;
  if (ANAPHORIC_START.test(unit.text)) factor *= 0.7;
  else if (SUMMARY_START.test(unit.text)) factor *= 0.6;
  else if (WEAK_START.test(unit.text)) factor *= 0.85;
  if (wordCount < 6) factor *= 0.5;
  if (wordCount > 50) factor *= 0.75;
  return factor;
}

function hasTopicWords(q: QuestionAnalysis): boolean {
  return q.terms.some((t) => !q.entityStems.has(t.stem));
}

/** Scores every sentence of every passage against the question; unusable units are left out. */
export function scoreUnits(q: QuestionAnalysis, passages: readonly PassageInput[]): ScoredUnit[] {
  const features: UnitFeatures[] = passages
    .flatMap(passageUnits)
    .filter((u) => isAnswerText(u.text))
    .map((unit) => ({
      unit,
      textStems: new Set(contentStems(unit.text)),
      contextStems: new Set(contentStems(unit.context)),
    }));
  const df = documentFrequencies(features);
  const n = Math.max(1, features.length);
  const idf: Idf = { of: (s) => Math.log(1 + n / (1 + (df.get(s) ?? 0))), known: (s) => (df.get(s) ?? 0) > 0 };
  // Every answer shares the question's words; what tells two answers apart is everything else.
  const questionStems = new Set([...q.terms.map((t) => t.stem), ...q.entityStems]);
  const present = presentEntities(q, passages);
  const sections = sectionEntities(features.map((f) => f.unit));
  const scored: ScoredUnit[] = [];
  for (const f of features) {
    const fit = entityFit(f.unit, q, present, sections);
    if (!fit.eligible) continue;
    const lexical = lexicalScore(f, q, idf);
    // A unit must share some word with the question, or name what it asks about.
    if (lexical.textHits + lexical.topicHits === 0 && !(fit.ids.size > 0 && f.unit.rendered) && !fit.namesEntity) continue;
    const wordCount = countWords(f.unit.text);
    const intent = intentFactor(f.unit, q);
    const position = 0.08 * (1 - Math.min(f.unit.index, 6) / 6);
    const rank = 1 - 0.03 * (Math.min(f.unit.n, 10) - 1);
    const raw = lexical.score + fit.bonus + intent.bonus + position + foodRichness(f.unit.text, q);
    // Naming the entity is not an answer: a sentence should also speak to what was asked about it.
    const offTopic = q.entities.length > 0 && hasTopicWords(q) && lexical.topicHits === 0 ? 0.6 : 1;
    scored.push({
      ...f.unit,
      score: raw * intent.factor * shapeFactor(f.unit, wordCount) * rank * offTopic * fit.dilution,
      stems: new Set(contentStems(f.unit.core).filter((s) => !questionStems.has(s))),
      namesEntity: fit.namesEntity,
      entityIds: fit.ids,
      anaphoric: ANAPHORIC_START.test(f.unit.text),
      words: wordCount,
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.n - b.n || a.index - b.index);
}

const LIMITS = {
  prose: { words: 120, units: 5, relative: 0.5 },
  list: { words: 170, units: 6, relative: 0.5 },
};
const MIN_LEAD_SCORE = 0.3;

function isNearDuplicate(a: ScoredUnit, b: ScoredUnit): boolean {
  const o = overlap(a.stems, b.stems);
  return o.jaccard >= 0.5 || o.containment >= 0.75;
}

function isRedundant(candidate: ScoredUnit, chosen: readonly ScoredUnit[]): boolean {
  const union = new Set<string>();
  for (const c of chosen) {
    if (isNearDuplicate(candidate, c)) return true;
    for (const s of c.stems) union.add(s);
  }
  let covered = 0;
  for (const s of candidate.stems) if (union.has(s)) covered += 1;
  return candidate.stems.size > 0 && covered / candidate.stems.size >= 0.85;
}

/**
 * Of near-duplicates across articles, the one that says more wins: a chosen unit is swapped for a
 * later candidate that holds all its words and more, when the candidate scores nearly as well.
 */
function supersetOf(candidate: ScoredUnit, chosen: ScoredUnit): boolean {
  if (candidate.stems.size <= chosen.stems.size || candidate.score < 0.8 * chosen.score) return false;
  for (const s of chosen.stems) if (!candidate.stems.has(s)) return false;
  return true;
}

function pickLead(ranked: readonly ScoredUnit[], q: QuestionAnalysis): ScoredUnit | undefined {
  const top = ranked.find((u) => !u.anaphoric);
  if (!top || q.entities.length === 0 || top.namesEntity) return top;
  return ranked.find((u) => !u.anaphoric && u.namesEntity && u.score >= 0.5 * top.score) ?? top;
}

function predecessorChosen(unit: ScoredUnit, chosen: readonly ScoredUnit[]): boolean {
  return chosen.some((c) => c.n === unit.n && c.index === unit.index - 1);
}

/** Moves each unit that says everything a better-ranked one says, and more, into its place. */
function upgradeToSupersets(ranked: ScoredUnit[]): ScoredUnit[] {
  const out = [...ranked];
  for (let i = 0; i < out.length; i += 1) {
    const current = out[i] as ScoredUnit;
    const j = out.findIndex((u, k) => k > i && supersetOf(u, current));
    if (j < 0) continue;
    const better = out[j] as ScoredUnit;
    out.splice(j, 1);
    out.splice(i, 0, better);
  }
  return out;
}

/** Greedy choice of answer units: best lead, then relevant, non-redundant units within the budget. */
export function selectSentences(q: QuestionAnalysis, passages: readonly PassageInput[]): Selection | null {
  if (!passagesCoverQuestion(q, passages)) return null;
  const ranked = upgradeToSupersets(scoreUnits(q, passages));
  const lead = pickLead(ranked, q);
  if (!lead || lead.score < MIN_LEAD_SCORE || !leadAnswersIntent(lead, q) || !leadCarriesTopic(lead, q)) return null;
  const limits = q.list ? LIMITS.list : LIMITS.prose;
  const chosen: ScoredUnit[] = [lead];
  let budget = limits.words - lead.words;
  const uncovered = new Set(q.entities.map((e) => e.id).filter((id) => !lead.entityIds.has(id)));
  // Units for entities the answer has not touched yet go first, so "iron or magnesium?" covers both.
  const order = [...ranked.filter((u) => [...u.entityIds].some((id) => uncovered.has(id))), ...ranked];
  for (const unit of order) {
    if (chosen.length >= limits.units) break;
    if (chosen.includes(unit) || unit.score < limits.relative * lead.score || unit.words > budget) continue;
    if (unit.anaphoric && !predecessorChosen(unit, chosen)) continue;
    if (isRedundant(unit, chosen)) continue;
    chosen.push(unit);
    budget -= unit.words;
    for (const id of unit.entityIds) uncovered.delete(id);
  }
  return { units: orderForReading(chosen), list: q.list && chosen.length > 1 };
}

/** Lead first; other units grouped by passage in the order the groups first appear, in text order. */
export function orderForReading(units: readonly ScoredUnit[]): ScoredUnit[] {
  const [lead, ...rest] = units;
  if (!lead) return [];
  const groups = new Map<number, ScoredUnit[]>();
  groups.set(lead.n, []);
  for (const u of rest) groups.set(u.n, [...(groups.get(u.n) ?? []), u]);
  const out: ScoredUnit[] = [lead];
  for (const [n, group] of groups) {
    const sorted = [...group].sort((a, b) => a.index - b.index);
    if (n === lead.n) {
      // Sentences that came after the lead in its passage follow it directly.
      out.push(...sorted.filter((u) => u.index > lead.index), ...sorted.filter((u) => u.index < lead.index));
    } else out.push(...sorted);
  }
  return out;
}
