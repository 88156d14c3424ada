import { z } from 'zod';
import { blockKindSchema, tableSchema, type CorpusDocument } from '@/lib/corpus/schema';

/**
 * A block as the browser needs it: the display text plus where that text starts in the source,
 * so a passage's source offsets can be turned into a range inside the text. `textStart` is null
 * when the display text is not a verbatim slice of the source (then the whole block is marked).
 */
export const blockViewSchema = z.object({
  kind: blockKindSchema,
  level: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  textStart: z.number().int().nonnegative().nullable(),
  table: tableSchema.optional(),
});
export type BlockView = z.infer<typeof blockViewSchema>;

export const articleViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  blocks: z.array(blockViewSchema),
});
export type ArticleView = z.infer<typeof articleViewSchema>;

export const passageRangeSchema = z.object({
  id: z.string(),
  docId: z.string(),
  headings: z.array(z.string()),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const documentResponseSchema = z.object({
  document: articleViewSchema,
  passage: passageRangeSchema.nullable(),
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

export type Range = { start: number; end: number };
export type Segment = { text: string; marked: boolean };

export function toArticleView(doc: CorpusDocument): ArticleView {
  return {
    id: doc.id,
    title: doc.title,
    blocks: doc.blocks.map((block) => {
      const raw = doc.source.slice(block.start, block.end);
      const at = block.text.length > 0 ? raw.indexOf(block.text) : -1;
      return { ...block, textStart: at >= 0 ? block.start + at : null };
    }),
  };
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Splits a block's text into marked and unmarked runs for a passage range. */
export function segmentBlockText(block: BlockView, range: Range | undefined): Segment[] {
  if (!range || !overlaps(block, range)) return [{ text: block.text, marked: false }];
  if (block.textStart === null) return [{ text: block.text, marked: true }];
  const from = clamp(range.start - block.textStart, 0, block.text.length);
  const to = clamp(range.end - block.textStart, 0, block.text.length);
  if (to <= from) return [{ text: block.text, marked: false }];
  const segments: Segment[] = [
    { text: block.text.slice(0, from), marked: false },
    { text: block.text.slice(from, to), marked: true },
    { text: block.text.slice(to), marked: false },
  ];
  return segments.filter((s) => s.text.length > 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Indexes of the blocks a passage touches (a title block never counts). */
export function blocksTouched(view: ArticleView, range: Range): number[] {
  const touched: number[] = [];
  view.blocks.forEach((block, index) => {
    if (block.kind !== 'title' && overlaps(block, range)) touched.push(index);
  });
  return touched;
}

/**
 * The blocks to show around a passage in the side panel: from the heading that opens its section
 * (when close by) to a few blocks after it.
 */
export function surroundingBlockRange(view: ArticleView, range: Range, context = 3): { from: number; to: number } {
  const touched = blocksTouched(view, range);
  const first = touched[0];
  const last = touched.at(-1);
  if (first === undefined || last === undefined) return { from: 0, to: Math.min(view.blocks.length, context * 2) };
  let from = Math.max(0, first - context);
  for (let i = first; i >= Math.max(0, first - context * 2); i -= 1) {
    if (view.blocks[i]?.kind === 'heading') {
      from = Math.min(from, i);
      break;
    }
  }
  return { from, to: Math.min(view.blocks.length, last + context + 1) };
}
