import type { Topic } from './topic';
import { deficiencyName, findEntities } from './entities';
import { normalizeText } from '@/lib/text';

/** Rewriting a follow-up around a subject: resolving "it", appending the subject, swapping it. */

export const ELLIPSIS_PREFIX =
  /^\s*(?:and|so|also|ok(?:ay)?|right|then|but|plus)?[\s,]*(?:what about|how about|what of|and about|same (?:question )?for|and for|and|now|also)\b[\s,]*/i;
export const SWAP_PREFIX =
  /^\s*(?:and|so|ok(?:ay)?|then|but)?[\s,]*(?:what about|how about|what of|and about|same (?:question )?for|and for|and|now|also|or)\b/i;

// "is it usual to…", "is it true that…", "is it wise for runners to…": "it" points at nothing.
// "is it good for nerves?" asks about the topic: "for" is expletive only before "… to <verb>".
const EXPLETIVE_IT =
  /\b(is|was|isn't|would|will) it (\w+ )?(normal|safe|ok|okay|possible|common|bad|true|likely|better|worse|worth|wise|necessary|important|good|fine|unusual|rare|serious|dangerous)\s+(to|that|if|when|for\b(?=[^?.!]*\bto\b))/i;

export const ANAPHOR =
  /\b(it|its|they|them|their|those|these|this|that)(\s+(deficiency|deficiencies|vitamin|vitamins|mineral|minerals|nutrient|nutrients|condition|conditions|one|ones|problem|issue|symptom|symptoms|medication|medications|drug|drugs|disease|thing|stuff))?\b/i;

export function stripQuestionMark(text: string): string {
  return text.trim().replace(/[?.!\s]+$/, '');
}

/** The word that joins an appended topic: "signs of", "help with", "caused by", "enough" + nothing. */
function joinerFor(rest: string): string {
  if (/\b(at risk|symptoms?|signs?|causes?|complications?|effects?|dangers?|risks?|treatments?|options?|sources?|role|function|tests?)$/i.test(rest))
    return 'of ';
  if (/\b(help|helps|work|works|fix|fixes|do|does)$/i.test(rest)) return 'with ';
  if (/\b(affected|caused|triggered|damaged)$/i.test(rest)) return 'by ';
  if (/\b(enough|more|less|much)$/i.test(rest)) return '';
  return 'for ';
}

/** "and who gets it most?" style ellipsis: "who is prone to this?" → "who is prone to … of iron deficiency?" */
export function appendTopic(question: string, phrase: string): string {
  const rest = stripQuestionMark(question.replace(ELLIPSIS_PREFIX, '')) || stripQuestionMark(question);
  return `${rest} ${joinerFor(rest)}${phrase}?`;
}

// "that" and "this" open clauses too ("foods that help", "the signs that I lack it"): they count as
// pronouns only where they stand alone.
const STANDS_ALONE_BEFORE =
  /\b(about|cause|causes|fix|treat|treats|is|does|from|with|for|of|prevent|avoid|get|have|diagnose|would|could|can|will|did|might|should)\s*$/i;
const STANDS_ALONE_AFTER = /^\s*(do|does|did|cause|causes|mean|means|affect|affects|happen|happens|help|helps|work|works|make|makes|lead|leads|feel|feels)\b/i;

function isPronounHere(question: string, m: RegExpExecArray): boolean {
  const word = (m[1] ?? '').toLowerCase();
  if ((word !== 'that' && word !== 'this') || m[2]) return true;
  const after = question.slice(m.index + m[0].length);
  const before = question.slice(0, m.index);
  const standsAlone = /^\s*[?.!,]?\s*$/.test(after) || STANDS_ALONE_BEFORE.test(before) || STANDS_ALONE_AFTER.test(after);
  return standsAlone && !/\b(foods?|things?|ones?|vitamins?|minerals?)\s*$/i.test(before);
}

const possessive = (phrase: string) => (/s$/i.test(phrase) ? `${phrase}'` : `${phrase}'s`);

/** Replaces the first anaphor that is one ("it", "this vitamin", "its") with the topic phrase. */
export function resolveAnaphor(question: string, phrase: string): string | null {
  if (EXPLETIVE_IT.test(question)) return null;
  const m = [...question.matchAll(new RegExp(ANAPHOR.source, 'gi'))].find((match) => isPronounHere(question, match));
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase();
  // "its symptoms" keeps its noun: "vitamin B12 deficiency's symptoms".
  if (word === 'its' || word === 'their') return `${question.slice(0, m.index)}${possessive(phrase)}${question.slice(m.index + (m[1] ?? '').length)}`;
  const replacement = phrase;
  const after = question.slice(m.index + m[0].length);
  // "when it's low" reads "when calcium is low": a name followed by "'s" would read as a possessive.
  const contracted = word === 'it' && !m[2] ? /^['’]s\b/.exec(after) : null;
  if (contracted) return `${question.slice(0, m.index)}${phrase} is${after.slice(contracted[0].length)}`;
  return `${question.slice(0, m.index)}${replacement}${after}`;
}

/** "what about zinc?" after "which foods help with low iron?" → "which foods help with low zinc?" */
export function swapEntity(previous: string, newTopic: Topic): string {
  // Only a name of the same kind is replaced: a nutrient never takes the place of "leg cramps".
  const old = findEntities(previous).find((m) => m.entity.kind === newTopic.entity.kind);
  if (!old) return `${newTopic.surface}: ${previous}`;
  const lower = normalizeText(previous);
  const saysTooLittle = /\b(low|lack|deficien|not enough)/.test(lower.slice(Math.max(0, old.start - 12), old.end + 14));
  // "a lack of vitamin E" already says too little: "vitamin D deficiency" there would say it twice.
  const bareName = newTopic.entity.kind === 'nutrient' && saysTooLittle && newTopic.deficiency;
  const replacement = bareName
    ? newTopic.entity.name
    : old.deficiency && newTopic.entity.kind === 'nutrient' && !saysTooLittle
      ? deficiencyName(newTopic.entity)
      : newTopic.surface;
  return `${previous.slice(0, old.start)}${replacement}${previous.slice(old.end)}`;
}
