import { z } from 'zod';

/** Structural pieces of an article, each with exact offsets into the original file text. */
export const blockKindSchema = z.enum([
  'title',
  'heading',
  'paragraph',
  'list-item',
  'table',
  'faq-question',
  'faq-answer',
]);

export const tableSchema = z.object({
  header: z.array(z.string()),
  rows: z.array(
    z.object({
      cells: z.array(z.string()),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  ),
});
export type Table = z.infer<typeof tableSchema>;

export const blockSchema = z.object({
  kind: blockKindSchema,
  /** Heading depth (1 = article section, 2 = subsection); 0 for non-headings. */
  level: z.number().int().nonnegative(),
  /** Display text: the original slice with bullet markers and surrounding whitespace removed. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  table: tableSchema.optional(),
});
export type Block = z.infer<typeof blockSchema>;

export const documentSchema = z.object({
  /** The file name without extension; URL-safe, never used as a path by the app. */
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  file: z.string(),
  title: z.string(),
  /** The original file content, unedited; every offset points into this string. */
  source: z.string(),
  blocks: z.array(blockSchema),
  contentHash: z.string(),
});
export type CorpusDocument = z.infer<typeof documentSchema>;

export const passageKindSchema = z.enum(['paragraph', 'list-item', 'table-row', 'faq']);
export type PassageKind = z.infer<typeof passageKindSchema>;

export const passageSchema = z.object({
  /** Stable while the passage text is unchanged: derived from the doc id and a text hash. */
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  docId: z.string(),
  title: z.string(),
  /** Section headings above the passage, outermost first (article title excluded). */
  headings: z.array(z.string()),
  kind: passageKindSchema,
  /**
   * Readable, self-contained text used for search and answers. For paragraphs and list items it is
   * the original slice; a table row is rendered with its header ("Nutrient: Iron; ..."); an FAQ
   * pair is "question answer".
   */
  text: z.string(),
  /** source.slice(start, end) is the exact original text the passage stands on. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Passage = z.infer<typeof passageSchema>;

export const corpusLoadErrorSchema = z.object({ file: z.string(), reason: z.string() });
export type CorpusLoadError = z.infer<typeof corpusLoadErrorSchema>;
