import { z } from 'zod';
import { type Intent } from './intent';
import { normalizeText } from '@/lib/text';

/** What a question asks, read off its form and its cue words. */
export const questionKindSchema = z.enum([
  'yes-no',
  'which',
  'why',
  'how',
  'foods',
  'symptoms',
  'tests',
  'treatment',
  'risk',
  'comparison',
  'what',
  'small-talk',
]);
export type QuestionKind = z.infer<typeof questionKindSchema>;

/** The shape of answer a kind of question expects first. */
export const expectedAnswerSchema = z.enum(['yes-no', 'named-thing', 'reason', 'list', 'explanation', 'greeting']);
export type ExpectedAnswer = z.infer<typeof expectedAnswerSchema>;

const YES_NO_OPENING = /^(is|are|was|were|can|could|does|do|did|will|would|should|has|have|may|might|am|must)\b/;
const WHICH_OPENING =
  /^(which|what) (\w+ )?(vitamins?|minerals?|nutrients?|deficienc\w+|conditions?|diseases?|medications?|medicines?|drugs?|one|ones|type|kind)\b|^which\b/;
const COMPARISON = /\b(vs\.?|versus|compared (to|with)|difference between|differ|better than|worse than|or)\b|\bboth\b/;
// One word of such a cue, read alone: what a comparison asks of its two sides, never a topic.
const COMPARISON_WORD = /^(vs\.?|versus|compared?|comparing|comparison|differ\w*|both)$/;
const WHY_OPENING = /^(why|how come|what makes|what causes|what's causing|what is causing)\b/;
const HOW_OPENING = /^how\b/;

// Of the cue-word intents, the ones that name a kind of their own, in order of precedence.
const INTENT_KINDS: ReadonlyArray<[Intent, QuestionKind]> = [
  ['foods', 'foods'],
  ['diagnosis', 'tests'],
  ['treatment', 'treatment'],
  ['risk', 'risk'],
  ['symptoms', 'symptoms'],
];

/** The question opens the way a yes/no question does ("can …", "is …", "does …"). */
export function opensAsYesNo(question: string): boolean {
  return YES_NO_OPENING.test(normalizeText(question).trim());
}

/** The word is one of a comparison's cue words ("vs", "differ", "difference", "compared"). */
export function isComparisonCue(word: string): boolean {
  return COMPARISON_WORD.test(normalizeText(word).trim());
}

// A comparison needs two named things, or a "both" / "difference" cue with one.
function isComparison(text: string, namedThings: number): boolean {
  if (!COMPARISON.test(text)) return false;
  if (/\b(both|difference|versus|vs\.?|compared)\b/.test(text)) return namedThings >= 1;
  return namedThings >= 2;
}

/** The kind of a question (its leading words, then its cue words); '' is small talk. */
export function questionKind(question: string, intents: readonly Intent[], namedThings: number): QuestionKind {
  const text = normalizeText(question).trim();
  if (text === '') return 'small-talk';
  if (isComparison(text, namedThings)) return 'comparison';
  if (WHICH_OPENING.test(text)) return 'which';
  if (WHY_OPENING.test(text)) return 'why';
  if (YES_NO_OPENING.test(text)) return 'yes-no';
  for (const [intent, kind] of INTENT_KINDS) if (intents.includes(intent)) return kind;
  if (intents.includes('causes')) return 'why';
  if (HOW_OPENING.test(text)) return 'how';
  return 'what';
}

const EXPECTED: Record<QuestionKind, ExpectedAnswer> = {
  'yes-no': 'yes-no',
  which: 'named-thing',
  why: 'reason',
  how: 'explanation',
  foods: 'list',
  symptoms: 'list',
  tests: 'list',
  treatment: 'explanation',
  risk: 'list',
  comparison: 'explanation',
  what: 'explanation',
  'small-talk': 'greeting',
};

export function expectedAnswer(kind: QuestionKind): ExpectedAnswer {
  return EXPECTED[kind];
}
