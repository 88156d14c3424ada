import { LruCache } from '@/lib/lru';
import { entitiesIn, FOCUS_KINDS } from './lexicon';
import { RULES, type ContextualPattern, type RedFlagRule } from './red-flag-rules';
import { normalizeText } from './terms';

/**
 * Red-flag detection for messages that describe an emergency (stroke signs, cauda equina signs,
 * breathing or heart trouble, fainting, severe dehydration, sudden weakness or paralysis). Runs
 * before any answer. Errs towards flagging a personal report, but a general question about what
 * the articles say ("can low potassium cause an irregular heartbeat?") is not a report.
 */

export const URGENT_NOTICE =
  'What you describe can be a sign of a medical emergency. Please call your local emergency number (such as 911, 112 or 999) or go to the nearest emergency department now. Do not wait to see if it passes.';

export type RedFlagResult = { urgent: boolean; signs: string[] };

// Whole clauses are read separately: "no chest pain but I can't breathe" has two.
const CLAUSE_SPLIT = /[.;!?\n]+|,|\b(?:but|however|although|though|except|yet)\b/;

const NEGATION = /\b(no|not|never|without|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|won't|denies|deny|denied|none|nor|neither|free of|absence of|ruled? out|nothing like|no signs? of|not experiencing|not having)\b/;

// Personal report markers: the writer or someone they speak for.
const PERSONAL = /\b(i|i'm|i've|i'd|i'll|me|my|myself|mine|we|we're|our|us|he|he's|she|she's|his|her|him|hers|they're|their|son|daughter|husband|wife|mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather|partner|friend|child|kid|baby)\b/;

// "tell me about…", "can you explain to me…", "I read that…": the pronoun belongs to the asking
// or the reading, not to a symptom.
const ASKING_PHRASES =
  /\b(tell|show|help|give|explain to|let) me\b|\bi (want|would like|'d like|wish) to (know|understand|learn)\b|\bi (was )?(wonder(ing)?|curious)\b|\bi('ve| have)? (read|heard|saw|seen|learned|learnt|was told|keep (reading|hearing))( (that|about|somewhere|online|on \w+))?\b/g;

// Symptoms named as a topic of something (a deficiency, a condition), not as happening: "iron
// deficiency symptoms such as pale skin and chest pain", "chest pain caused by low potassium".
const TOPIC_FRAME =
  /\b(symptoms?|signs?|effects?|complications?|features?|causes?)\s+(such as|like|including|include|includes|of|e\.?g\.?)\b|\b(caus(e|es|ed|ing)|lead(s|ing)? to|result(s|ing)? in|linked (to|with)|associated with|a sign of|a symptom of|comes? from|due to|because of)\b/;

// Something long past, with nothing to say it is happening now: a history, not an emergency.
const REMOTE_PAST =
  /\b((\d+|a few|few|several|many|some|two|three|four|five|ten) (years|months|decades) (ago|back)|last (year|month|summer|winter|spring|autumn)|as a (child|kid|teenager|teen|baby|student)|when i was (young|younger|little|small|a kid|a child|a teenager|pregnant|at school)|(i|he|she|we|they) used to|years ago)\b/;
const HAPPENING_NOW =
  /\b(now|again|still|today|tonight|currently|right now|at the moment|this (morning|afternoon|evening|week)|since|keeps?|started|starting|yesterday|hours?|minutes?)\b/;

// A general question: asks what is true in general, names no one.
const GENERAL_QUESTION = /^(can|could|does|do|is|are|was|were|what|which|why|how|will|would|should|may|might|when|where|who|whats|what's|explain|tell|describe|list|define)\b/;

const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bcan ?not\b|\bcant\b|\bcan't\b|\bunable to\b|\bnot able to\b/g, "can't"],
  [/\bdont\b/g, "don't"],
  [/\bdoesnt\b/g, "doesn't"],
  [/\bdidnt\b/g, "didn't"],
  [/\bhavent\b/g, "haven't"],
  [/\bhasnt\b/g, "hasn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bwont\b/g, "won't"],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\bpassed-out\b/g, 'passed out'],
  [/\bheartbeat\b/g, 'heart beat'],
];

// Distinctive words worth repairing when misspelt by one letter (two for long words).
const TYPO_VOCABULARY = [
  'breathe', 'breathing', 'breathless', 'shortness', 'palpitations', 'palpitation', 'paralyzed',
  'paralysed', 'paralysis', 'drooping', 'slurred', 'slurring', 'unconscious', 'consciousness',
  'incontinence', 'dehydrated', 'urinating', 'confusion', 'confused', 'lightheaded', 'suddenly',
  'weakness', 'fainted', 'fainting', 'irregular', 'bladder', 'numbness', 'disoriented', 'collapsed',
];
const REAL_WORDS = new Set(['dropping', 'painted', 'painting', 'breath', 'breaths', 'ladder', 'brother', 'slurped', 'regular', 'collapse']);

// Rows of the edit-distance table, reused: triage runs on every message.
let rowsBefore = new Int32Array(32);
let rowsPrevious = new Int32Array(32);
let rowsCurrent = new Int32Array(32);

/** Optimal string alignment distance (Levenshtein plus adjacent transposition) of at most `max`. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const cols = b.length + 1;
  if (rowsCurrent.length < cols) [rowsBefore, rowsPrevious, rowsCurrent] = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let [before, previous, current] = [rowsBefore, rowsPrevious, rowsCurrent];
  for (let j = 0; j < cols; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every later row is at least this row's least value (or the row before's plus one).
    if (rowMin > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] as number) <= max;
}

function closestTypoWord(word: string): string {
  if (word.length < 6 || REAL_WORDS.has(word) || TYPO_VOCABULARY.includes(word)) return word;
  const max = word.length >= 9 ? 2 : 1;
  return TYPO_VOCABULARY.find((v) => editDistanceAtMost(word, v, max)) ?? word;
}

// Repairs by word, most recently used kept: messages repeat words, and the words are the users' own, so the count is capped.
const MAX_REMEMBERED_WORDS = 5_000;
const repairedWords = new LruCache<string, string>(MAX_REMEMBERED_WORDS);

function repairTypo(word: string): string {
  return repairedWords.remember(word, () => closestTypoWord(word));
}

function normalizeForTriage(text: string): string {
  let t = normalizeText(text).replace(/\s+/g, ' ');
  for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  return t.replace(/[a-z]+/g, repairTypo);
}

// Phrases with a negation word that do not deny the symptom ("no idea why my face droops").
const NOT_A_DENIAL = /\b(no idea|no clue|not sure|don't know|do not know|didn't know|not know|no reason|not only|nothing helps|no matter)\b/g;

/** True when a negation cue stands within a few words before `matchStart`, in the same clause. */
function negatedBefore(sentence: string, matchStart: number): boolean {
  const clauses = sentence.slice(0, matchStart).split(CLAUSE_SPLIT);
  const clause = (clauses[clauses.length - 1] ?? '').replace(NOT_A_DENIAL, ' ');
  const lastWords = clause.trim().split(/\s+/).slice(-4).join(' ');
  return NEGATION.test(lastWords);
}

const patternOf = (p: RegExp | ContextualPattern): RegExp => (p instanceof RegExp ? p : p.pattern);

// Each pattern's global twin, compiled once, for walking through all its matches.
const EVERY_MATCH = new Map(
  RULES.flatMap((rule) => rule.patterns.map(patternOf).map((re): [RegExp, RegExp] => [re, new RegExp(re.source, 'g')])),
);

/** A contextual pattern's setting makes its match ordinary: no emergency cue goes with it. */
function ordinarySetting(sentence: string, p: RegExp | ContextualPattern): boolean {
  return !(p instanceof RegExp) && p.ordinary.test(sentence) && !p.emergency.test(sentence);
}

function sentenceFlags(sentence: string, rule: RedFlagRule): boolean {
  for (const p of rule.patterns) {
    const re = patternOf(p);
    // Most patterns do not occur at all; one test says so without collecting matches.
    if (!re.test(sentence) || ordinarySetting(sentence, p)) continue;
    for (const m of sentence.matchAll(EVERY_MATCH.get(re) ?? new RegExp(re.source, 'g'))) {
      if (!negatedBefore(sentence, m.index)) return true;
    }
  }
  return false;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

/**
 * Whether a sentence may report a symptom happening to someone now. A general question or a
 * topic that names no one ("what deficiency causes symptoms such as chest pain?", "iron
 * deficiency symptoms such as pale skin and chest pain") asks what the articles say; a history
 * ("I fainted once as a teenager") tells of something long past.
 */
function isReport(sentence: string): boolean {
  const own = sentence.replace(ASKING_PHRASES, ' ');
  const now = HAPPENING_NOW.test(own);
  if (!PERSONAL.test(own)) {
    if (GENERAL_QUESTION.test(sentence)) return false;
    // A topic names what the symptoms belong to ("magnesium deficiency symptoms such as…");
    // "symptoms like chest pain, started an hour ago" is a report all the same.
    if (TOPIC_FRAME.test(sentence) && !now && entitiesIn(sentence, FOCUS_KINDS).length > 0) return false;
  }
  return now || !REMOTE_PAST.test(own);
}

/** Red flags in a message; `signs` names each kind found once, in a fixed order. */
export function detectRedFlags(text: string): RedFlagResult {
  const signs = new Set<string>();
  for (const sentence of sentencesOf(normalizeForTriage(text))) {
    const trimmed = sentence.trim();
    if (!isReport(trimmed)) continue;
    for (const rule of RULES) if (sentenceFlags(trimmed, rule)) signs.add(rule.sign);
  }
  const ordered = RULES.map((r) => r.sign).filter((s) => signs.has(s));
  return { urgent: ordered.length > 0, signs: ordered };
}
