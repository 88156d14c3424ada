import { DEFAULT_ANSWER_SETTINGS } from './settings';
import type { ScoredUnit } from './unit-scoring';
import { contentStemSet, overlap } from '@/lib/question';

/** Whether a candidate sentence would repeat what the chosen ones say, across articles too. */

function sharesEntity(a: ScoredUnit, b: ScoredUnit): boolean {
  for (const id of a.entityIds) if (b.entityIds.has(id)) return true;
  return false;
}

// Two sentences about different things asked about ("iron …", "magnesium …") are never repeats.
const aboutDifferentThings = (a: ScoredUnit, b: ScoredUnit) => a.entityIds.size > 0 && b.entityIds.size > 0 && !sharesEntity(a, b);

/** When two sentences count as saying the same thing (see AnswerSettings.redundancy). */
export const REDUNDANCY = DEFAULT_ANSWER_SETTINGS.redundancy;

function saysTheSame(a: ScoredUnit, b: ScoredUnit): boolean {
  const [x, y] = [contentStemSet(a.text), contentStemSet(b.text)];
  if (Math.min(x.size, y.size) < REDUNDANCY.minStems || overlap(x, y).containment < REDUNDANCY.containment) return false;
  return overlap(a.stems, b.stems).containment >= REDUNDANCY.remainderContainment;
}

function isNearDuplicate(a: ScoredUnit, b: ScoredUnit): boolean {
  const o = overlap(a.stems, b.stems);
  return o.jaccard >= REDUNDANCY.duplicateJaccard || o.containment >= REDUNDANCY.duplicateContainment || saysTheSame(a, b);
}

/** A near-duplicate of a chosen unit, or one whose words the chosen units about the same things nearly all say. */
export function isRedundant(candidate: ScoredUnit, chosen: readonly ScoredUnit[]): boolean {
  const related: ScoredUnit[] = [];
  for (const c of chosen) {
    if (aboutDifferentThings(candidate, c)) continue;
    if (isNearDuplicate(candidate, c)) return true;
    related.push(c);
  }
  if (candidate.stems.size === 0) return false;
  let covered = 0;
  for (const s of candidate.stems) if (related.some((c) => c.stems.has(s))) covered += 1;
  return covered / candidate.stems.size >= REDUNDANCY.relatedCoverage;
}

/**
 * Of near-duplicates across articles, the one that says more wins: a chosen unit is swapped for a
 * later candidate that holds all its words and more, when the candidate scores nearly as well.
 */
function supersetOf(candidate: ScoredUnit, chosen: ScoredUnit): boolean {
  if (candidate.stems.size <= chosen.stems.size || candidate.score < REDUNDANCY.supersetScoreShare * chosen.score) return false;
  for (const s of chosen.stems) if (!candidate.stems.has(s)) return false;
  return true;
}

/** Moves each unit that says everything a better-ranked one says, and more, into its place. */
export function upgradeToSupersets(ranked: ScoredUnit[]): ScoredUnit[] {
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
