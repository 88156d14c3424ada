import { z } from 'zod';

/**
 * Schema of the frozen answer held-out set (tests/frozen/answers.ts).
 *
 * The set is written from the articles alone, by someone who has not read the engine, before the
 * engine work it measures. It is frozen: no rule, word, weight or special case may come from one of
 * its questions, and its questions are never edited to suit the engine.
 *
 * Phrases are lowercase and matched case-insensitively against the answer text. Each phrase is
 * worded as the articles word it (so an extractive answer can contain it), with the articles'
 * alternative wordings listed beside it.
 */

const phrase = z
  .string()
  .min(2)
  .refine((p) => p === p.trim() && p === p.toLowerCase(), 'phrases are trimmed and lowercase');

/** Any one phrase of the group counts. */
export const phraseGroupSchema = z.array(phrase).min(1);

export const frozenQuestionKindSchema = z.enum([
  'yes-no',
  'which',
  'why',
  'how',
  'what',
  'foods',
  'symptoms',
  'tests',
  'treatment',
  'risk',
  'comparison',
]);
export type FrozenQuestionKind = z.infer<typeof frozenQuestionKindSchema>;

export const frozenStyleSchema = z.enum([
  /** Everyday words, at least one key word of which the articles never use. */
  'lay',
  /** The articles' own vocabulary. */
  'clinical',
  /** A realistic misspelling of a key word (or two). */
  'typo',
  /** Two or three bare keywords. */
  'keyword',
  /** A long, story-like message with the need inside it. */
  'long',
]);

export const frozenQuestionSchema = z.object({
  id: z.string().regex(/^fq\d{3}$/),
  question: z.string().min(3),
  style: frozenStyleSchema,
  kind: frozenQuestionKindSchema,
  /** Where the answer sits in the article. */
  from: z.enum(['prose', 'table', 'list', 'faq']),
  /** The article that answers it (another article stating the same fact also counts). */
  docId: z.string().regex(/^[A-Za-z0-9_-]+$/),
  /**
   * The facts the answer must name: every group must be matched by at least one of its phrases.
   * The first group is the core answer, the one the first sentence should carry. A comparison has
   * one group per side.
   */
  expect: z.array(phraseGroupSchema).min(1),
  /** For yes/no questions: the articles' answer. */
  yesNo: z.enum(['yes', 'no']).optional(),
});
export type FrozenQuestion = z.infer<typeof frozenQuestionSchema>;

/** Questions the articles do not answer: the reply must be marked not covered. */
export const frozenDeclineSchema = z.object({
  id: z.string().regex(/^fd\d{3}$/),
  question: z.string().min(3),
  category: z.enum([
    /** Nothing to do with the articles. */
    'off-topic',
    /** Names a covered nutrient, drug or symptom with a topic the articles never discuss. */
    'covered-word-uncovered-topic',
    /** Asks for an amount or dose the articles never state. */
    'dose',
    /** Asks the bot to diagnose the person. */
    'diagnosis',
  ]),
});
export type FrozenDecline = z.infer<typeof frozenDeclineSchema>;

/** Greetings, thanks and chit-chat: a short friendly reply, not "not found", no citation needed. */
export const frozenSmallTalkSchema = z.object({
  id: z.string().regex(/^fs\d{3}$/),
  message: z.string().min(1),
});
export type FrozenSmallTalk = z.infer<typeof frozenSmallTalkSchema>;

export const frozenTurnSchema = z.object({
  user: z.string().min(2),
  /** Groups of facts the answer to this turn must name (every group, any phrase of each). */
  expect: z.array(phraseGroupSchema).min(1),
  /** Phrases that show the turn was read with the wrong subject. */
  mustNotMention: z.array(phrase).optional(),
  /** True when this turn is a question the articles do not cover (the reply must say so). */
  declined: z.boolean().optional(),
});

export const frozenConversationSchema = z.object({
  id: z.string().regex(/^fc\d{2}$/),
  /** What the follow-up tests: pronoun, what-about, narrowing, clarification, topic switch, greeting. */
  tests: z.array(
    z.enum(['pronoun', 'what-about', 'narrowing', 'clarification', 'topic-switch', 'greeting', 'thanks', 'elliptical']),
  ),
  turns: z.array(frozenTurnSchema).min(2).max(3),
});
export type FrozenConversation = z.infer<typeof frozenConversationSchema>;

export const frozenAnswerSetSchema = z
  .object({
    questions: z.array(frozenQuestionSchema).min(150),
    declines: z.array(frozenDeclineSchema).min(30),
    smallTalk: z.array(frozenSmallTalkSchema).min(10),
    conversations: z.array(frozenConversationSchema).min(40),
  })
  .refine((s) => new Set(s.questions.map((q) => q.id)).size === s.questions.length, 'question ids are unique')
  .refine(
    (s) => new Set(s.questions.map((q) => q.question.toLowerCase())).size === s.questions.length,
    'questions are unique',
  );
export type FrozenAnswerSet = z.infer<typeof frozenAnswerSetSchema>;
