import { clarify } from './clarification';
import type { ThreadSubject } from './thread-subject';
import { askWhy, focusPhrase, forCase, isBareName, kindOfSubject, isCaseFragment, onlyNarrowing, reAimsPrevious } from './fragments';
import { ANAPHOR, appendTopic, ELLIPSIS_PREFIX, resolveAnaphor, stripQuestionMark, SWAP_PREFIX, swapEntity } from './rewrite';
import { answeredNutrients, conversationTopic, firstSentence, subjectTopic, topicFromMention, topicOf, topicPhrase, type Exchange, type Topic } from './topic';
import { detectIntents } from './intent';
import { findEntities } from './entities';
import { analyzeQuestion } from './question-terms';

export { topicOf } from './topic';

/**
 * Turns the latest user message into a standalone retrieval query, offline: resolves "it/that/
 * they" and elliptical follow-ups ("what about magnesium?", "and is it common?") against the
 * topic of the conversation so far. A self-contained question is returned unchanged.
 */

/**
 * One turn; an assistant turn may carry the standalone query it answered (its metadata.query) and
 * what its answer was about (metadata.subject).
 */
export type ChatTurn = {
  role: 'user' | 'assistant';
  text: string;
  query?: string;
  subject?: ThreadSubject;
  /** A user turn whose lead-in announced a new subject ("different question: …"): it stands alone. */
  newTopic?: boolean;
};

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

function asksOfTopic(question: string): boolean {
  if (findEntities(question).length > 0 || !isElliptical(question) || SWAP_PREFIX.test(question)) return false;
  return detectIntents(question).length > 0 && otherTopicWords(question) <= 1;
}

function hasOwnSubject(question: string): boolean {
  return findEntities(question).length > 0 || analyzeQuestion(question).focusStems.length > 0;
}

// "… too?", "… as well?": the question extends the previous one to someone or something else
// ("does it happen in teenagers as well?").
const TRAILING_TOO = /\s+(too|as well|also)(?=\s*[?.!]*\s*$)/i;

/** A short question that names no nutrient, condition, drug or symptom and says it follows on. */
function leansOnTopic(question: string): boolean {
  return TRAILING_TOO.test(question) && findEntities(question).length === 0 && otherTopicWords(question) <= 1;
}

// "what could cause that?" after "can X cause <symptom>?": a cause is asked of the effect.
const CAUSE_OF_ANAPHOR =
  /\b(cause|causes|causing|caused|behind|triggers?|leads? to|reasons? for)\s+(it|that|this)\b|\bwhy (does|do|would|might) (it|that|this) happen/i;

