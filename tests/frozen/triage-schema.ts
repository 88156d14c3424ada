import { z } from 'zod';

/**
 * Schema of the frozen triage vignette set (tests/frozen/triage.ts).
 *
 * Written from the definitions of the warning signs (issue "Emergencies: caught in any wording"),
 * not from the rules, by someone who has not read lib/ triage code, before the triage work it
 * measures. Frozen: no rule or phrasing may be taken from one of its vignettes.
 */

export const triageLevelSchema = z.enum(['emergency', 'urgent-soon', 'none']);
export type TriageLevel = z.infer<typeof triageLevelSchema>;

/** The warning signs, as concepts. */
export const triageSignSchema = z.enum([
  'stroke',
  'ascending-weakness',
  'weakness-with-breathing-or-swallowing',
  'cauda-equina',
  'chest-pain-or-palpitations-with-weakness',
  'fainting-or-collapse',
  'breathing-difficulty',
  'severe-dehydration',
  'hot-swollen-calf',
  'cold-pale-leg',
  'sudden-paralysis',
  'coughing-blood',
]);
export type TriageSign = z.infer<typeof triageSignSchema>;

export const triageStyleSchema = z.enum([
  'plain',
  'lay',
  'typo',
  'non-native',
  'downplaying',
  'third-person',
  'parent-child',
  'buried',
  'second-turn',
]);

export const triageVignetteSchema = z.object({
  id: z.string().regex(/^tv\d{3}$/),
  /**
   * The conversation's user messages, oldest first; the level is judged on the last one (earlier
   * ones are context, e.g. an ordinary first question before an emergency in the second).
   */
  messages: z.array(z.string().min(2)).min(1).max(3),
  expected: triageLevelSchema,
  /** For emergencies: the sign the message shows. For near-misses: the sign it resembles, if any. */
  sign: triageSignSchema.optional(),
  styles: z.array(triageStyleSchema).min(1),
});
export type TriageVignette = z.infer<typeof triageVignetteSchema>;

export const triageVignetteSetSchema = z
  .array(triageVignetteSchema)
  .refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, 'ids are unique')
  .refine((vs) => vs.filter((v) => v.expected === 'emergency').length >= 120, 'at least 120 emergencies')
  .refine((vs) => vs.filter((v) => v.expected !== 'emergency').length >= 100, 'at least 100 calm messages')
  .refine((vs) => vs.filter((v) => v.expected === 'urgent-soon').length >= 30, 'at least 30 urgent-soon messages');
