import { stripQuestionMark, swapEntity } from './rewrite';
import { answeredTopic, topicOf, type Exchange, type Topic } from './topic';
import { findEntities } from './entities';
import { type EntityDef } from '@/lib/vocabulary';
import { classNamed } from './entity-class';

/** "No, I meant …": a clarification re-aims the previous question at another thing. */

// "no, I meant the mineral", "sorry, I was asking about statins": the previous question, re-aimed.
const CLARIFICATION_FRAME =
  /^\s*(?:(?:no|nope|sorry|oops|actually|wait|ah)\b[\s,.!]*)*(?:i meant|i mean|i was asking about|i'm asking about|i am asking about|i was talking about|i'm talking about|i said)\s+/i;
const CLARIFICATION = new RegExp(`${CLARIFICATION_FRAME.source}(.+?)[\\s?.!]*$`, 'i');

/**
 * A clarification's lead-in ("sorry, I meant") and what it points at, or null for any other
 * message. The lead-in is conversation, not subject: spelling correction leaves it as typed.
 */
export function splitClarification(text: string): { frame: string; target: string } | null {
  const m = CLARIFICATION_FRAME.exec(text);
  return m && m[0].length < text.length ? { frame: m[0], target: text.slice(m[0].length) } : null;
}
const CASE_TARGET = /^\s*(?:for|in|at|during|after|before|when|while|with|without|among)\b/i;
const NOT_PART = /[\s,;]+(?:not|rather than|instead of)\s+.*$/i;

function topicOfEntity(entity: EntityDef): Topic {
  return { entity, surface: entity.name, deficiency: false };
}

/** The thing a clarification points at: named outright, or by its class among what was said. */
function clarifiedTopic(target: string, previous: Exchange): Topic | null {
  const named = topicOf(target);
  if (named) return named;
  const cls = classNamed(target);
  if (!cls) return null;
  // The whole answer, not only its lead: "the mineral" may be the second thing it spoke of.
  const said = [...findEntities(previous.query), ...findEntities(previous.answer ?? previous.answerLead ?? '')].map((m) => m.entity);
  const current = answeredTopic(previous)?.entity.id;
  const candidate = said.find((e) => !e.broad && cls.fits(e) && e.id !== current) ?? said.find((e) => !e.broad && cls.fits(e));
  return candidate ? topicOfEntity(candidate) : null;
}

// "the second", "the last one", "the other one": a thing of the previous answer by its place.
const PLACE_POINTER = /^\s*the\s+(first|second|third|last|other)(?:\s+one)?\s*$/i;
// "the high one", "the chronic one": the previous subject, qualified by the word given.
const QUALIFIER_POINTER = /^\s*the\s+([a-z][a-z-]+)\s+one\s*$/i;
const PLACES: Readonly<Record<string, number>> = { first: 0, second: 1, third: 2 };

function distinctSpecific(texts: readonly string[]): EntityDef[] {
  const seen = new Map<string, EntityDef>();
  for (const m of texts.flatMap((t) => findEntities(t))) if (!m.entity.broad && !seen.has(m.entity.id)) seen.set(m.entity.id, m.entity);
  return [...seen.values()];
}

/**
 * The things a place points among: the options of the previous question when it offered two or
 * more ("iron or magnesium"), else what the answer named, in order.
 */
function saidInOrder(previous: Exchange): EntityDef[] {
  const offered = distinctSpecific([previous.query]);
  return offered.length >= 2 ? offered : distinctSpecific([previous.answer ?? previous.answerLead ?? '', previous.query]);
}

function placedTopic(place: string, previous: Exchange): Topic | null {
  const said = saidInOrder(previous);
  const current = answeredTopic(previous)?.entity;
  const word = place.toLowerCase();
  // "the other one" is another of the same kind: the other nutrient, not a symptom named on the way.
  const other = () => said.find((e) => e.id !== current?.id && (!current || e.kind === current.kind));
  const pick = word === 'other' ? other() : word === 'last' ? said[said.length - 1] : said[PLACES[word] ?? -1];
  return pick ? topicOfEntity(pick) : null;
}

/**
 * "the high one" after a question about low sodium: the previous question, its subject qualified
 * as the answer qualified it ("high sodium"), or with the word put before the subject's name.
 */
function qualifiedQuery(qualifier: string, previous: Exchange): string | null {
  const old = answeredTopic(previous);
  const at = old && findEntities(previous.query).find((x) => x.entity.id === old.entity.id);
  if (!old || !at) return null;
  const names = [old.entity.name, ...old.entity.aliases].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const qualified = new RegExp(`\\b${qualifier}\\s+(?:${names.join('|')})\\b`, 'i').exec(previous.answer ?? '');
  const phrase = qualified ? qualified[0].toLowerCase() : `${qualifier.toLowerCase()} ${old.entity.name}`;
  // The old qualifier goes ("low sodium" → "high sodium"): a word before the name that the answer
  // also put before a name of it.
  const before = /([a-z-]+)\s+$/i.exec(previous.query.slice(0, at.start));
  const contrasted = before && new RegExp(`\\b${before[1]}\\s+(?:${names.join('|')})\\b`, 'i').test(previous.answer ?? '');
  const start = contrasted && before ? at.start - before[0].length : at.start;
  return `${previous.query.slice(0, start)}${phrase}${previous.query.slice(at.end)}`.replace(/\s+/g, ' ').trim();
}

