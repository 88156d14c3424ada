/**
 * Turns a parsed document into passages that each make sense alone: whole-sentence windows of
 * paragraphs, one passage per list item, per table row (rendered with its header) and per FAQ
 * pair. Offsets always point into `doc.source`.
 */
import { sha1Hex } from './hash';
import { wordCount } from './lines';
import type { Block, CorpusDocument, Passage, PassageKind, Table } from './schema';
import { passageSchema } from './schema';
import { sentenceSpans, type SentenceSpan } from '@/lib/text/sentences';

/** Paragraphs up to this many words stay whole; longer ones become windows of whole sentences. */
export const MAX_PASSAGE_WORDS = 90;
export const MIN_PASSAGE_WORDS = 40;
/** A paragraph this short reads as an intro line and is merged with a neighbouring paragraph. */
const TINY_PARAGRAPH_WORDS = 12;

interface DraftPassage {
  kind: PassageKind;
  text: string;
  start: number;
  end: number;
  headings: string[];
}

function sentenceWindows(source: string, start: number, end: number): SentenceSpan[] {
  const sentences = sentenceSpans(source, 'prose', start, end);
  const words = sentences.map((s) => wordCount(source.slice(s.start, s.end)));
  const total = words.reduce((a, b) => a + b, 0);
  if (total <= MAX_PASSAGE_WORDS || sentences.length < 2) return [{ start, end }];
  const count = Math.min(sentences.length, Math.ceil(total / MAX_PASSAGE_WORDS));
  return balancedCuts(words, count).map(([from, to]) => ({
    start: sentences[from]?.start ?? start,
    end: sentences[to - 1]?.end ?? end,
  }));
}

/**
 * Splits sentence word counts into `count` consecutive windows as even as possible (least squared
 * distance from the mean), with a heavy cost for a window over the maximum: a small DP.
 */
function balancedCuts(words: number[], count: number): [number, number][] {
  const n = words.length;
  const target = words.reduce((a, b) => a + b, 0) / count;
  const prefix = [0];
  for (const w of words) prefix.push((prefix[prefix.length - 1] ?? 0) + w);
  const size = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const windowCost = (from: number, to: number) => {
    const w = size(from, to);
    const over = to - from > 1 && w > MAX_PASSAGE_WORDS ? 1e6 : 0;
    return (w - target) ** 2 + over;
  };
  // cost[k][i]: best split of the first i sentences into k windows; cut[k][i]: where the last starts.
  const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  cost[0]?.splice(0, 1, 0);
  for (let k = 1; k <= count; k += 1) {
    for (let i = k; i <= n; i += 1) {
      for (let j = k - 1; j < i; j += 1) {
        const total = (cost[k - 1]?.[j] ?? Infinity) + windowCost(j, i);
        if (total < (cost[k]?.[i] ?? Infinity)) {
          cost[k]?.splice(i, 1, total);
          cut[k]?.splice(i, 1, j);
        }
      }
    }
  }
  const windows: [number, number][] = [];
  let i = n;
  for (let k = count; k >= 1; k -= 1) {
    const j = cut[k]?.[i] ?? 0;
    windows.unshift([j, i]);
    i = j;
  }
  return windows;
}

function cellText(text: string): string {
  return text.replace(/[\s.;:,]+$/u, '');
}

/** "Heading — Nutrient: Iron. Primary Symptom: Heavy, weak legs; restless legs. ..." */
export function renderTableRow(table: Table, cells: string[], heading: string | undefined): string {
  const pairs = cells
    .map((cell, i) => ({ label: table.header[i] ?? `Column ${i + 1}`, value: cellText(cell) }))
    .filter((pair) => pair.value !== '')
    .map((pair) => `${cellText(pair.label)}: ${pair.value}.`);
  const body = pairs.join(' ');
  return heading ? `${heading} — ${body}` : body;
}

