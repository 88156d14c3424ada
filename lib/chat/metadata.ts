import { z } from 'zod';
// The schema file alone: this module is read in the browser too.
import { threadSubjectSchema } from '@/lib/question/thread-subject';
import { triageResultSchema } from '@/lib/triage/signs';

export const citationSchema = z.object({
  /** The marker number as it appears in the answer text: [n]. */
  n: z.number().int().positive(),
  passageId: z.string(),
  docId: z.string(),
  title: z.string(),
  headings: z.array(z.string()),
  /** The cited passage text. */
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof citationSchema>;

/** Metadata of one assistant message, sent on the stream's start/finish chunks. */
export const chatMetadataSchema = z.object({
  notFound: z.boolean().optional(),
  /** True for an emergency (kept for clients that know only this flag). */
  urgent: z.boolean().optional(),
  /** The turn's triage level and the emergency signs found, each in plain words. */
  triage: triageResultSchema.optional(),
  citations: z.array(citationSchema).optional(),
  /** Which model wrote the answer, e.g. "extractive" or "openai:gpt-5-mini". */
  model: z.string().optional(),
  /** Set when the configured model failed and the extractive model answered instead. */
  fallbackReason: z.string().optional(),
  /** Set when the model's answer reached the character cap and was cut (with a note). */
  answerCut: z.boolean().optional(),
  /** The standalone query used for retrieval (after follow-up condensation). */
  query: z.string().optional(),
  /** What the answer was about (lib/question): the subject a follow-up's "it" or "what about …?" keeps. */
  subject: threadSubjectSchema.optional(),
  disclaimer: z.string().optional(),
  /** Suggested follow-up questions drawn from the passages and the conversation. */
  suggestions: z.array(z.string()).optional(),
  /** The message was a greeting, thanks or the like: a friendly reply with no search and no citation. */
  smallTalk: z.boolean().optional(),
  /** What the articles do cover, for "not covered" answers. */
  coveredTopics: z.array(z.string()).optional(),
  createdAt: z.number().optional(),
  /** Set by the client when the person stopped the answer before it finished. */
  stopped: z.boolean().optional(),
});
export type ChatMetadata = z.infer<typeof chatMetadataSchema>;
