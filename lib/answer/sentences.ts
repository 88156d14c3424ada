import { splitSentences } from '@/lib/text/sentences';
import { CELL_LABEL as LABEL, cellSentence, labelledItemSentence, sentenceAfterLabel } from './cell-sentence';
import { entitiesIn } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';

/** One candidate piece of an answer, taken from a passage. */
export type SentenceUnit = {
  /** The passage number ([n]) the unit comes from. */
  n: number;
  /** Position of the unit inside its passage (0-based). */
  index: number;
  /** Text as it would appear in the answer, without a marker, ending in punctuation. */
  text: string;
  /** Words the unit can be found by that are not in its text: headings, title, FAQ question. */
  context: string;
  /** True when the unit was rendered from a "Label: value" table cell or list item. */
  rendered: boolean;
  /** The words that carry the unit's information (subject and value of a rendered cell), for de-duplication. */
  core: string;
  /** The heading or first-column subject the unit is about, when known. */
  subject?: string;
  /** Nutrients, conditions and drugs its passage names anywhere (text or headings). */
  passageEntityIds: string[];
  /** Nutrients, conditions and drugs its passage's own text names (headings left out). */
  textEntityIds?: string[];
  /** The article and headings the unit sits under; passages of one section share a topic. */
  section: string;
  /** The FAQ question this unit answers, when it comes from a question-and-answer pair. */
  faqQuestion?: string;
  /** True for the first sentence after its FAQ question: the start of the articles' own answer to it. */
  faqFirst?: boolean;
  /** The "Label: value" cell or list item a rendered unit was made from. */
  cell?: { label: string; value: string };
};

// "Tip 3: Engage in Regular Exercise: Consistent activity …" → "Consistent activity …".
const LIST_LABEL = /^(?:tip|step|question|answer|q|a|note)\s*\d*\s*[:.)]\s*(?:[A-Z][^:.!?]{0,60}:\s+)?(?=[A-Z0-9])/i;

export function stripListLabel(sentence: string): string {
  return sentence.replace(LIST_LABEL, '');
}

type Cell = { label: string; value: string };

/**
 * A table row rendered as "Header: value; Header: value" (or ". " between cells). Returns the cells
 * when at least two look like "Label: value", otherwise null.
 */