function updateHeadings(stack: Block[], heading: Block): Block[] {
  return [...stack.filter((h) => h.level < heading.level), heading];
}

/** Leading whitespace of the line the block starts on. */
function lineIndent(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t\u00a0]*/.exec(source.slice(lineStart, offset))?.[0].length ?? 0;
}

/**
 * An indented sub-heading ("  • Title" over an indented paragraph) only owns indented text:
 * a paragraph back at the margin belongs to the enclosing section again.
 */
function closeIndentedHeadings(source: string, stack: Block[], block: Block): Block[] {
  if (lineIndent(source, block.start) > 0) return stack;
  let end = stack.length;
  while (end > 0 && lineIndent(source, (stack[end - 1] as Block).start) > 0) end -= 1;
  return end === stack.length ? stack : stack.slice(0, end);
}

function slice(doc: CorpusDocument, start: number, end: number): string {
  return doc.source.slice(start, end);
}

function isTiny(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && wordCount(block.text) < TINY_PARAGRAPH_WORDS;
}

function draftPassages(doc: CorpusDocument): DraftPassage[] {
  const drafts: DraftPassage[] = [];
  let stack: Block[] = [];
  let pendingStart: number | undefined;
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (block.kind !== 'heading' && block.kind !== 'title') stack = closeIndentedHeadings(doc.source, stack, block);
    const headings = stack.map((h) => h.text);
    const push = (kind: PassageKind, text: string, start: number, end: number) =>
      drafts.push({ kind, text, start, end, headings });
    switch (block.kind) {
      case 'title':
        break;
      case 'heading':
        stack = updateHeadings(stack, block);
        break;
      case 'paragraph': {
        const next = blocks[i + 1];
        if (isTiny(block) && next?.kind === 'paragraph') {
          pendingStart ??= block.start;
          break;
        }
        const previousDraft = drafts[drafts.length - 1];
        const previousBlock = blocks[i - 1];
        const followsItsParagraph =
          previousBlock?.kind === 'paragraph' && previousDraft?.kind === 'paragraph' && previousDraft.end === previousBlock.end;
        if (isTiny(block) && pendingStart === undefined && followsItsParagraph) {
          previousDraft.end = block.end;
          previousDraft.text = slice(doc, previousDraft.start, block.end);
          break;
        }
        const windows = sentenceWindows(doc.source, block.start, block.end);
        windows.forEach((w, k) => {
          const start = k === 0 && pendingStart !== undefined ? pendingStart : w.start;
          push('paragraph', slice(doc, start, w.end), start, w.end);
        });
        pendingStart = undefined;
        break;
      }
      case 'list-item':
        push('list-item', block.text, block.start, block.end);
        break;
      case 'table':
        for (const row of block.table?.rows ?? []) {
          if (!block.table) break;
          push('table-row', renderTableRow(block.table, row.cells, headings[headings.length - 1]), row.start, row.end);
        }
        break;
      case 'faq-question': {
        const answer = blocks[i + 1];
        if (answer?.kind !== 'faq-answer') break;
        push('faq', `${block.text} ${answer.text}`, block.start, answer.end);
        i += 1;
        break;
      }
      case 'faq-answer':
        push('faq', block.text, block.start, block.end);
        break;
    }
  }
  return drafts;
}

function normaliseForId(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function passageId(docId: string, kind: PassageKind, text: string): string {
  return `${docId}-${sha1Hex(`${kind}\n${normaliseForId(text)}`).slice(0, 10)}`;
}

export function chunkDocument(doc: CorpusDocument): Passage[] {
  const seen = new Map<string, number>();
  return draftPassages(doc).map((draft) => {
    const base = passageId(doc.id, draft.kind, draft.text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return passageSchema.parse({
      id: count === 1 ? base : `${base}-${count}`,
      docId: doc.id,
      title: doc.title,
      headings: draft.headings,
      kind: draft.kind,
      text: draft.text,
      start: draft.start,
      end: draft.end,
    });
  });
}
