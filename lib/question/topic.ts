import { detectIntents } from './intent';
import { deficiencyName, entitiesIn, findEntities, related, type EntityMention } from './entities';
import { ENTITY_BY_ID, type EntityDef } from '@/lib/vocabulary';
import { normalizeText } from '@/lib/text';
import { splitSentences } from '@/lib/text/sentences';
import { classAskedFor } from './entity-class';
import type { ThreadSubject } from './thread-subject';

/** What a conversation is about: the subject of a question, of an answer, of the exchange so far. */

export type Topic = { entity: EntityDef; surface: string; deficiency: boolean };

// How many earlier user turns may lend a topic; older ones are likely a different subject.
const MAX_LOOKBACK = 6;

export function topicFromMention(text: string, m: EntityMention, next: EntityMention | undefined): Topic {
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
  const raw = text
    .slice(start, end)
    .trim()
    .replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase());
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
  const index = Math.max(
    0,
    mentions.findIndex((m) => m.entity.kind !== 'symptom'),
  );
  const focus = mentions[index];
  return focus ? topicFromMention(text, focus, mentions[index + 1]) : null;
}

const SUPPLEMENT = /\b(supplements?|supplementation|tablets?|pills?)\b/i;

// Questions about a nutrient's symptoms, tests, risks or treatment are about its deficiency.
export function topicPhrase(topic: Topic, question: string): string {
  const intents = detectIntents(question);
  // "which foods have it?" asks about the nutrient itself, whatever form it was named in.
  if (topic.entity.kind === 'nutrient' && intents.includes('foods')) return topic.entity.name;
  // "are vegans often low in it?" already says "low".
  // "the signs that I lack it", "if I don't get enough of it": the words already say "too little".
  if (/\b(low|lacking|deficient|short) (on|in)\b|\b(lack|lacking|missing|enough|enough of)\s+(it|them|this|that)\b/i.test(question)) return topic.entity.name;
  const aboutDeficiency = intents.some((i) => ['symptoms', 'diagnosis', 'risk', 'treatment', 'seriousness', 'doctor', 'causes'].includes(i));
  const foodOnly = intents.includes('foods') || intents.includes('role');
  // A supplement taken is asked about as it is ("is that safe?"), never turned into a deficiency.
  if (SUPPLEMENT.test(topic.surface)) return topic.surface;
  if (topic.entity.kind === 'nutrient' && !topic.deficiency && aboutDeficiency && !foodOnly) return deficiencyName(topic.entity);
  return topic.surface;
}

export type Exchange = {
  query: string;
  /** What the answer was about, as the server worked it out when it answered (metadata.subject). */
  subject?: Topic;
  /** The first sentence of the answer. */
  answerLead?: string;
  /** The whole answer text (markers and server notices aside). */
  answer?: string;
};

/**
 * What an answer spoke of: the nutrient, condition or drug it names most often (the earliest of
 * equals), not merely the first one it mentions; null when it names none of these.
 */
export function answerFocus(answer: string): Topic | null {
  const all = findEntities(answer);
  const mentions = all.filter((m) => !m.entity.broad && m.entity.kind !== 'symptom');
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
  let best: EntityMention | undefined;
  for (const m of mentions) if (!best || (counts.get(m.entity.id) ?? 0) > (counts.get(best.entity.id) ?? 0)) best = m;
  if (!best) return null;
  const next = all[all.indexOf(best) + 1];
  return topicFromMention(answer, best, next);
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A food question after an answer that named nutrients as the cause of a symptom asks about those
 * nutrients, not about the symptom: foods belong to nutrients.
 */
export function answeredNutrients(question: string, last: Exchange | undefined): string | null {
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
export function answeredTopic(ex: Exchange): Topic | null {
  if (ex.subject) return ex.subject;
  const lead = ex.answerLead ?? '';
  const named = namedOfAskedClass(ex.query, lead, ex.answer ?? lead);
  if (named) return named;
  const asked = findEntities(ex.query).filter((m) => !m.entity.broad);
  const leadEntities = lead ? findEntities(lead).map((m) => m.entity) : [];
  const answered = asked.findIndex((m) => m.entity.kind !== 'symptom' && leadEntities.some((e) => related(e, m.entity)));
  if (answered >= 0) return topicFromMention(ex.query, asked[answered] as EntityMention, asked[answered + 1]);
  const own = topicOf(ex.query);
  const focus = (ex.answer ? answerFocus(ex.answer) : null) ?? (lead ? topicOf(lead) : null);
  // A question about something the lexicon does not name ("the ankle-brachial index") was not
  // about a thing the answer only brings up later: the answer's subject must be in its first sentence.
  const fromAnswer = focus && (own || leadEntities.some((e) => related(e, focus.entity))) ? focus : null;
  // An answer naming one thing ("Vitamin B12 deficiency …") is what it was about; an answer listing
  // several causes of the symptom asked about is still about that symptom.
  const singleAnswer = new Set(leadEntities.filter((e) => e.kind !== 'symptom' && !e.broad).map((e) => e.id)).size === 1;
  if (fromAnswer && (!own || (own.entity.kind === 'symptom' && singleAnswer)) && fromAnswer.entity.kind !== 'symptom') return fromAnswer;
  return own ?? fromAnswer ?? topicOf(ex.query, true);
}

/**
 * "which vitamin …?" is answered by the vitamin the answer's first sentence names: that is what
 * the exchange was about, whatever else the question named ("… helps absorb calcium?").
 */
function namedOfAskedClass(query: string, lead: string, answer: string): Topic | null {
  const asked = lead === '' ? null : classAskedFor(query);
  if (!asked) return null;
  const { cls } = asked;
  // "which B vitamins …?" names what it asks about: that stays the subject, not one the answer lists.
  const own = findEntities(query).find((m) => !m.entity.broad && m.start < asked.end && m.end > asked.start);
  if (own) return topicFromMention(query, own, undefined);
  const mentions = findEntities(lead);
  const candidates = mentions.filter((m) => !m.entity.broad && cls.fits(m.entity));
  // Of the ones the first sentence names, the one the whole answer speaks of most ("Unlike iron, magnesium …").
  const counts = new Map<string, number>();
  for (const m of findEntities(answer)) counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
  let best: EntityMention | undefined;
  for (const m of candidates) if (!best || (counts.get(m.entity.id) ?? 0) > (counts.get(best.entity.id) ?? 0)) best = m;
  return best ? topicFromMention(lead, best, mentions[mentions.indexOf(best) + 1]) : null;
}

/** The subject of the conversation: the latest exchange whose question, or else answer, names one. */
export function conversationTopic(history: readonly Exchange[]): Topic | null {
  for (const ex of [...history].reverse().slice(0, MAX_LOOKBACK)) {
    const topic = answeredTopic(ex);
    if (topic) return topic;
  }
  return null;
}

export function firstSentence(text: string): string {
  return splitSentences(text, 'chat')[0] ?? text;
}

/** The subject of an answered turn: the thing its answer spoke of, given the query it answered. */
export function answerSubject(query: string, answer: string): ThreadSubject | null {
  const topic = answeredTopic({ query, answerLead: firstSentence(answer), answer });
  if (!topic) return null;
  return { id: topic.entity.id, surface: topic.surface.slice(0, 120) || topic.entity.name, deficiency: topic.deficiency };
}

/** A carried subject as a topic again; null for an id the lexicon does not know. */
export function subjectTopic(subject: ThreadSubject): Topic | null {
  const entity = ENTITY_BY_ID.get(subject.id);
  return entity ? { entity, surface: subject.surface, deficiency: subject.deficiency } : null;
}