export function parseTableRow(text: string): Cell[] | null {
  // A row may be prefixed by its table's heading: "Comparison of … — Nutrient: Iron. …".
  const body = text.replace(/^[^\n]{0,160}?\s[—–-]\s(?=[A-Z][A-Za-z0-9 ()/&'’-]{0,48}:\s)/, '');
  const parts = body.split(/;\s+|\.\s+(?=[A-Z][A-Za-z0-9 ()/&'’-]{0,48}:\s)|\s+\|\s+/).map((p) => p.trim().replace(/[.;]$/, ''));
  const cells: Cell[] = [];
  for (const part of parts) {
    const m = LABEL.exec(part);
    if (m?.[1] && m[2]) cells.push({ label: m[1].trim(), value: m[2].trim() });
    else if (cells.length > 0) {
      // A value that itself contained "; " belongs to the previous cell.
      const last = cells[cells.length - 1];
      if (last) last.value = `${last.value}; ${part}`;
    } else return null;
  }
  return cells.length >= 2 ? cells : null;
}

export type PassageInput = { n: number; title: string; headings: string[]; text: string };

function unitsFromTable(passage: PassageInput, cells: Cell[]): Array<Omit<SentenceUnit, 'passageEntityIds' | 'section'>> {
  const [first, ...rest] = cells;
  if (!first) return [];
  const context = [passage.title, ...passage.headings, `${first.label} ${first.value}`].join(' \n ');
  return rest.map((cell, index) => ({
    n: passage.n,
    index,
    text: cellSentence(first.value, cell.label, cell.value, /deficien/i.test([first.label, ...passage.headings].join(' '))),
    context: `${context} ${cell.label}`,
    rendered: true,
    core: `${first.value} ${cell.value}`,
    subject: first.value,
    cell,
  }));
}

/** The innermost heading that names a nutrient, condition or drug, if any. */
function headingSubject(headings: readonly string[]): string | undefined {
  for (let i = headings.length - 1; i >= 0; i -= 1) {
    const h = headings[i];
    if (h && entitiesIn(h, FOCUS_KINDS).length > 0) return h;
  }
  return undefined;
}

function passageEntityIds(passage: PassageInput): string[] {
  return entitiesIn([...passage.headings, passage.text].join('\n'), FOCUS_KINDS).map((e) => e.id);
}

// The same passages come back turn after turn, at any position n: splitting and entity scans
// depend only on their content, so a passage is split once and its units copied for each n.
const MAX_MEMOISED_PASSAGES = 2_000;
type Split = { units: readonly SentenceUnit[]; byNumber: Map<number, readonly SentenceUnit[]> };
const splitsByContent = new Map<string, Split>();
/** Each numbered copy's unit as first split (numbered 0): what is worked out about a unit's content is kept with that one. */
const contentUnits = new WeakMap<SentenceUnit, SentenceUnit>();

/**
 * The units of one passage as remembered: the same objects every time the passage comes back, so
 * what is worked out about a unit can be kept with it. Shared: never modify them (their arrays
 * and cells are frozen); `passageUnits` gives copies.
 */
export function sharedPassageUnits(passage: PassageInput): readonly SentenceUnit[] {
  // A turn asks for the same passage objects several times: those are recognised without a key.
  const seen = unitsByObject.get(passage);
  if (seen && seen.n === passage.n && seen.title === passage.title && seen.text === passage.text && sameList(seen.headings, passage.headings)) {
    return seen.units;
  }
  const key = [passage.title, passage.text, ...passage.headings].join('\u0000');
  let split = splitsByContent.get(key);
  if (split === undefined) {
    split = { units: splitPassageUnits({ ...passage, n: 0 }).map(freezeParts), byNumber: new Map() };
    if (splitsByContent.size >= MAX_MEMOISED_PASSAGES) splitsByContent.clear();
    splitsByContent.set(key, split);
  }
  let units = split.byNumber.get(passage.n);
  if (units === undefined) {
    units = split.units.map((u) => numbered(u, passage.n));
    split.byNumber.set(passage.n, units);
  }
  unitsByObject.set(passage, { n: passage.n, title: passage.title, text: passage.text, headings: [...passage.headings], units });
  return units;
}

function numbered(unit: SentenceUnit, n: number): SentenceUnit {
  const copy = Object.freeze({ ...unit, n });
  contentUnits.set(copy, unit);
  return copy;
}

/** The unit every numbered copy of this one shares (itself when it is no copy): same text, context and section. */
export function contentUnit(unit: SentenceUnit): SentenceUnit {
  return contentUnits.get(unit) ?? unit;
}

const unitsByObject = new WeakMap<PassageInput, PassageInput & { units: readonly SentenceUnit[] }>();

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function freezeParts(unit: SentenceUnit): SentenceUnit {
  Object.freeze(unit.passageEntityIds);
  if (unit.textEntityIds) Object.freeze(unit.textEntityIds);
  if (unit.cell) Object.freeze(unit.cell);
  return Object.freeze(unit);
}

/** Splits one passage into answer units: sentences, or rendered cells for a table row. */
export function passageUnits(passage: PassageInput): SentenceUnit[] {
  // Copies: callers own the units they get.
  return sharedPassageUnits(passage).map((u) => ({
    ...u,
    passageEntityIds: [...u.passageEntityIds],
    ...(u.textEntityIds ? { textEntityIds: [...u.textEntityIds] } : {}),
  }));
}

function splitPassageUnits(passage: PassageInput): SentenceUnit[] {
  const cells = parseTableRow(passage.text);
  const section = [passage.title, ...passage.headings].join(' > ');
  const textEntityIds = entitiesIn(passage.text, FOCUS_KINDS).map((e) => e.id);
  if (cells) return unitsFromTable(passage, cells).map((u) => ({ ...u, passageEntityIds: passageEntityIds(passage), textEntityIds, section }));
  const entityIds = passageEntityIds(passage);
  const subject = headingSubject(passage.headings);
  const baseContext = [passage.title, ...passage.headings].join(' \n ');
  const units: SentenceUnit[] = [];
  let faqQuestion = '';
  let afterQuestion = false;
  splitSentences(passage.text, 'prose').forEach((sentence, index) => {
    if (/\?["')\]]?$/.test(sentence)) {
      // FAQ question: never an answer sentence, but it tells what the following sentences answer.
      faqQuestion = sentence;
      afterQuestion = true;
      return;
    }
    const faqFirst = afterQuestion;
    afterQuestion = false;
    const plain = stripListLabel(sentence);
    const labelled = labelledItemSentence(plain, subject);
    const cell = labelled === null ? null : LABEL.exec(plain.trim());
    // "Stay hydrated: Dehydration can …" reads as its sentence; the label still finds it.
    const afterLabel = labelled === null ? sentenceAfterLabel(plain) : null;
    const context = [baseContext, faqQuestion, afterLabel?.label ?? ''].filter(Boolean).join(' \n ');
    units.push({
      n: passage.n,
      index,
      text: labelled ?? afterLabel?.sentence ?? plain,
      context,
      rendered: labelled !== null,
      core: labelled !== null && subject ? `${subject} ${sentence.replace(LABEL, '$2')}` : sentence,
      subject,
      passageEntityIds: entityIds,
      textEntityIds,
      section,
      ...(faqQuestion ? { faqQuestion } : {}),
      ...(faqFirst ? { faqFirst } : {}),
      ...(cell?.[1] && cell[2] ? { cell: { label: cell[1].trim(), value: cell[2].trim() } } : {}),
    });
  });
  return units;
}
