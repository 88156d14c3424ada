import { z } from 'zod';

/**
 * Gold-set schemas. Expectations are facts (phrases), not passage ids, so the gold set
 * survives any rechunking of the corpus.
 */

export const questionStyleSchema = z.enum([
  /** Everyday words, at least one of which never appears in the articles. */
  'lay',
  /** The articles' own (medical) vocabulary. */
  'clinical',
  /** A misspelt key word. */
  'typo',
  /** Two or three bare keywords. */
  'keyword',
  /** A long, rambling, story-like question with noise around the real need. */
  'long',
]);

/** Where in an article the answer mainly sits; used to check coverage of every content kind. */
export const answerSourceSchema = z.enum(['prose', 'table', 'list', 'faq']);
export type AnswerSource = z.infer<typeof answerSourceSchema>;

const phraseSchema = z
  .string()
  .min(3)
  .refine((p) => p === p.trim(), 'phrase must not have surrounding whitespace');

/**
 * One acceptable kind of answering passage: its text contains at least one phrase
 * (case-insensitive, starting at a word start) and, when docId is set, it is from that document.
 */
export const expectationSchema = z.object({
  docId: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  any: z.array(phraseSchema).min(1),
});
export type Expectation = z.infer<typeof expectationSchema>;

export const retrievalQuestionSchema = z.object({
  /** r001...: the main gold set; h001...: the held-out set (see holdout.ts). */
  id: z.string().regex(/^[rh]\d{3}$/),
  question: z.string().min(3),
  style: questionStyleSchema,
  from: answerSourceSchema,
  /** A passage is a hit when it satisfies at least one expectation. */
  expect: z.array(expectationSchema).min(1),
});
export type RetrievalQuestion = z.infer<typeof retrievalQuestionSchema>;

export function retrievalQuestionListSchema(minQuestions: number) {
  return z
    .array(retrievalQuestionSchema)
    .min(minQuestions)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'ids must be unique')
    .refine((qs) => new Set(qs.map((q) => q.question.toLowerCase())).size === qs.length, 'questions must be unique');
}

export const retrievalGoldSchema = retrievalQuestionListSchema(100);

const lowercasePhraseSchema = phraseSchema.refine((p) => p === p.toLowerCase(), 'mustMention phrases are lowercase');

export const conversationTurnSchema = z.object({
  user: z.string().min(2),
  /** The answer must name at least one of these (any-of, matched case-insensitively). */
  mustMention: z.array(lowercasePhraseSchema).min(1),
});

export const conversationSchema = z.object({
  id: z.string().regex(/^c\d{2}$/),
  turns: z.array(conversationTurnSchema).min(2).max(3),
});

export const outOfScopeKindSchema = z.enum(['off-topic', 'dose', 'diagnosis', 'injection']);

export const outOfScopeQuestionSchema = z.object({
  id: z.string().regex(/^o\d{2}$/),
  question: z.string().min(3),
  kind: outOfScopeKindSchema,
  expect: z.literal('notFound'),
});

export const triageQuestionSchema = z.object({
  id: z.string().regex(/^[un]\d{2}$/),
  question: z.string().min(3),
  expect: z.enum(['urgent', 'not-urgent']),
});

export const conversationGoldSchema = z.object({
  conversations: z.array(conversationSchema).min(15),
  outOfScope: z.array(outOfScopeQuestionSchema).min(20),
  urgent: z.array(triageQuestionSchema.extend({ expect: z.literal('urgent') })).min(15),
  notUrgent: z.array(triageQuestionSchema.extend({ expect: z.literal('not-urgent') })).min(10),
});
export type ConversationGold = z.infer<typeof conversationGoldSchema>;
