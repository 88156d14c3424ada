import { detectIntents } from '@/lib/answer/intent';
import { deficiencyName, entitiesIn, findEntities, related, type EntityDef, type EntityMention } from '@/lib/answer/lexicon';
import { analyzeQuestion } from '@/lib/answer/question';
import { normalizeText } from '@/lib/answer/terms';

/**
 * Turns the latest user message into a standalone retrieval query, offline: resolves "it/that/
 * they" and elliptical follow-ups ("what about magnesium?", "and who is at risk?") against the
 * topic of the conversation so far. A self-contained question is returned unchanged.
 */

export type ChatTurn = { role: 'user' | 'assistant'; text: string };

type Topic = { entity: EntityDef; surface: string; deficiency: boolean };

// How many earlier user turns may lend a topic; older ones are likely a different subject.
const MAX_LOOKBACK = 6;

const ELLIPSIS_PREFIX =
  /^\s*(?:and|so|also|ok(?:ay)?|right|then|but|plus)?[\s,]*(?:what about|how about|what of|and about|same (?:question )?for|and for|and|now|also)\b[\s,]*/i;
const SWAP_PREFIX = /^\s*(?:and|so|ok(?:ay)?|then|but)?[\s,]*(?:what about|how about|what of|and about|same (?:question )?for|and for|and|now|also|or)\b/i;

// "is it usual to…", "is it true that…", "is it wise for runners to…": "it" points at nothing.
// "is it good for nerves?" asks about the topic: "for" is expletive only before "… to <verb>".
const EXPLETIVE_IT =
  /\b(is|was|isn't|would|will) it (\w+ )?(normal|safe|ok|okay|possible|common|bad|true|likely|better|worse|worth|wise|necessary|important|good|fine|unusual|rare|serious|dangerous)\s+(to|that|if|when|for\b(?=[^?.!]*\bto\b))/i;

const ANAPHOR =
  /\b(it|its|they|them|their|those|these|this|that)(\s+(deficiency|deficiencies|vitamin|vitamins|mineral|minerals|nutrient|nutrients|condition|conditions|one|ones|problem|issue|symptom|symptoms|medication|medications|drug|drugs|disease|thing|stuff))?\b/i;

function topicFromMention(text: string, m: EntityMention, next: EntityMention | undefined): Topic {
  const lower = normalizeText(text);
  let start = m.start;
  let end = m.end;
  let entity = m.entity;
  // "diabetic neuropathy": two names in a row make one phrase, about the last (head) noun.
  if (next && /^[\s-]?$/.test(lower.slice(end, next.start))) {
    end = next.end;
    entity = next.entity;
  }
  if (entity.kind === 'symptom') {
    const legs = /\b(legs?|calf|calves|thigh|muscle)\s+$/.exec(lower.slice(0, start));
    if (legs) start -= legs[0].length;
  }
  const left = /\b(low|lack of|not enough|too little|deficient)\s+$/.exec(lower.slice(0, start));
  if (left) start -= left[0].length;
  // "magnesium supplements" is what was taken, and what "is that safe?" asks about.
  const right = /^\s+(deficiency|deficiencies|levels?|supplements?|supplementation|tablets?|pills?)\b/.exec(lower.slice(end));
  if (right) end += right[0].length;
  // "Potassium deficiency" taken from the start of a sentence reads as "potassium deficiency" mid-query.
  const raw = text.slice(start, end).trim().replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase());
  // A clause like "legs feel heavy" is named by its noun phrase ("heavy legs") inside a query.
  const surface = /\b(feel|feels|hurt|hurts)\b/i.test(raw) ? entity.name : raw;
  return { entity, surface, deficiency: m.deficiency };
}

/**
 * The main subject of a text: first nutrient/condition/drug, else first symptom. Group names
 * ("vitamins", "medications") count only when `allowGroups` is set.
 */
export function topicOf(text: string, allowGroups = false): Topic | null {
  const mentions = findEntities(text).filter((m) => allowGroups || !m.entity.broad);
  const index = Math.max(0, mentions.findIndex((m) => m.entity.kind !== 'symptom'));
  const focus = mentions[index];
  return focus ? topicFromMention(text, focus, mentions[index + 1]) : null;
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+|\n/)[0] ?? text;
}

const SUPPLEMENT = /\b(supplements?|supplementation|tablets?|pills?)\b/i;

