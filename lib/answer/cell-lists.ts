import { LruCache } from '@/lib/lru';
import { entitiesIn, mentionsFoods } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';
import { listFrame, listItems, lowerFirst, subjectName } from './cell-sentence';
import type { ScoredUnit } from './unit-scoring';

/**
 * Several table cells or labelled items that list things of one subject ("Symptoms: …", "Common
 * Associated Symptoms: …", from several articles) merge into one sentence that says the subject
 * once and names each item once, every group of items keeping the marker of the passage it comes
 * from: "Symptoms of magnesium deficiency include cramps, fatigue [1]; insomnia [3]." Items are
 * the passages' own words; the frame is the leading cell's own label (see cell-sentence.ts).
 */

/** One passage's share of a merged list; `value` is its cell's own wording while no item is left out. */
type ListGroup = { n: number; items: string[]; value?: string };

export type CellList = { subject: EntityDef; name: string; label: string; groups: ListGroup[] };

// Labels of food lists: every such column is one kind, whatever its wording.
const FOOD_LABEL = /\b(sources?|foods?|dietary|diet|solutions?)\b/i;
const SUN = /\bsun(light|shine)?\b/i;

/** "Fatty fish (salmon, tuna), fortified dairy, and egg yolks" → its items; null if not a food list. */
export function foodItems(value: string): string[] | null {
  const items = (listItems(value) ?? singleItem(value)).map(lowerFirst);
  if (items.length === 0) return null;
  const foods = items.filter((i) => mentionsFoods(i) || SUN.test(i)).length;
  return foods * 2 >= items.length ? items : null;
}

// A one-item value is a list of one when it is a short noun phrase.
function singleItem(value: string): string[] {
  const item = value.replace(/[.;\s]+$/, '').trim();
  return item !== '' && !/[,;]/.test(item) && item.split(/\s+/).length <= 5 ? [item] : [];
}

/** What kind of list a label heads: food lists are one kind; others go by their last word ("symptom"). */
function labelKind(label: string): string {
  if (FOOD_LABEL.test(label)) return 'foods';
  const last = label.trim().split(/\s+/).pop() ?? '';
  return last.toLowerCase().replace(/s$/, '');
}

/** The nutrient, condition or drug a cell is about: the first its subject (row or heading) names. */
export function cellSubject(unit: ScoredUnit): EntityDef | undefined {
  const subject = unit.subject;
  // Subjects are a few hundred headings and first-column cells: each is read once.
  return subject === undefined
    ? undefined
    : subjectsByText.remember(subject, () => entitiesIn(subject, FOCUS_KINDS).find((e) => !e.broad) ?? false) || undefined;
}

const MAX_REMEMBERED_SUBJECTS = 1_000;
const subjectsByText = new LruCache<string, EntityDef | false>(MAX_REMEMBERED_SUBJECTS);

/** The items of a unit's cell when it lists things of a known subject; null otherwise. */
function cellItems(unit: ScoredUnit): string[] | null {
  if (!unit.cell || !cellSubject(unit)) return null;
  if (labelKind(unit.cell.label) === 'foods') return foodItems(unit.cell.value);
  return listItems(unit.cell.value)?.map(lowerFirst) ?? null;
}

/** Subject and kind of a list cell: cells with the same key merge. */
export function listKey(unit: ScoredUnit): string | undefined {
  const subject = cellSubject(unit);
  return unit.cell && subject && cellItems(unit) ? `${subject.id}:${labelKind(unit.cell.label)}` : undefined;
}

// "Leafy greens" is already said by "leafy green vegetables": an item whose words another holds adds nothing.
export function itemWords(item: string): Set<string> {
  return new Set(
    item
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/(es|s)$/, '')),
  );
}

function alreadyNamed(item: string, named: ReadonlyArray<Set<string>>): boolean {
  const words = itemWords(item);
  return named.some((other) => [...words].every((w) => other.has(w)) || [...other].every((w) => words.has(w)));
}

// The headings a unit sits under (its article's title left out): "… Deficiencies …" makes a cell about the lack.
const speaksOfDeficiency = (unit: ScoredUnit) => /deficien/i.test([unit.subject ?? '', ...unit.section.split(' > ').slice(1)].join(' '));

/**
 * The cells of `units` with key `key`, merged: the fullest list leads, the others add only items
 * it does not name. Null when there is no such cell.
 */
export function mergeCellLists(key: string, units: readonly ScoredUnit[]): { lead: ScoredUnit; list: CellList } | null {
  const candidates = units
    .filter((u) => listKey(u) === key)
    .map((unit) => ({ unit, items: cellItems(unit) ?? [] }))
    .sort((a, b) => b.items.length - a.items.length || b.unit.score - a.unit.score || a.unit.n - b.unit.n);
  const first = candidates[0];
  const subject = first && cellSubject(first.unit);
  if (!first?.unit.cell || !subject) return null;
  const named: Array<Set<string>> = [];
  const groups: ListGroup[] = [];
  for (const { unit, items } of candidates) {
    const fresh = items.filter((item) => !alreadyNamed(item, named));
    named.push(...fresh.map(itemWords));
    if (fresh.length === 0) continue;
    const same = groups.find((g) => g.n === unit.n);
    if (same) {
      same.items.push(...fresh);
      delete same.value;
    } else groups.push({ n: unit.n, items: fresh, ...(fresh.length === items.length && unit.cell ? { value: unit.cell.value } : {}) });
  }
  const label = sharedLabel(candidates.map((c) => c.unit.cell?.label ?? ''));
  const name = subjectName(first.unit.subject ?? subject.name, label, speaksOfDeficiency(first.unit));
  return { lead: first.unit, list: { subject, name, label, groups } };
}

/**
 * The label a merged list is said under: the cells' own label when they share it, else the word
 * they end in ("Symptoms" for "Primary Symptom" and "Associated Symptoms"), plural when one has it.
 * Food labels differ in wording only, so the leading one stands for all.
 */
function sharedLabel(labels: readonly string[]): string {
  const [first = ''] = labels;
  if (labels.every((l) => l === first) || labelKind(first) === 'foods') return first;
  const lasts = labels.map((l) => l.trim().split(/\s+/).pop() ?? '');
  return lasts.find((w) => /s$/i.test(w)) ?? lasts[0] ?? first;
}

/** The list without the items whose words the answer has already said. */
export function withoutSaid(list: CellList, said: ReadonlySet<string>): CellList {
  const groups = list.groups
    .map((g) => {
      const items = g.items.filter((item) => ![...itemWords(item)].every((w) => said.has(w)));
      return items.length === g.items.length ? g : { n: g.n, items };
    })
    .filter((g) => g.items.length > 0);
  return { ...list, groups };
}

/** "Dietary sources of magnesium include spinach, almonds [1]; leafy greens, seeds [2]." */
export function formatCellList(list: CellList, continued = false): string {
  const total = list.groups.reduce((sum, g) => sum + g.items.length, 0);
  // A group still whole is said in its cell's own words ("nuts, seeds, and whole grains").
  const parts = list.groups.map((g) => `${g.value === undefined ? g.items.join(', ') : lowerFirst(g.value.replace(/[.;\s]+$/, ''))} [${g.n}]`);
  return `${listFrame(list.name, list.label, total > 1, continued)} ${parts.join('; ')}.`;
}
