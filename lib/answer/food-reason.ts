import { cellSubject, listKey } from './cell-lists';
import { askedNutrients } from './food-answer';
import { leadRole } from './lead-sentence';
import { termMatch } from '@/lib/grounding';
import { entitiesIn, mentionsFoods, type QuestionAnalysis } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';
import type { Selection, SelectedUnit } from './selection';
import { DEFAULT_ANSWER_SETTINGS } from './settings';
import { unitFacts } from './unit-facts';
import type { ScoredUnit } from './unit-scoring';

/**
 * "What should I eat for X?" names a symptom, not a nutrient: the answer lists the foods of the
 * nutrients whose lack causes X, and then says why, with the passages' own sentence tying that
 * nutrient to X ("A lack of magnesium can cause cramps."). Without it a reader gets foods with no
 * reason to eat them.
 */

function namesNutrient(unit: ScoredUnit, nutrient: EntityDef): boolean {
  return cellSubject(unit)?.id === nutrient.id || entitiesIn(unit.text, FOCUS_KINDS).some((e) => e.id === nutrient.id);
}

/** A sentence saying what a lack of the nutrient does to the symptom asked about, not another food list. */
function isReason(unit: ScoredUnit, nutrient: EntityDef, q: QuestionAnalysis): boolean {
  if (unit.anaphoric || listKey(unit)?.endsWith(':foods') || mentionsFoods(unit.text) || !namesNutrient(unit, nutrient)) return false;
  const stems = unitFacts(unit).textStems;
  return q.terms.some((t) => q.symptomStems.includes(t.stem) && termMatch(t, stems) > 0);
}

// A sentence stating the relation ("… can cause cramps") says why better than a table cell listing it.
const bestReason = (reasons: readonly ScoredUnit[]) => reasons.find((u) => leadRole(u.text) === 'relation') ?? reasons[0];

const wordsOf = (units: readonly SelectedUnit[]) => units.reduce((sum, u) => sum + u.words, 0);

/** The selection with, after each nutrient's food list, the best sentence saying why, within the word budget. */
export function withFoodReasons(selection: Selection, q: QuestionAnalysis, ranked: readonly ScoredUnit[]): Selection {
  if (!q.intents.includes('foods') || askedNutrients(q).length > 0 || q.symptomStems.length === 0) return selection;
  const budget = (q.list ? DEFAULT_ANSWER_SETTINGS.selection.limits.list : DEFAULT_ANSWER_SETTINGS.selection.limits.prose).words;
  const chosen = new Set<ScoredUnit>(selection.units);
  const out: SelectedUnit[] = [];
  let words = wordsOf(selection.units);
  for (const unit of selection.units) {
    out.push(unit);
    const nutrient = unit.list?.subject;
    const reason = nutrient && bestReason(ranked.filter((u) => !chosen.has(u) && isReason(u, nutrient, q)));
    if (!reason || words + reason.words > budget) continue;
    chosen.add(reason);
    words += reason.words;
    // In a list, the reason stays in its nutrient's bullet.
    out.push({ ...reason, joinsPrevious: true });
  }
  // Several nutrients, each with its foods and its reason, read best as one bullet each.
  return { units: out, list: selection.list || (out.length > selection.units.length && out.filter((u) => u.list).length > 1) };
}
