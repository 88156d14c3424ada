import { fileURLToPath } from 'node:url';
import type { Block, CorpusDocument, Passage } from '@/lib/corpus';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

export function docByPrefix(documents: CorpusDocument[], prefix: string): CorpusDocument {
  const doc = documents.find((d) => d.file.startsWith(prefix));
  if (!doc) throw new Error(`no document ${prefix}`);
  return doc;
}

export function tables(doc: CorpusDocument): Block[] {
  return doc.blocks.filter((b) => b.kind === 'table');
}

/**
 * The offset contract of a passage: paragraphs and list items are the exact slice; a table row's
 * cells and an FAQ pair's question and answer all lie inside the slice.
 */
export function offsetViolation(doc: CorpusDocument, passage: Passage): string | undefined {
  const slice = doc.source.slice(passage.start, passage.end);
  if (passage.start >= passage.end || passage.end > doc.source.length) return 'empty or out-of-range span';
  if (passage.kind === 'paragraph' || passage.kind === 'list-item') {
    return passage.text === slice ? undefined : 'text differs from source slice';
  }
  const inside = doc.blocks.filter((b) => b.start >= passage.start && b.end <= passage.end);
  if (passage.kind === 'table-row') {
    const row = doc.blocks
      .flatMap((b) => b.table?.rows ?? [])
      .find((r) => r.start === passage.start && r.end === passage.end);
    if (!row) return 'no table row with this span';
    const missing = row.cells.find((cell) => !slice.includes(cell) || !passage.text.includes(cell));
    return missing === undefined ? undefined : `cell "${missing}" not in slice or text`;
  }
  const parts = inside.filter((b) => b.kind === 'faq-question' || b.kind === 'faq-answer');
  if (parts.length === 0) return 'faq passage has no question/answer blocks';
  const missing = parts.find((b) => !slice.includes(b.text) || !passage.text.includes(b.text));
  return missing ? `faq part "${missing.text.slice(0, 30)}" missing` : undefined;
}
