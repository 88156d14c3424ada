import { findEntities } from './entities';
import { detectIntents } from './intent';
import { opensAsYesNo } from './kind';
import { analyzeQuestion } from './question-terms';
import { contentStems } from './terms';
import { ANAPHOR, ELLIPSIS_PREFIX, stripQuestionMark } from './rewrite';

/**
 * Follow-ups too short to be read as questions of their own: "why?", a bare name ("calcium?"),
 * "which kind is worse?", "only the ones vegans miss", "what about athletes?". Each is rewritten
 * from the previous standalone query (or the conversation's subject) into a whole question.
 */

const BARE_WHY =
  /^\s*(?:but\s+|and\s+|so\s+)?(?:why|how come|why (?:is|would|does) (?:that|it|this)(?: so| the case)?|why so|what makes (?:that|it) so)\s*[?.!]*\s*$/i;

/** "why?" after a yes/no question asks the reason for its answer: "why can magnesium deficiency cause cramps?". */
export function askWhy(question: string, previous: string): string | null {
  if (!BARE_WHY.test(question)) return null;
  const asked = stripQuestionMark(previous);
  if (!opensAsYesNo(asked)) return null;
  return `why ${asked.charAt(0).toLowerCase()}${asked.slice(1)}?`;
}

const WORDS = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '').length;

/** The message is one name and nothing else ("calcium?", "and B12?"): the previous question about it. */
export function isBareName(question: string): boolean {
  const rest = question.replace(ELLIPSIS_PREFIX, '');
  const mentions = findEntities(rest);
  const first = mentions[0];
  if (mentions.length !== 1 || !first || WORDS(rest) > 4 || detectIntents(rest).length > 0) return false;
  const outside = `${rest.slice(0, first.start)} ${rest.slice(first.end)}`;
  return /^[\s?.!,]*(?:then|too|instead|as well)?[\s?.!,]*$/i.test(outside);
}

// A turn that opens like a question or a request asks something of its own.
const QUESTION_OPENER =
  /^[^\p{L}\p{N}]*(?:what|which|who|whom|how|why|where|when|is|are|was|were|do|does|did|can|could|should|will|would|may|might|must|tell|explain|describe|give|list|show)\b/iu;
const MAX_RE_AIM_WORDS = 8;

/**
 * "oops, I was thinking of potassium", "make that iron instead", "not D, vitamin E": a short turn
 * that names one thing, does not open as a question, and asks for nothing the previous question
 * did not ask for, puts that thing in the previous question's place. The words around the name are
 * the user talking about the conversation, not a new question.
 */
export function reAimsPrevious(question: string, previous: string): boolean {
  const rest = question.replace(ELLIPSIS_PREFIX, '');
  if (QUESTION_OPENER.test(rest) || WORDS(rest) > MAX_RE_AIM_WORDS) return false;
  if (findEntities(rest).filter((m) => !m.entity.broad).length !== 1) return false;
  const asked = new Set(detectIntents(previous));
  return detectIntents(rest).every((i) => asked.has(i));
}

const MAX_CASE_FRAGMENT_WORDS = 3;

/**
 * "vegans?", "older people?": a fragment of a few words that names no thing, asks nothing and
 * points at nothing, each of whose words reaches the articles' vocabulary (it has lay alternatives
 * there): a group or case the previous question is asked for. Words that reach nothing ("hmm")
 * are not a case.
 */
export function isCaseFragment(question: string): boolean {
  if (QUESTION_OPENER.test(question) || ANAPHOR.test(question) || WORDS(question) > MAX_CASE_FRAGMENT_WORDS) return false;
  const analysis = analyzeQuestion(question);
  if (analysis.mentions.length > 0 || analysis.intents.length > 0 || analysis.terms.length === 0) return false;
  return analysis.terms.every((t) => t.alternatives.length > 0);
}

// "which kind is riskier?", "what type helps most?": a kind of the subject, not named.
const KIND_OF = /\b(which|what)\s+(kinds?|types?|sorts?|forms?)\b(?!\s+of\b)/i;
const WHICH_ONES = /\b(which|what)\s+(ones?)\b(?!\s+of\b)/i;

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * "which kind is riskier?" → "which kind of diuretics is riskier?"; "which one …?" after a
 * question naming two things asks which of them; null for other questions.
 */
export function kindOfSubject(question: string, phrase: string, previous: string): string | null {
  if (findEntities(question).length > 0) return null;
  const kind = KIND_OF.exec(question);
  if (kind) return `${question.slice(0, kind.index)}${kind[0]} of ${phrase}${question.slice(kind.index + kind[0].length)}`;
  const ones = WHICH_ONES.exec(question);
  if (!ones) return null;
  const before = question.slice(0, ones.index);
  const after = question.slice(ones.index + ones[0].length);
  const compared = [
    ...new Set(
      findEntities(previous)
        .filter((m) => !m.entity.broad && m.entity.kind !== 'symptom')
        .map((m) => previous.slice(m.start, m.end)),
    ),
  ];
  if (compared.length >= 2) return `${before}${ones[1]} of ${joinNames(compared)}${after}`;
  return `${before}${ones[1]} ${phrase}${after}`;
}

// "only the circulation ones", "just the ones vegans might miss": the previous list, narrowed.
const ONLY_OPENER = /^\s*(?:and\s+)?(?:only|just|especially|mainly|mostly)\b/i;
const MAX_ONLY_WORDS = 10;

/** The previous question restricted by an "only …" fragment; null for anything else. */
export function onlyNarrowing(question: string, previous: string): string | null {
  if (!ONLY_OPENER.test(question) || WORDS(question) > MAX_ONLY_WORDS) return null;
  const rest = stripQuestionMark(question.replace(/^\s*and\s+/i, ''));
  return rest === '' ? null : `${stripQuestionMark(previous)}, ${rest}?`;
}

// A case word the user put first ("for vegetarians", "in children") is kept; a bare group gets "for".
const CASE_OPENER = /^(?:for|in|at|during|after|before|when|while|without|with|on|among|if|from|by)\b/i;

/** "what about athletes?" / "and for vegetarians?": the previous question asked for that case. */
export function forCase(previous: string, question: string): string | null {
  const prefix = ELLIPSIS_PREFIX.exec(question)?.[0] ?? '';
  // "and for", "same for": the prefix took the user's own "for".
  const rest = `${/\bfor[\s,]*$/i.test(prefix) ? 'for ' : ''}${question.slice(prefix.length)}`;
  const fragment = stripQuestionMark(rest);
  if (fragment === '') return null;
  return `${stripQuestionMark(previous)} ${CASE_OPENER.test(fragment) ? '' : 'for '}${fragment}?`;
}

/**
 * What a question asked about when the lexicon names nothing in it: its longest run of topic
 * words ("what is the ankle-brachial index used for?" → "ankle-brachial index"), or null.
 */
export function focusPhrase(question: string): string | null {
  const focus = new Set(analyzeQuestion(question).focusStems);
  let best: string[] = [];
  let run: string[] = [];
  for (const word of question.split(/\s+/)) {
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const stems = clean === '' ? [] : contentStems(clean);
    if (stems.length > 0 && stems.every((s) => focus.has(s))) run.push(clean);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  return best.length > 0 ? best.join(' ') : null;
}
