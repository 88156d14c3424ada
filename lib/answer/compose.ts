import { formatCellList, itemWords, withoutSaid } from './cell-lists';
import { NOT_COVERED_TOKEN, type PromptPassage } from './prompt';
import { selectSentences, type ScoredUnit, type Selection, type SelectedUnit } from './select-sentences';
import { asksSameQuestion } from './faq-match';
import { questionForm } from './lead-sentence';
import { analyzeQuestion, entitiesIn } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';

/** Puts the passage marker just before the sentence's closing punctuation: "… weakness [2]." */
export function attachMarker(sentence: string, n: number): string {
  const trimmed = sentence.trim();
  const m = /^(.*?)([.!?]+["'”’)\]]*)$/s.exec(trimmed);
  if (!m?.[1]) return `${trimmed} [${n}].`;
  return `${m[1].replace(/[\s,;:]+$/, '')} [${n}]${m[2]}`;
}

// Connectives that only make sense after the sentence they followed in the article.
const LINKING_START = /^(for (example|instance)|furthermore|additionally|moreover|in addition|in fact|indeed|therefore|thus|consequently|also),\s+/i;
// "In summary, deficiencies in …": the summary is the answer; its signpost is not.
const SUMMARY_SIGNPOST = /^(in (summary|conclusion|short)|overall|to (sum up|summarize|conclude)),\s+/i;
const YES_NO_START = /^(yes|no),\s+/i;
const YES_NO_OPENING = /^\s*(is|are|was|were|can|could|does|do|did|will|would|should|has|have|may|might)\b/i;
/** A yes/no question, by its first word or by its asking clause ("if my legs ache, is that …?"). */
const isYesNoQuestion = (question: string) => YES_NO_OPENING.test(question) || questionForm(question) === 'yesno';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the FAQ question a unit answers is the question asked (see faq-match.ts). */
function sameQuestion(question: string, faqQuestion: string | undefined): boolean {
  return faqQuestion !== undefined && asksSameQuestion(analyzeQuestion(question), faqQuestion);
}

const follows = (unit: ScoredUnit, previous: ScoredUnit | undefined) => previous !== undefined && previous.n === unit.n && previous.index === unit.index - 1;

/**
 * The unit as shown: a leading "For example," is dropped when the sentence it followed is not
 * shown before it, a summary's "In summary," always, and an FAQ's "Yes,"/"No," is kept only for
 * the same yes/no question.
 */
export function displayText(unit: ScoredUnit, previous: ScoredUnit | undefined, question: string): string {
  let text = unit.text;
  if (!follows(unit, previous) && LINKING_START.test(text)) text = capitalise(text.replace(LINKING_START, ''));
  if (SUMMARY_SIGNPOST.test(text)) text = capitalise(text.replace(SUMMARY_SIGNPOST, ''));
  if (YES_NO_START.test(text) && !(isYesNoQuestion(question) && sameQuestion(question, unit.faqQuestion))) {
    text = capitalise(text.replace(YES_NO_START, ''));
  }
  return text;
}

/** The unit as an answer line; a merged list without the items the answer already said, or null when none are left. */
function displayLine(unit: SelectedUnit, previous: ScoredUnit | undefined, question: string, said: ReadonlySet<string>, continued: boolean): string | null {
  if (!unit.list) return attachMarker(displayText(unit, previous, question), unit.n);
  const fresh = withoutSaid(unit.list, said);
  return fresh.groups.length > 0 ? formatCellList(fresh, continued) : null;
}

/** Whether a list follows a shown list under the same label, so its label need not be said again. */
const continuesList = (unit: SelectedUnit, shownBefore: SelectedUnit | undefined) =>
  unit.list !== undefined && shownBefore?.list !== undefined && shownBefore.list.label.toLowerCase() === unit.list.label.toLowerCase();

/** The words a line says, kept for each thing it speaks of: a later list about that thing leaves them out. */
function rememberSaid(said: Map<string, Set<string>>, unit: SelectedUnit, line: string): void {
  const ids = unit.list ? [unit.list.subject.id] : entitiesIn(unit.text, FOCUS_KINDS).flatMap((e) => (e.broad ? [] : [e.id]));
  const words = itemWords(line.replace(/\[\d+\]/g, ' '));
  for (const id of ids) {
    const known = said.get(id) ?? new Set<string>();
    for (const w of words) known.add(w);
    said.set(id, known);
  }
}

/** A yes/no question opens with the articles' own "Yes, …" / "No, …" to that question, when chosen. */
function yesNoFirst(units: readonly SelectedUnit[], question: string): SelectedUnit[] {
  if (!isYesNoQuestion(question)) return [...units];
  const answer = units.find((u) => YES_NO_START.test(u.text) && sameQuestion(question, u.faqQuestion));
  return answer ? [answer, ...units.filter((u) => u !== answer)] : [...units];
}

export function formatSelection(selection: Selection, question = ''): string {
  const lines: string[] = [];
  const units = yesNoFirst(selection.units, question);
  const said = new Map<string, Set<string>>();
  let shownBefore: SelectedUnit | undefined;
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const saidOfIt = unit.list ? (said.get(unit.list.subject.id) ?? new Set<string>()) : new Set<string>();
    const line = displayLine(unit, previous, question, saidOfIt, continuesList(unit, shownBefore));
    if (line === null) return;
    shownBefore = unit;
    rememberSaid(said, unit, line);
    // In a list, a sentence that leans on the one before it stays in that one's bullet.
    if (selection.list && lines.length > 0 && (unit.joinsPrevious || (unit.anaphoric && follows(unit, previous)))) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
  });
  return selection.list ? lines.map((l) => `- ${l}`).join('\n') : lines.join(' ');
}

/** The extractive answer to a question from numbered passages, or NOT_COVERED_TOKEN. */
export function composeExtractiveAnswer(question: string, passages: readonly PromptPassage[]): string {
  // The question is the turn analysis's standalone query (lib/question): typos are already fixed.
  const corrected = question;
  const q = analyzeQuestion(corrected);
  const ordinary = selectSentences(q, passages);
  return ordinary ? formatSelection(ordinary, corrected) : NOT_COVERED_TOKEN;
}
