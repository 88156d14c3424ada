import { z } from 'zod';
import { splitClarification } from './clarification';
import { answeredQuery, condenseQuery, type ChatTurn } from './follow-up';
import { expectedAnswer, expectedAnswerSchema, questionKind, questionKindSchema } from './kind';
import { splitLeadIn } from './lead-in';
import { smallTalkKindSchema, splitSmallTalk, type SmallTalkSplit } from './small-talk';
import { entityKindSchema } from '@/lib/vocabulary';
import { distinctEntities, type EntityMention } from './entities';
import { intentSchema } from './intent';
import { analyzeQuestion, questionAnalysisSchema } from './question-terms';
import { correctSpelling } from './spelling';

export const namedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: entityKindSchema,
});

/** Everything later stages need to know about the user's latest message, worked out once. */
export const turnAnalysisSchema = z.object({
  /** The latest user message as typed. */
  message: z.string(),
  /** The message normalised (white space, punctuation runs), greetings and thanks taken off, misspelt words corrected. */
  question: z.string(),
  /**
   * The message's words past the first MAX_QUESTION_WORDS, normalised but neither corrected nor
   * read as the question: no later stage searches them, but triage reads them, since a warning
   * sign may sit anywhere in a long message.
   */
  unreadTail: z.string(),
  /** Greetings, thanks and the like the message carried, in order. */
  politeness: z.array(smallTalkKindSchema),
  /** True when the message is small talk and nothing else. */
  smallTalk: z.boolean(),
  /** The question with the conversation's subject folded in: what retrieval searches for. */
  standaloneQuery: z.string(),
  /** True when the standalone query differs from the question (a follow-up was resolved). */
  followUp: z.boolean(),
  /** Nutrients, conditions, symptoms and drugs the standalone query names, in order. */
  entities: z.array(namedEntitySchema),
  kind: questionKindSchema,
  expects: expectedAnswerSchema,
  intents: z.array(intentSchema),
  /** The main thing asked about (an entity's name), or null when the query names none. */
  focus: z.string().nullable(),
  /**
   * The standalone query read word by word, as retrieval, grounding and the answer engine use it:
   * stems and their lay alternatives, topic and symptom words, every entity mention, intents.
   */
  queryTerms: questionAnalysisSchema,
});
export type TurnAnalysis = z.infer<typeof turnAnalysisSchema>;

/** The words typos are corrected against: the corpus's own text (titles, headings, passages). */
export type SpellingSource = readonly string[];

/**
 * One space for any run of white space, and at most three of a punctuation mark in a row: later
 * stages read the words, and long runs only cost them time (some of their patterns rescan a run
 * from every position in it).
 */
function normalizeWhole(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([^\p{L}\p{N}\s])\1{3,}/gu, '$1$1$1')
    .trim();
}

/** The first MAX_QUESTION_WORDS words of a message, normalised: what is read as its question. */
export function normalizeMessage(text: string): string {
  return splitAtWord(normalizeWhole(text), MAX_QUESTION_WORDS).head;
}

/**
 * Words of a message read as a question. The longest story-like question is well under this; past
 * it, search and scoring time grow with every word (about 9 s of CPU for a 12,000-word message)
 * while nothing more is learnt about what is asked.
 */
export const MAX_QUESTION_WORDS = 300;

/** The first `max` words of a normalised text (one space between words), and the rest. */
function splitAtWord(text: string, max: number): { head: string; tail: string } {
  let spaces = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) === 32 && (spaces += 1) >= max) return { head: text.slice(0, i), tail: text.slice(i + 1) };
  }
  return { head: text, tail: '' };
}

/** Typos corrected, except in a clarification's lead-in ("sorry, I meant …"), which names no subject. */
function correctQuestion(text: string, vocabulary: SpellingSource): string {
  const clarification = splitClarification(text);
  if (!clarification) return correctSpelling(text, vocabulary);
  return `${clarification.frame}${correctSpelling(clarification.target, vocabulary)}`;
}

/** A user message as a question: politeness and any framing lead-in off, typos corrected. */
function readUserTurn(text: string, vocabulary: SpellingSource): { politeness: SmallTalkSplit['kinds']; turn: ChatTurn | null } {
  const split = splitSmallTalk(normalizeMessage(text));
  if (split.rest === '') return { politeness: split.kinds, turn: null };
  const lead = splitLeadIn(split.rest);
  const question = correctQuestion(lead.rest, vocabulary);
  return { politeness: split.kinds, turn: { role: 'user', text: question, ...(lead.newTopic ? { newTopic: true } : {}) } };
}

function cleanTurn(turn: ChatTurn, vocabulary: SpellingSource): ChatTurn | null {
  return turn.role === 'assistant' ? turn : readUserTurn(turn.text, vocabulary).turn;
}

/** The focus: the first nutrient, condition or drug named, else the first symptom. */
function focusOf(named: readonly EntityMention[]): string | null {
  const mentions = named.filter((m) => !m.entity.broad);
  const main = mentions.find((m) => m.entity.kind !== 'symptom') ?? mentions[0];
  return main ? main.entity.name : null;
}

/**
 * The one analysis of a turn: politeness split off, spelling corrected against the corpus, the
 * follow-up resolved against the earlier turns (themselves cleaned the same way), then the
 * entities, kind, intents and focus of the standalone query.
 */
export function analyzeTurn(turns: readonly ChatTurn[], vocabulary: SpellingSource): TurnAnalysis {
  const lastUser = turns.findLastIndex((t) => t.role === 'user');
  const message = lastUser >= 0 ? (turns[lastUser]?.text ?? '') : '';
  const latest = readUserTurn(message, vocabulary);
  const question = latest.turn?.text ?? '';
  // The latest turn cleaned is the question just worked out: it is not corrected a second time.
  // An earlier turn the server already resolved (its answer carries the query) is read as that query.
  const earlier = turns.slice(0, Math.max(0, lastUser));
  const cleaned = [
    ...earlier.flatMap((t, i) => (t.role === 'user' && answeredQuery(earlier, i) !== undefined ? [t] : (cleanTurn(t, vocabulary) ?? []))),
    ...(latest.turn && question !== '' ? [latest.turn] : []),
  ];
  const standaloneQuery = question === '' ? '' : condenseQuery(cleaned).trim() || question;
  const queryTerms = analyzeQuestion(standaloneQuery);
  const entities = distinctEntities(queryTerms.mentions).filter((e) => !e.broad);
  const intents = [...queryTerms.intents];
  const kind = questionKind(question === '' ? '' : standaloneQuery, intents, entities.length);
  return {
    message,
    question,
    unreadTail: splitAtWord(normalizeWhole(message), MAX_QUESTION_WORDS).tail,
    politeness: latest.politeness,
    smallTalk: question === '' && latest.politeness.length > 0,
    standaloneQuery,
    followUp: standaloneQuery !== question,
    entities: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    kind,
    expects: expectedAnswer(kind),
    intents,
    focus: focusOf(queryTerms.mentions),
    queryTerms,
  };
}
