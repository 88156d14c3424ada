/**
 * Assigns heading levels. Markdown says so itself; for plain text the shape decides: a heading
 * directly followed by another heading opens a group whose short siblings ("Vitamin D", "Iron")
 * are sub-headings, until a longer or clearly top-level heading ("Conclusion") closes it.
 */
import type { DraftBlock } from './blocks';
import { wordCount } from './lines';
import { isMajorSectionHeading } from './rules';

/** A sibling may be this many words longer than the first child and still count as one. */
const SIBLING_SLACK = 2;

function mdLevels(blocks: DraftBlock[]): (level: number) => number {
  const levels = blocks.filter((b) => b.kind === 'heading' && b.style === 'md').map((b) => b.level);
  const shallowest = levels.length > 0 ? Math.min(...levels) : 1;
  return (level) => Math.max(1, level - shallowest + 1);
}

export function assignHeadingLevels(blocks: DraftBlock[]): DraftBlock[] {
  const mdLevel = mdLevels(blocks);
  let groupMaxWords: number | undefined;
  let parentLevel = 0;
  return blocks.map((block, i) => {
    if (block.kind !== 'heading') return block;
    const words = wordCount(block.text);
    let level: number;
    if (block.style === 'md') {
      level = mdLevel(block.level);
      groupMaxWords = undefined;
    } else if (block.style === 'numbered') {
      level = 1;
      groupMaxWords = undefined;
    } else if (block.style === 'bullet') {
      level = parentLevel + 1;
    } else if (groupMaxWords !== undefined && words <= groupMaxWords && !isMajorSectionHeading(block.text)) {
      level = 2;
    } else {
      level = 1;
      const next = blocks[i + 1];
      const opensGroup = next?.kind === 'heading' && next.style === 'plain';
      groupMaxWords = opensGroup ? wordCount(next.text) + SIBLING_SLACK : undefined;
    }
    if (block.style !== 'bullet') parentLevel = level;
    return { ...block, level };
  });
}
