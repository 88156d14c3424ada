import { entitiesIn } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';

/**
 * Table cells and labelled list items ("Common Dietary Sources: Spinach, almonds") as plain
 * sentences. The words are the cell's own value, its column header or item label, and the row's
 * or heading's subject; the only words added are glue that states nothing ("of", "the",
 * "include", "is"). One rendering per shape of value, never a choice among templates:
 *
 * - a list of short items or one noun phrase: "Common dietary sources of magnesium include
 *   spinach, almonds." ("For magnesium, the type of pain includes …" when the label already holds
 *   a preposition, where "of" would read wrongly);
 * - a predicate without its subject ("Blocks calcium channels …"): the subject is put before it;
 * - a clause with a subject of its own: said of the subject ("For vitamin D, supplements are …").
 */

/** "Label: value" at the start of an item: a capitalised label of up to about 50 characters. */
export const CELL_LABEL = /^([A-Z][A-Za-z0-9 ()/&'’-]{0,48}?):\s+(\S.*)$/;

const FINITE_VERB = /\b(is|are|was|were|can|may|might|will|should|has|have|had|need|needs|helps?|affects?|requires?|contains?|provides?|causes?|leads?)\b/;

// A predicate missing its subject starts with a verb or an adverb before one ("Often causes …").
const VERB_START = /^(can|may|might|is|are|was|often|commonly|usually|typically|leads?|causes?|impacts?|affects?|helps?|plays?|results?)\b/i;
// …or with a participle or adjective that needs "is" after the subject ("Found in meat …").
const COMPLEMENT_START = /^(found|needed|required|essential|critical|crucial|vital)\b/i;
// "Blocks calcium channels …": a capitalised third-person verb followed by its object; "Weakness",
// "Restless legs" end in -s too but are nouns and adjectives.
const THIRD_PERSON_VERB = /^[A-Z][a-z]+s(?<!ss|us|is)\s/;

/** A clause with a subject of its own: a finite verb after its first word, longer than a list item. */
function isClause(value: string): boolean {
  return FINITE_VERB.test(value) && !VERB_START.test(value) && !COMPLEMENT_START.test(value) && value.split(/\s+/).length > MAX_ITEM_WORDS;
}

/**
 * A predicate without its subject: "Can cause aches", "Found in meat", "Blocks calcium channels".
 * A list of short items is no predicate however its first word ends ("Cramps, spasms, weakness").
 */
function isPredicate(value: string): boolean {
  return VERB_START.test(value) || COMPLEMENT_START.test(value) || (THIRD_PERSON_VERB.test(value) && listItems(value) === null);
}

// Labels for what belongs to the nutrient itself (its foods, its role), not to a lack of it.
const NUTRIENT_LABEL = /\b(sources?|foods?|roles?|functions?)\b/i;
// Labels for what a lack of the nutrient brings (its symptoms and pain) or what remedies it.
const DEFICIENCY_LABEL = /\b(symptoms?|signs?|pain|solutions?|treatments?|remedies)\b/i;
// What remedies a lack is "for" it, not "of" it.
const REMEDY_LABEL = /\b(solutions?|treatments?|remedies)$/i;
const PREPOSITION = /\b(of|in|for|to|with|on|by|from|at)\b/i;
// A list item is a short noun phrase; a longer one is a clause, kept as it is.
const MAX_ITEM_WORDS = 5;

/** Lower-cases a leading capital unless the word looks like a name or acronym ("Red meat" → "red meat"). */
export function lowerFirst(value: string): string {
  const m = /^([A-Z])([a-z]+)(\s+(\S+))?/.exec(value);
  if (!m) return value;
  const nextWord = m[4] ?? '';
  if (/^[A-Z]/.test(nextWord)) return value;
  return value.charAt(0).toLowerCase() + value.slice(1);
}

/** "Key Food Sources" → "key food sources"; acronyms and names with digits stay ("B12", "RLS"). */
function lowerLabel(label: string): string {
  return label.replace(/\b([A-Z])([a-z]+)\b/g, (w) => w.toLowerCase());
}

function isPluralLabel(label: string): boolean {
  const last = label.trim().split(/\s+/).pop() ?? '';
  return /[^s]s$/i.test(last) && !/(ss|is|us)$/i.test(last);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withoutEnd = (value: string) => value.replace(/[.;\s]+$/, '');

/** The comma- or semicolon-separated items of a value (brackets kept whole); null when it is no list of short items. */
export function listItems(value: string): string[] | null {
  const items = withoutEnd(value)
    .split(/[,;](?![^()]*\))/)
    .map((item) => item.trim().replace(/^(and|or)\s+/i, ''))
    .filter((item) => item !== '');
  if (items.length < 2 || items.some((i) => i.split(/\s+/).length > MAX_ITEM_WORDS)) return null;
  return items;
}

/**
 * How a cell names its subject: the nutrient's name, with "deficiency" when the table or heading
 * speaks of deficiencies, or the label names what a lack brings (symptoms, pain), unless the label
 * names what belongs to the nutrient itself (foods, role).
 */
export function subjectName(subject: string, label: string, deficiency: boolean): string {
  const focus = entitiesIn(subject, FOCUS_KINDS)[0];
  if (!focus || focus.kind !== 'nutrient') return lowerFirst(subject);
  const lacking = (deficiency || DEFICIENCY_LABEL.test(label)) && !NUTRIENT_LABEL.test(label);
  return lacking ? `${focus.name} deficiency` : focus.name;
}

/** "Common dietary sources of iron include" / "The mechanism of iron deficiency is" / "For iron, the type of pain includes"; "For iron, they include" when `continued`. */
export function listFrame(name: string, label: string, several: boolean, continued = false): string {
  const said = lowerLabel(label).replace(/^the /i, '');
  const verb = isPluralLabel(said) ? 'include' : several ? 'includes' : 'is';
  // Right after a list under the same label, the label is not said again: "For iron, they include …".
  if (continued) return `For ${name}, ${isPluralLabel(said) ? 'they' : 'it'} ${verb}`;
  if (PREPOSITION.test(said)) return `For ${name}, ${isPluralLabel(said) ? '' : 'the '}${said} ${verb}`;
  const preposition = REMEDY_LABEL.test(said) ? 'for' : 'of';
  return `${isPluralLabel(said) ? capitalise(said) : `The ${said}`} ${preposition} ${name} ${verb}`;
}

const endSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * One cell of a subject as a sentence: "Common dietary sources of iron include red meat, lentils
 * and spinach." `deficiency`: the table or heading speaks of deficiencies.
 */
export function cellSentence(subject: string, label: string, value: string, deficiency = false): string {
  const clean = withoutEnd(value);
  const name = subjectName(subject, label, deficiency);
  // "Supplementation: People on a vegan diet are at higher risk …" is a sentence of its own.
  if (isClause(clean)) return `For ${name}, ${lowerFirst(clean)}.`;
  if (isPredicate(clean)) return endSentence(`${capitalise(name)} ${COMPLEMENT_START.test(clean) ? 'is ' : ''}${lowerFirst(clean)}`);
  return `${listFrame(name, label, listItems(clean) !== null)} ${lowerFirst(clean)}.`;
}

/**
 * A list item "Label: value". When the label names the thing and the value is a predicate
 * ("Vitamin D deficiency: Can cause aches"), joins them into one sentence; when the label is an
 * attribute ("Dietary Sources: Red meat") and the subject is known from the heading, renders it
 * like a table cell. Returns null when neither applies.
 */
export function labelledItemSentence(text: string, subject: string | undefined): string | null {
  const m = CELL_LABEL.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const label = m[1].trim();
  const value = m[2].trim();
  if (label.split(/\s+/).length > 6) return null;
  const labelNamesEntity = entitiesIn(label, FOCUS_KINDS).length > 0;
  if (labelNamesEntity && isPredicate(value) && !isClause(value))
    return endSentence(`${label} ${COMPLEMENT_START.test(value) ? 'is ' : ''}${lowerFirst(value)}`);
  if (labelNamesEntity || !subject || value.split(/\s+/).length > 40) return null;
  return cellSentence(subject, label, value, /deficien/i.test(subject));
}

/**
 * A list item whose label is a heading of its own ("Consider supplements: If diet is not enough, a
 * doctor may …") and whose value is a whole sentence: the sentence alone, in its own words, and the
 * label, which still tells what the item is about. Null for any other item.
 */
export function sentenceAfterLabel(text: string): { sentence: string; label: string } | null {
  const m = CELL_LABEL.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const label = m[1].trim();
  const value = m[2].trim();
  if (label.split(/\s+/).length > 6 || entitiesIn(label, FOCUS_KINDS).length > 0) return null;
  return isClause(value) && /^[A-Z]/.test(value) && /[.!?]$/.test(value) ? { sentence: value, label } : null;
}