// Questions about a nutrient's symptoms, tests, risks or treatment are about its deficiency.
function topicPhrase(topic: Topic, question: string): string {
  const intents = detectIntents(question);
  // "which foods have it?" asks about the nutrient itself, whatever form it was named in.
  if (topic.entity.kind === 'nutrient' && intents.includes('foods')) return topic.entity.name;
  // "are vegans often low in it?" already says "low".
  if (/\b(low|lacking|deficient|short) (on|in)\b/i.test(question)) return topic.entity.name;
  const aboutDeficiency = intents.some((i) => ['symptoms', 'diagnosis', 'risk', 'treatment', 'seriousness', 'doctor', 'causes'].includes(i));
  const foodOnly = intents.includes('foods') || intents.includes('role');
  // A supplement taken is asked about as it is ("is that safe?"), never turned into a deficiency.
  if (SUPPLEMENT.test(topic.surface)) return topic.surface;
  if (topic.entity.kind === 'nutrient' && !topic.deficiency && aboutDeficiency && !foodOnly) return deficiencyName(topic.entity);
  return topic.surface;
}

function stripQuestionMark(text: string): string {
  return text.trim().replace(/[?.!\s]+$/, '');
}

/** The word that joins an appended topic: "signs of", "help with", "caused by", "enough" + nothing. */
function joinerFor(rest: string): string {
  if (/\b(at risk|symptoms?|signs?|causes?|complications?|effects?|dangers?|risks?|treatments?|options?|sources?|role|function|tests?)$/i.test(rest)) return 'of ';
  if (/\b(help|helps|work|works|fix|fixes|do|does)$/i.test(rest)) return 'with ';
  if (/\b(affected|caused|triggered|damaged)$/i.test(rest)) return 'by ';
  if (/\b(enough|more|less|much)$/i.test(rest)) return '';
  return 'for ';
}

/** "and who gets it most?" style ellipsis: "who is prone to this?" → "who is prone to … of iron deficiency?" */
function appendTopic(question: string, phrase: string): string {
  const rest = stripQuestionMark(question.replace(ELLIPSIS_PREFIX, '')) || stripQuestionMark(question);
  return `${rest} ${joinerFor(rest)}${phrase}?`;
}

/** Replaces the first anaphor ("it", "this vitamin", "its") with the topic phrase. */
function resolveAnaphor(question: string, phrase: string): string | null {
  if (EXPLETIVE_IT.test(question)) return null;
  const m = ANAPHOR.exec(question);
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase();
  // "that" and "this" open clauses too ("foods that help"); only take them where they stand alone.
  if ((word === 'that' || word === 'this') && !m[2]) {
    const after = question.slice(m.index + m[0].length);
    const before = question.slice(0, m.index);
    const standsAlone =
      /^\s*[?.!,]?\s*$/.test(after) ||
      /\b(about|cause|causes|fix|treat|treats|is|does|from|with|for|of|prevent|avoid|get|have|diagnose|would|could|can|will|did|might|should)\s*$/i.test(before) ||
      /^\s*(do|does|did|cause|causes|mean|means|affect|affects|happen|happens|help|helps|work|works|make|makes|lead|leads|feel|feels)\b/i.test(after);
    if (!standsAlone || /\b(foods?|things?|ones?|vitamins?|minerals?)\s*$/i.test(before)) return null;
  }
  const replacement = word === 'its' || word === 'their' ? `${phrase}'s` : phrase;
  return `${question.slice(0, m.index)}${replacement}${question.slice(m.index + m[0].length)}`;
}

/** "what about zinc?" after "which foods help with low iron?" → "which foods help with low zinc?" */
function swapEntity(previous: string, newTopic: Topic): string {
  // Only a name of the same kind is replaced: a nutrient never takes the place of "leg cramps".
  const old = findEntities(previous).find((m) => m.entity.kind === newTopic.entity.kind);
  if (!old) return `${newTopic.surface}: ${previous}`;
  const lower = normalizeText(previous);
  const replacement =
    old.deficiency && newTopic.entity.kind === 'nutrient' && !/\b(low|lack|deficien|not enough)/.test(lower.slice(Math.max(0, old.start - 12), old.end + 14))
      ? deficiencyName(newTopic.entity)
      : newTopic.surface;
  return `${previous.slice(0, old.start)}${replacement}${previous.slice(old.end)}`;
}

// Short questions with no subject of their own ("which nerves are involved?") lean on the topic.
const SHORT_FOLLOW_UP_WORDS = 6;

/** Topic words of a question besides the names of what it mentions. */
function otherTopicWords(question: string): number {
  const analysis = analyzeQuestion(question);
  return analysis.focusStems.filter((s) => !analysis.entityStems.has(s)).length;
}

function isElliptical(question: string): boolean {
  return SWAP_PREFIX.test(question) || question.trim().split(/\s+/).length <= SHORT_FOLLOW_UP_WORDS;
}

function hasOwnSubject(question: string): boolean {
  return findEntities(question).length > 0 || analyzeQuestion(question).focusStems.length > 0;
}

