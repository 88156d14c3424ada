import { findEntities, type QuestionAnalysis } from '@/lib/question';
import { normalizeText } from '@/lib/text';
import { CAUSE_BEFORE_EFFECT_CUES, EFFECT_BEFORE_CAUSE_CUES, FOCUS_KINDS, QUESTION_CAUSE_CUES, QUESTION_ORIGIN_CUES } from '@/lib/vocabulary';
import { DEFAULT_ANSWER_SETTINGS } from './settings';

/**
 * Which way a cause question points. "What can cause hypokalemia?" and "can booze leave me short
 * on magnesium?" ask what brings the thing named about, so they are answered by a sentence naming
 * it as the effect ("… can induce hypokalemia"), not by one saying what it does in turn
 * ("Hypokalemia reduces …"). Read from where the name stands beside the relation's words, in the
 * question and in the sentence, never from the topic.
 */

const { causeCueWindowWords: BEFORE_WORDS, effectCueWindowWords: AFTER_WORDS, originCueWindowWords: ORIGIN_WORDS } = DEFAULT_ANSWER_SETTINGS.selection;

const cueRegex = (cues: readonly string[]) => new RegExp(`\\b(?:${cues.join('|')})\\b`, 'i');
const CAUSE_BEFORE = cueRegex(CAUSE_BEFORE_EFFECT_CUES);
const QUESTION_CAUSE = cueRegex([...CAUSE_BEFORE_EFFECT_CUES, ...QUESTION_CAUSE_CUES]);
const EFFECT_BEFORE = cueRegex(EFFECT_BEFORE_CAUSE_CUES);
const ORIGIN = cueRegex(QUESTION_ORIGIN_CUES);
// A clause ends at these; a relation does not reach across them.
const CLAUSE_END = /[.;:!?]/;

/** The last `n` words before `start` in the same clause, and the first `n` after `end`. */
function before(lower: string, start: number, n: number): string {
  const clause = lower.slice(0, start).split(CLAUSE_END).at(-1) ?? '';
  return clause.split(/\s+/).filter(Boolean).slice(-n).join(' ');
}

function after(lower: string, end: number, n: number): string {
  const clause = lower.slice(end).split(CLAUSE_END)[0] ?? '';
  return clause.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}

/** The nutrients, conditions and drugs a question asks the causes of: named after a cause word, or before "occur", "develop". */
export function askedEffects(q: QuestionAnalysis): Set<string> {
  const lower = normalizeText(q.question);
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const m of q.mentions) {
    if (!FOCUS_KINDS.includes(m.entity.kind) || m.entity.broad || seen.has(m.entity.id)) continue;
    // Its first mention decides: "hypocalcemia leading to calcium loss" names calcium as the cause first.
    seen.add(m.entity.id);
    if (QUESTION_CAUSE.test(before(lower, m.start, BEFORE_WORDS)) || ORIGIN.test(after(lower, m.end, ORIGIN_WORDS))) out.add(m.entity.id);
  }
  return out;
}

/** Whether a sentence names one of `effects` as brought about: right after a cause word, or right before "due to", "occurs when". */
export function statesCauseOf(text: string, effects: ReadonlySet<string>): boolean {
  if (effects.size === 0) return false;
  const lower = normalizeText(text);
  return findEntities(text).some(
    (m) => effects.has(m.entity.id) && (CAUSE_BEFORE.test(before(lower, m.start, BEFORE_WORDS)) || causedAfter(after(lower, m.end, AFTER_WORDS))),
  );
}

/** "… is often due to …" after the name, before any cause word that would make the name the cause ("… causes weakness due to …"). */
function causedAfter(window: string): boolean {
  const effect = EFFECT_BEFORE.exec(window);
  if (!effect) return false;
  const cause = CAUSE_BEFORE.exec(window);
  return !cause || cause.index > effect.index;
}
