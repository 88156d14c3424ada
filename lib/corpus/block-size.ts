/**
 * A cap on one block's size. A paragraph is a few hundred characters; a multi-megabyte line (a
 * broken export, a pasted data dump) would otherwise become one passage that every later stage
 * reads whole. Longer blocks are cut at whitespace into pieces of at most MAX_BLOCK_CHARS, each
 * keeping exact offsets into the source.
 */
import type { DraftBlock } from './blocks';

export const MAX_BLOCK_CHARS = 4000;

/** Where to end a piece of `text` starting at `from`: the last whitespace before the cap, or the cap. */
function pieceEnd(text: string, from: number): number {
  const hardEnd = from + MAX_BLOCK_CHARS;
  if (hardEnd >= text.length) return text.length;
  const lastSpace = text.lastIndexOf(' ', hardEnd);
  return lastSpace > from + MAX_BLOCK_CHARS / 2 ? lastSpace : hardEnd;
}

function split(block: DraftBlock, source: string): DraftBlock[] {
  // The display text is the source slice minus a marker and spaces: find where it starts.
  const offset = source.slice(block.start, block.end).indexOf(block.text);
  if (offset < 0) return [block];
  const base = block.start + offset;
  const pieces: DraftBlock[] = [];
  for (let from = 0; from < block.text.length; ) {
    const to = pieceEnd(block.text, from);
    const text = block.text.slice(from, to).trim();
    if (text !== '') {
      const start = base + from + block.text.slice(from, to).indexOf(text);
      pieces.push({ ...block, text, start, end: start + text.length });
    }
    from = to;
  }
  return pieces;
}

/** Blocks with every paragraph, list item and FAQ answer cut to at most MAX_BLOCK_CHARS. */
export function capBlockSizes(blocks: readonly DraftBlock[], source: string): DraftBlock[] {
  return blocks.flatMap((b) =>
    b.text.length > MAX_BLOCK_CHARS && (b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'faq-answer') ? split(b, source) : [b],
  );
}
