import { isPluralLabel, lowerFirst, lowerLabel } from './sentences';
import type { ScoredUnit } from './select-sentences';
import { mentionsFoods, entitiesIn, type QuestionAnalysis } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';

/**
 * Food answers from the food columns and "Sources:" items of the passages. Several articles list
 * foods for the same nutrient; their lists are merged into one sentence per nutrient, each group
 * of foods keeping the marker of the passage it comes from, and foods already named are not
 * repeated. The foods are the passages' own words; only the frame ("For iron, dietary sources
 * include …") is a template.
 */

/** One passage's share of a merged food list. */
export type FoodGroup = { n: number; items: string[] };

export type FoodList = { nutrient: EntityDef; label: string; groups: FoodGroup[] };

const FOOD_LABEL = /\b(sources?|foods?|dietary|diet|solutions?)\b/i;
// A list item is a short noun phrase; anything longer is a sentence, kept as it is.
const MAX_ITEM_WORDS = 5;
const SUN = /\bsun(light|shine)?\b/i;

/** "Fatty fish (salmon, tuna), fortified dairy, and egg yolks" → its items; null if not a food list. */
export function foodItems(value: string): string[] | null {
  const items = value
    .replace(/[.;\s]+$/, '')
    .split(/,(?![^()]*\))/)
    .map((item) => item.trim().replace(/^(and|or)\s+/i, ''))
    .filter((item) => item !== '')
    .map(lowerFirst);
  if (items.length === 0 || items.some((i) => i.split(/\s+/).length > MAX_ITEM_WORDS)) return null;
  const foods = items.filter((i) => mentionsFoods(i) || SUN.test(i)).length;
  return foods * 2 >= items.length ? items : null;
}

/** The nutrient a food cell is about: the first nutrient its subject (row or heading) names. */
function cellNutrient(unit: ScoredUnit): EntityDef | undefined {
  return unit.subject ? entitiesIn(unit.subject, FOCUS_KINDS).find((e) => e.kind === 'nutrient' && !e.broad) : undefined;
}

/** The nutrient of a unit that is a food-list cell ("Sources: spinach, nuts"), if it is one. */
export function foodCellNutrient(unit: ScoredUnit): EntityDef | undefined {
  if (!unit.cell || !FOOD_LABEL.test(unit.cell.label) || !foodItems(unit.cell.value)) return undefined;
  return cellNutrient(unit);
}

type Candidate = { unit: ScoredUnit; items: string[] };

function candidatesFor(nutrient: EntityDef, units: readonly ScoredUnit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of units) {
    if (!unit.cell || !FOOD_LABEL.test(unit.cell.label) || cellNutrient(unit)?.id !== nutrient.id) continue;
    const items = foodItems(unit.cell.value);
    if (items) out.push({ unit, items });
  }
  // The fullest list leads; the others add only foods it does not name.
  return out.sort((a, b) => b.items.length - a.items.length || b.unit.score - a.unit.score || a.unit.n - b.unit.n);
}

// "Leafy greens" is already said by "leafy green vegetables": an item whose words another holds adds nothing.
const itemWords = (item: string) =>
  new Set(
    item
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/(es|s)$/, '')),
  );

function alreadyNamed(item: string, named: ReadonlyArray<Set<string>>): boolean {
  const words = itemWords(item);
  return named.some((other) => [...words].every((w) => other.has(w)) || [...other].every((w) => words.has(w)));
}

/** The merged food list of one nutrient, with the unit whose cell leads it; null without any. */
export function mergeFoodLists(nutrient: EntityDef, units: readonly ScoredUnit[]): { lead: ScoredUnit; list: FoodList } | null {
  const candidates = candidatesFor(nutrient, units);
  const first = candidates[0];
  if (!first?.unit.cell) return null;
  const named: Array<Set<string>> = [];
  const groups: FoodGroup[] = [];
  for (const { unit, items } of candidates) {
    const fresh = items.filter((item) => !alreadyNamed(item, named));
    named.push(...fresh.map(itemWords));
    if (fresh.length === 0) continue;
    const same = groups.find((g) => g.n === unit.n);
    if (same) same.items.push(...fresh);
    else groups.push({ n: unit.n, items: fresh });
  }
  return { lead: first.unit, list: { nutrient, label: first.unit.cell.label, groups } };
}

/** The nutrients a food question asks about, in the order named. */
export function askedNutrients(q: QuestionAnalysis): EntityDef[] {
  return q.intents.includes('foods') ? q.entities.filter((e) => e.kind === 'nutrient' && !e.broad) : [];
}

/** "For magnesium, dietary sources include spinach, almonds [1]; leafy greens, seeds [2]." */
export function formatFoodList(list: FoodList): string {
  const label = lowerLabel(list.label).replace(/^the /, '');
  // The label is the leading passage's own word, singular or plural as it stands there.
  const frame = isPluralLabel(label) ? `${label} include` : `the ${label} includes`;
  const groups = list.groups.map((g) => `${g.items.join(', ')} [${g.n}]`).join('; ');
  return `For ${list.nutrient.name}, ${frame} ${groups}.`;
}
