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

/** "no, I meant X": the previous question asked again about X; null when this is no clarification. */
export function clarify(question: string, history: readonly Exchange[]): string | null {
  const m = CLARIFICATION.exec(question);
  const last = history[history.length - 1];
  if (!m?.[1] || !last) return null;
  const target = m[1].replace(NOT_PART, '');
  const topic = clarifiedTopic(target, last);
  // "I meant for children": no other thing, the same question for a case.
  if (!topic) return CASE_TARGET.test(target) ? `${stripQuestionMark(last.query)} ${stripQuestionMark(target)}?` : null;
  const old = answeredTopic(last);
  // swapEntity swaps names of one kind; a thing of another kind takes the old subject's place here.
  if (old && old.entity.kind !== topic.entity.kind) {
    const at = findEntities(last.query).find((x) => x.entity.id === old.entity.id);
    if (at) return `${last.query.slice(0, at.start)}${topic.surface}${last.query.slice(at.end)}`.replace(/\s+/g, ' ').trim();
  }
  return swapEntity(last.query, topic);
}
