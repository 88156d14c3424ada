import { formatFoodList } from './food-answer';
import { NOT_COVERED_TOKEN, type PromptPassage } from './prompt';
import { selectSentences, type ScoredUnit, type Selection, type SelectedUnit } from './select-sentences';
import { DEFAULT_ANSWER_SETTINGS } from './settings';
import { analyzeQuestion, contentStems } from '@/lib/question';

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
const YES_NO_QUESTION = /^\s*(is|are|was|were|can|could|does|do|did|will|would|should|has|have|may|might)\b/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Share of the question's words that an FAQ question also has. */
function sameQuestion(question: string, faqQuestion: string | undefined): boolean {
  if (!faqQuestion) return false;
  const asked = new Set(contentStems(question));
  const faq = new Set(contentStems(faqQuestion));
  return asked.size > 0 && [...asked].filter((s) => faq.has(s)).length / asked.size >= DEFAULT_ANSWER_SETTINGS.faqSameQuestionShare;
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
  if (YES_NO_START.test(text) && !(YES_NO_QUESTION.test(question) && sameQuestion(question, unit.faqQuestion))) {
    text = capitalise(text.replace(YES_NO_START, ''));
  }
  return text;
}

function displayLine(unit: SelectedUnit, previous: ScoredUnit | undefined, question: string): string {
  return unit.foods ? formatFoodList(unit.foods) : attachMarker(displayText(unit, previous, question), unit.n);
}

/** A yes/no question opens with the articles' own "Yes, …" / "No, …" to that question, when chosen. */
function yesNoFirst(units: readonly SelectedUnit[], question: string): SelectedUnit[] {
  if (!YES_NO_QUESTION.test(question)) return [...units];
  const answer = units.find((u) => YES_NO_START.test(u.text) && sameQuestion(question, u.faqQuestion));
  return answer ? [answer, ...units.filter((u) => u !== answer)] : [...units];
}

export function formatSelection(selection: Selection, question = ''): string {
  const lines: string[] = [];
  const units = yesNoFirst(selection.units, question);
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const line = displayLine(unit, previous, question);
    // In a list, a sentence that leans on the one before it stays in that one's bullet.
    if (selection.list && unit.anaphoric && follows(unit, previous) && lines.length > 0) lines[lines.length - 1] += ` ${line}`;
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
