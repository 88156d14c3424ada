import { z } from 'zod';

/**
 * What an answer was about, as the next turn needs it: worked out once when the answer is given
 * and carried in the assistant message's metadata, so a follow-up reads it instead of re-reading
 * the answer. Schema only (zod, no engine code): the browser's metadata schema imports it.
 */
export const threadSubjectSchema = z.object({
  /** The lexicon entity (lib/vocabulary) the answer was about. */
  id: z.string().min(1).max(64),
  /** How it reads inside a query: "low potassium", "magnesium supplements". */
  surface: z.string().min(1).max(120),
  /** True when it was spoken of as a deficiency. */
  deficiency: z.boolean(),
});
export type ThreadSubject = z.infer<typeof threadSubjectSchema>;