function effectAsked(question: string, previous: string): string | null {
  if (!CAUSE_OF_ANAPHOR.test(question) || findEntities(question).length > 0) return null;
  const symptom = findEntities(previous).filter((m) => m.entity.kind === 'symptom');
  const first = symptom[0];
  if (!first) return null;
  return topicFromMention(previous, first, symptom[1]).surface;
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

// "only at night?", "even when resting?", "in older adults?": a fragment that opens with a word
// restricting a case, with no verb of its own asking anything.
const NARROWING_OPENER = /^\s*(?:only|just|even|especially|mainly|mostly|except|at|in|during|after|before|when|while|without|with|on)\b/i;
const ASKS_ITSELF = /\b(what|which|who|whom|how|why|where|is|are|was|were|do|does|did|should|can|could|will|would|may|might|must)\b/i;

/** The previous question restricted to the case a fragment names; null when this is no such fragment. */
function narrowing(question: string, previous: string): string | null {
  if (!NARROWING_OPENER.test(question) || ASKS_ITSELF.test(question) || ANAPHOR.test(question)) return null;
  if (question.trim().split(/\s+/).length > SHORT_FOLLOW_UP_WORDS || findEntities(question).length > 0) return null;
  if (detectIntents(question).length > 0) return null;
  const rest = stripQuestionMark(question);
  return rest === '' ? null : `${stripQuestionMark(previous)} ${rest}?`;
}

// "and how is magnesium treated?", "now tell me about cramps": after the prefix, a question of its own.
const OWN_QUESTION = /^(?:what|which|who|how|why|where|when|is|are|can|could|do|does|did|should|will|would|tell|explain|describe|give|list|show)\b/i;

function asksOnItsOwn(question: string): boolean {
  const rest = question.replace(ELLIPSIS_PREFIX, '');
  return rest !== question && OWN_QUESTION.test(rest.trim());
}

/** "is there another test like it?" after a question about something the lexicon does not name: "it" is that thing. */
function resolveUnnamed(question: string, previous: string): string {
  const phrase = findEntities(question).length === 0 ? focusPhrase(previous) : null;
  return (phrase && resolveAnaphor(question, phrase)) ?? question;
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
  const why = askWhy(q, previous);
  if (why !== null) return why;
  const own = topicOf(q);
  const swaps = (SWAP_PREFIX.test(q) && !asksOnItsOwn(q)) || isBareName(q) || isCaseFragment(q);
  // A correction re-aims the previous question at a thing of the same kind ("make that iron instead").
  const prevOwn = topicOf(previous);
  if (own && prevOwn && own.entity.kind === prevOwn.entity.kind && own.entity.id !== prevOwn.entity.id && reAimsPrevious(q, previous)) {
    return swapEntity(previous, own);
  }
  if (own && swaps && findEntities(q).length === 1 && otherTopicWords(q) <= 2) {
    const prevTopic = topicOf(previous);
    if (prevTopic && prevTopic.entity.id !== own.entity.id) return swapEntity(previous, own);
    // The previous question named only a group ("medicines") or nothing: ask it again about the new entity.
    if (!prevTopic) return swapEntity(previous, own);
  }
  if (!own && swaps && analyzeQuestion(q).focusStems.length > 0 && detectIntents(q).length === 0) {
    // "what about after exercise?", "and for vegetarians?" narrow the previous question to that case.
    const asked = forCase(previous, q);
    if (asked !== null) return asked;
  }
  const narrowed = narrowing(q, previous) ?? onlyNarrowing(q, previous);
  if (narrowed !== null) return narrowed;
  const topic = conversationTopic(history);
  if (!topic) return resolveUnnamed(q, previous);
  const kind = kindOfSubject(q, topic.surface, previous);
  if (kind !== null) return kind;
  const described = describedThing(own, q, previous, topic);
  if (described !== null) return resolveAnaphor(q, described) ?? q;
  const phrase = answeredNutrients(q, history[history.length - 1]) ?? topicPhrase(topic, q);
  const resolved = resolveAnaphor(q, phrase);
  if (resolved !== null && !(own && own.entity.id === topic.entity.id)) return resolved;
  if (!hasOwnSubject(q) && (isElliptical(q) || detectIntents(q).length > 0)) return appendTopic(q, phrase);
  // "how long does treatment take?": a short question asking for treatment, tests, foods … of
  // nothing named, with one word of its own at most, asks it of the topic.
  if (asksOfTopic(q)) return appendTopic(q, phrase);
  // "does it run in families too?": a short question that names nothing still asks about the topic.
  if (leansOnTopic(q)) return appendTopic(q.replace(TRAILING_TOO, ''), phrase);
  return q;
}

/**
 * The standalone query the server already resolved a user turn into: the query the assistant turn
 * right after it answered (its metadata.query). Such a turn is not worked out again.
 */
export function answeredQuery(turns: ReadonlyArray<ChatTurn>, userIndex: number): string | undefined {
  const next = turns[userIndex + 1];
  return next?.role === 'assistant' ? next.query : undefined;
}

/** The latest user turn as a standalone retrieval query (empty string when there is none). */
export function condenseQuery(turns: ReadonlyArray<ChatTurn>): string {
  const history: Exchange[] = [];
  let latest = '';
  for (const [i, turn] of turns.entries()) {
    const last = history[history.length - 1];
    if (turn.role === 'assistant') {
      if (!last) continue;
      last.answerLead = firstSentence(turn.text);
      last.answer = turn.text;
      const subject = turn.subject && subjectTopic(turn.subject);
      if (subject) last.subject = subject;
      continue;
    }
    // What an earlier answer was about is the query it answered, as the server resolved it then.
    latest = answeredQuery(turns, i) ?? (turn.newTopic ? turn.text.trim() : condenseOne(turn.text, history));
    history.push({ query: latest });
  }
  return latest;
}
