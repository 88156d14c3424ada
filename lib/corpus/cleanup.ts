/**
 * Removes page furniture that survived line-level filtering: repeated titles, link lists,
 * disclaimers, reference lists without text, and sentences about the article's own layout.
 */
import type { DraftBlock } from './blocks';
import {
  hasWords,
  isBoilerplate,
  isDroppedSectionHeading,
  isReferenceHeading,
  isStructuralMeta,
  normaliseForCompare,
} from './rules';

/** The first block that repeats the title becomes the title block; later repeats are dropped. */
export function markTitle(blocks: DraftBlock[], title: string): DraftBlock[] {
  const wanted = normaliseForCompare(title);
  let seen = false;
  const result: DraftBlock[] = [];
  for (const block of blocks) {
    const isTitleText = (block.kind === 'heading' || block.kind === 'paragraph') && normaliseForCompare(block.text) === wanted;
    if (!isTitleText) {
      result.push(block);
      continue;
    }
    if (!seen) result.push({ kind: 'title', level: 0, text: block.text, start: block.start, end: block.end });
    seen = true;
  }
  return result;
}

function sectionEnd(blocks: DraftBlock[], headingIndex: number): number {
  const heading = blocks[headingIndex];
  for (let j = headingIndex + 1; j < blocks.length; j += 1) {
    const block = blocks[j];
    if (block?.kind !== 'heading') continue;
    // Markdown levels are known up front; plain headings simply close the section.
    if (heading?.style !== 'md' || block.style !== 'md' || block.level <= heading.level) return j;
  }
  return blocks.length;
}

function isContentless(block: DraftBlock): boolean {
  if (block.kind === 'table' || block.kind === 'heading' || block.kind === 'title') return false;
  return !hasWords(block.text) || isBoilerplate(block.text) || isStructuralMeta(block.text);
}

export function dropFurniture(blocks: DraftBlock[]): DraftBlock[] {
  const result: DraftBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as DraftBlock;
    if (block.kind === 'heading' && isDroppedSectionHeading(block.text)) {
      i = sectionEnd(blocks, i);
      continue;
    }
    if (block.kind === 'heading' && isReferenceHeading(block.text)) {
      const end = sectionEnd(blocks, i);
      const kept = blocks.slice(i + 1, end).filter((b) => !isContentless(b));
      if (kept.length > 0) result.push(block, ...kept);
      i = end;
      continue;
    }
    if (!isContentless(block)) result.push(block);
    i += 1;
  }
  return result;
}
