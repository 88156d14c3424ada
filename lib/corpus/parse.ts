/**
 * Splits one article into structural blocks with exact offsets into its source. Every rule is
 * about the shape of web articles in general (see rules.ts); nothing here knows the corpus.
 */
import type { DraftBlock, SourceFormat } from './blocks';
import { buildDraftBlocks } from './blocks';
import { capBlockSizes } from './block-size';
import { dropFurniture, markTitle } from './cleanup';
import { markFaqSections } from './faq';
import { assignHeadingLevels } from './levels';
import { splitLines } from './lines';
import type { Block, CorpusDocument } from './schema';
import { documentSchema } from './schema';
import { sha256Hex } from './hash';

export interface ParseInput {
  id: string;
  file: string;
  source: string;
  title: string;
}

/** Markdown rules (adjacent lines join, `#` levels) for .md and for text extracted from HTML. */
export function sourceFormatFor(file: string): SourceFormat {
  return /\.(md|markdown|html?)$/i.test(file) ? 'markdown' : 'text';
}

function toBlock(draft: DraftBlock): Block {
  const { style: _style, ...block } = draft;
  return block;
}

export function parseBlocks(source: string, title: string, format: SourceFormat): Block[] {
  const lines = splitLines(source);
  let blocks = buildDraftBlocks(source, lines, format);
  blocks = markTitle(blocks, title);
  blocks = dropFurniture(blocks);
  blocks = markFaqSections(blocks);
  blocks = assignHeadingLevels(blocks);
  blocks = capBlockSizes(blocks, source);
  return blocks.map(toBlock);
}

export function parseDocument(input: ParseInput): CorpusDocument {
  const blocks = parseBlocks(input.source, input.title, sourceFormatFor(input.file));
  return documentSchema.parse({
    id: input.id,
    file: input.file,
    title: input.title,
    source: input.source,
    blocks,
    contentHash: sha256Hex(input.source),
  });
}