// "the one about nerves", "the one that causes cramps": a thing of the previous answer by what it said of it.
const DESCRIBED_POINTER = /^\s*the\s+one\s+(?:about|on|for|with|that|which)\s+(.+?)\s*$/i;
const SENTENCE_END = /(?<=[.!?])\s+/;
// Words of a description that say nothing of which thing is meant.
const DESCRIPTION_FILLER = /^(?:the|a|an|my|your|it|its|is|are|was|does|do|did|can|could|causes?|affects?|helps?|about|with|for|of|to|and|or)$/i;

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 3 && !DESCRIPTION_FILLER.test(w));
}

/** Words of one family share their start: "nerves" and "nerve", "muscular" and "muscles". */
function sameFamily(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= 4 && shared * 2 >= Math.min(a.length, b.length);
}

function describedTopic(description: string, previous: Exchange): Topic | null {
  const described = contentWords(description);
  if (described.length === 0) return null;
  const sentences = (previous.answer ?? previous.answerLead ?? '').split(SENTENCE_END);
  const matching = sentences.filter((sentence) => contentWords(sentence).some((w) => described.some((d) => sameFamily(w, d))));
  const fitting = distinctSpecific(matching);
  const current = answeredTopic(previous)?.entity.id;
  // A clarification turns away from what was answered: another thing the description fits comes first.
  const pick = fitting.find((e) => e.id !== current) ?? fitting[0];
  return pick ? topicOfEntity(pick) : null;
}

// "what about the second one?", "and the high one?", "thanks! the other one?": a pointer on its own.
const POINTER_ALONE = /^\s*(?:(?:ok|okay|and|so|thanks|thank you|hmm|right)\b[\s,.!]*)*(?:(?:what|how) about\s+|and\s+)?(the\s+.+?)[\s?.!]*$/i;

/** The pointer a message is made of alone, or null when it says more than a pointer. */
function pointerAlone(question: string): string | null {
  const target = POINTER_ALONE.exec(question)?.[1];
  if (!target) return null;
  return PLACE_POINTER.test(target) || DESCRIBED_POINTER.test(target) || QUALIFIER_POINTER.test(target) ? target : null;
}

/** "no, I meant X": the previous question asked again about X; null when this is no clarification. */
export function clarify(question: string, history: readonly Exchange[]): string | null {
  const last = history[history.length - 1];
  const target = (CLARIFICATION.exec(question)?.[1] ?? pointerAlone(question))?.replace(NOT_PART, '');
  if (!target || !last) return null;
  const place = PLACE_POINTER.exec(target)?.[1];
  const description = DESCRIBED_POINTER.exec(target)?.[1];
  const qualifier = place || description ? undefined : QUALIFIER_POINTER.exec(target)?.[1];
  if (qualifier && !classNamed(target)) return qualifiedQuery(qualifier, last);
  const topic = place ? placedTopic(place, last) : description ? describedTopic(description, last) : clarifiedTopic(target, last);
  // "I meant for children": no other thing, the same question for a case.
  if (!topic) return CASE_TARGET.test(target) ? `${stripQuestionMark(last.query)} ${stripQuestionMark(target)}?` : null;
  const old = answeredTopic(last);
  // swapEntity swaps names of one kind; a thing of another kind, or one the question already named
  // beside the old subject ("iron or magnesium"), takes the old subject's place here.
  const mentions = findEntities(last.query);
  const alreadyNamed = mentions.some((x) => x.entity.id === topic.entity.id);
  // The question offered several of a kind and the clarification chose one: the others give way.
  if (alreadyNamed) {
    const others = mentions.filter((x) => x.entity.id !== topic.entity.id && x.entity.kind === topic.entity.kind && !x.entity.broad);
    if (others.length > 0) return withoutRepeatedChoice(replaceMentions(last.query, others, topic.surface));
  }
  if (old && old.entity.id !== topic.entity.id && (old.entity.kind !== topic.entity.kind || alreadyNamed)) {
    const at = findEntities(last.query).find((x) => x.entity.id === old.entity.id);
    if (at) return withoutRepeatedChoice(`${last.query.slice(0, at.start)}${topic.surface}${last.query.slice(at.end)}`.replace(/\s+/g, ' ').trim());
  }
  return withoutRepeatedChoice(swapEntity(last.query, topic));
}

function replaceMentions(text: string, mentions: readonly { start: number; end: number }[], surface: string): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) out = `${out.slice(0, m.start)}${surface}${out.slice(m.end)}`;
  return out.replace(/\s+/g, ' ').trim();
}

// Re-aiming one side of "X or Y" at Y leaves "Y or Y": the choice is made, one name stays.
const REPEATED_CHOICE = /\b([a-z][a-z0-9 -]*?)\s+(?:or|and|versus|vs\.?)\s+\1\b/gi;

function withoutRepeatedChoice(query: string): string {
  return query.replace(REPEATED_CHOICE, '$1');
}