type Exchange = { query: string; answerLead?: string };

// "… too?", "… as well?": the question extends the previous one to someone or something else
// ("does it happen in teenagers as well?").
const TRAILING_TOO = /\s+(too|as well|also)(?=\s*[?.!]*\s*$)/i;

/** A short question that names no nutrient, condition, drug or symptom and says it follows on. */
function leansOnTopic(question: string): boolean {
  return TRAILING_TOO.test(question) && findEntities(question).length === 0 && otherTopicWords(question) <= 1;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A food question after an answer that named nutrients as the cause of a symptom asks about those
 * nutrients, not about the symptom: foods belong to nutrients.
 */
function answeredNutrients(question: string, last: Exchange | undefined): string | null {
  if (!last?.answerLead || !detectIntents(question).includes('foods')) return null;
  if (topicOf(last.query)?.entity.kind === 'nutrient') return null;
  const nutrients = entitiesIn(last.answerLead, ['nutrient']).filter((e) => !e.broad);
  return nutrients.length > 0 ? joinNames(nutrients.map((e) => e.name)) : null;
}

/**
 * What an exchange was about: the thing its answer spoke of. Of the things the question named,
 * the first the answer's lead also names; a question naming only symptoms or groups, or nothing,
 * takes the answer's own subject ("which vitamin…?" answered "Vitamin X …").
 */
function answeredTopic(ex: Exchange): Topic | null {
  const asked = findEntities(ex.query).filter((m) => !m.entity.broad);
  const lead = ex.answerLead ?? '';
  const leadEntities = lead ? findEntities(lead).map((m) => m.entity) : [];
  const answered = asked.findIndex((m) => m.entity.kind !== 'symptom' && leadEntities.some((e) => related(e, m.entity)));
  if (answered >= 0) return topicFromMention(ex.query, asked[answered] as EntityMention, asked[answered + 1]);
  const own = topicOf(ex.query);
  const fromAnswer = lead ? topicOf(lead) : null;
  if (fromAnswer && (!own || own.entity.kind === 'symptom') && fromAnswer.entity.kind !== 'symptom') return fromAnswer;
  return own ?? fromAnswer ?? topicOf(ex.query, true);
}

// "no, I meant the mineral", "sorry, I was asking about statins": the previous question, re-aimed.
const CLARIFICATION =
  /^\s*(?:(?:no|nope|sorry|oops|actually|wait|ah)\b[\s,.!]*)*(?:i meant|i mean|i was asking about|i'm asking about|i am asking about|i was talking about|i'm talking about|i said)\s+(.+?)[\s?.!]*$/i;
const NOT_PART = /[\s,;]+(?:not|rather than|instead of)\s+.*$/i;

// Words that name a class of things, so "the mineral" picks out the one of that class in context.
const CLASS_WORDS: ReadonlyArray<{ pattern: RegExp; fits: (e: EntityDef) => boolean }> = [
  { pattern: /\bminerals?\b/, fits: (e) => e.kind === 'nutrient' && !/vitamin|folate/.test(e.id) },
  { pattern: /\bvitamins?\b/, fits: (e) => e.kind === 'nutrient' && /vitamin|folate/.test(e.id) },
  { pattern: /\b(medications?|medicines?|drugs?|pills?|tablets?)\b/, fits: (e) => e.kind === 'drug' },
  { pattern: /\b(conditions?|diseases?|illness|disorders?)\b/, fits: (e) => e.kind === 'condition' },
  { pattern: /\b(symptoms?|feeling)\b/, fits: (e) => e.kind === 'symptom' },
];

function topicOfEntity(entity: EntityDef): Topic {
  return { entity, surface: entity.name, deficiency: false };
}

/** The thing a clarification points at: named outright, or by its class among what was said. */
function clarifiedTopic(target: string, previous: Exchange): Topic | null {
  const named = topicOf(target);
  if (named) return named;
  const cls = CLASS_WORDS.find((c) => c.pattern.test(normalizeText(target)));
  if (!cls) return null;
  const said = [...findEntities(previous.query), ...findEntities(previous.answerLead ?? '')].map((m) => m.entity);
  const current = answeredTopic(previous)?.entity.id;
  const candidate = said.find((e) => !e.broad && cls.fits(e) && e.id !== current) ?? said.find((e) => !e.broad && cls.fits(e));
  return candidate ? topicOfEntity(candidate) : null;
}

/** "no, I meant X": the previous question asked again about X; null when this is no clarification. */
function clarify(question: string, history: readonly Exchange[]): string | null {
  const m = CLARIFICATION.exec(question);
  const last = history[history.length - 1];
  if (!m?.[1] || !last) return null;
  const target = m[1].replace(NOT_PART, '');
  const topic = clarifiedTopic(target, last);
  if (!topic) return null;
  const old = answeredTopic(last);
  if (old && old.entity.kind !== topic.entity.kind) {
    const lower = normalizeText(last.query);
    const at = findEntities(last.query).find((x) => x.entity.id === old.entity.id);
    if (at) return `${last.query.slice(0, at.start)}${topic.surface}${last.query.slice(at.end)}`.replace(/\s+/g, ' ').trim() || lower;
  }
  return swapEntity(last.query, topic);
}

// "what could cause that?" after "can X cause <symptom>?": a cause is asked of the effect.
const CAUSE_OF_ANAPHOR = /\b(cause|causes|causing|caused|behind|triggers?|leads? to|reasons? for)\s+(it|that|this)\b|\bwhy (does|do|would|might) (it|that|this) happen/i;

function effectAsked(question: string, previous: string): string | null {
  if (!CAUSE_OF_ANAPHOR.test(question) || findEntities(question).length > 0) return null;
  const symptom = findEntities(previous).filter((m) => m.entity.kind === 'symptom');
  const first = symptom[0];
  if (!first) return null;
  return topicFromMention(previous, first, symptom[1]).surface;
}

/** The subject of the conversation: the latest exchange whose question, or else answer, names one. */
function conversationTopic(history: readonly Exchange[]): Topic | null {
  for (const ex of [...history].reverse().slice(0, MAX_LOOKBACK)) {
    const topic = answeredTopic(ex);
    if (topic) return topic;
  }
  return null;
}

/**
 * "could it be <condition>?" after an answer about another condition asks whether what the user
 * described is that condition: "it" is the previous question's symptom, or the whole description
 * when it names nothing, not the answer's subject.
 */
function describedThing(own: Topic | null, question: string, previous: string, answered: Topic | null): string | null {
  if (!own || !answered || own.entity.kind !== answered.entity.kind || own.entity.id === answered.entity.id) return null;
  if (!ANAPHOR.test(question)) return null;
  const asked = topicOf(previous);
  if (asked && asked.entity.kind !== 'symptom') return null;
  return asked ? asked.surface : stripQuestionMark(previous);
}

/** Standalone form of one user question, given the earlier exchanges in standalone form. */
function condenseOne(question: string, history: readonly Exchange[]): string {
  const q = question.trim();
  const previous = history[history.length - 1]?.query;
  if (previous === undefined) return q;
  const clarified = clarify(q, history);
  if (clarified !== null) return clarified;
  const effect = effectAsked(q, previous);
  if (effect !== null) return resolveAnaphor(q, effect) ?? q;
  const own = topicOf(q);
  if (own && SWAP_PREFIX.test(q) && findEntities(q).length === 1 && otherTopicWords(q) <= 2) {
    const prevTopic = topicOf(previous);
    if (prevTopic && prevTopic.entity.id !== own.entity.id) return swapEntity(previous, own);
    // The previous question named only a group ("medicines") or nothing: ask it again about the new entity.
    if (!prevTopic) return swapEntity(previous, own);
  }
  if (!own && SWAP_PREFIX.test(q) && analyzeQuestion(q).focusStems.length > 0 && detectIntents(q).length === 0) {
    // "what about after exercise?" narrows the previous question to that case.
    const rest = stripQuestionMark(q.replace(ELLIPSIS_PREFIX, ''));
    if (rest !== '') return `${stripQuestionMark(previous)} ${rest}?`;
  }
  const topic = conversationTopic(history);
  if (!topic) return q;
  const described = describedThing(own, q, previous, topic);
  if (described !== null) return resolveAnaphor(q, described) ?? q;
  const phrase = answeredNutrients(q, history[history.length - 1]) ?? topicPhrase(topic, q);
  const resolved = resolveAnaphor(q, phrase);
  if (resolved !== null && !(own && own.entity.id === topic.entity.id)) return resolved;
  if (!hasOwnSubject(q) && (isElliptical(q) || detectIntents(q).length > 0)) return appendTopic(q, phrase);
  // "does it run in families too?": a short question that names nothing still asks about the topic.
  if (leansOnTopic(q)) return appendTopic(q.replace(TRAILING_TOO, ''), phrase);
  return q;
}

/** The latest user turn as a standalone retrieval query (empty string when there is none). */
export function condenseQuery(turns: ReadonlyArray<ChatTurn>): string {
  const history: Exchange[] = [];
  let latest = '';
  for (const turn of turns) {
    const last = history[history.length - 1];
    if (turn.role === 'assistant') {
      if (last) last.answerLead = firstSentence(turn.text);
      continue;
    }
    latest = condenseOne(turn.text, history);
    history.push({ query: latest });
  }
  return latest;
}
