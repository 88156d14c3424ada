/**
 * First pass: turns lines into draft blocks (headings, paragraphs, list items, tables). Later
 * passes decide titles, FAQ pairs, heading levels and drop page furniture.
 */
import type { SourceLine } from './lines';
import { nextContentLine } from './lines';
import { isPipeSeparator, parsePipeTable } from './pipe-table';
import { hasWords, isChromeLine, isHeadingLike } from './rules';
import type { Block } from './schema';
import { inferSpaceTable, isSpaceTableLine } from './space-table';

export type HeadingStyle = 'md' | 'numbered' | 'bullet' | 'plain';
export type SourceFormat = 'text' | 'markdown';

export type DraftBlock = Block & { style?: HeadingStyle };

interface Cursor {
  lines: SourceLine[];
  source: string;
  format: SourceFormat;
  blocks: DraftBlock[];
}

type Step = (cursor: Cursor, i: number) => number | undefined;

const TERMINAL = /[.!?:;"”’')\]]$/u;

function heading(source: string, start: number, end: number, style: HeadingStyle, level = 0): DraftBlock {
  // "**Bold heading**" lines: keep the words, not the emphasis markers.
  let s = start;
  let e = end;
  const text = source.slice(s, e);
  const emphasis = /^(\*\*|__)(.+)\1$/.exec(text);
  if (emphasis?.[1]) {
    s += emphasis[1].length;
    e -= emphasis[1].length;
  }
  const closing = style === 'md' ? /\s+#+$/.exec(source.slice(s, e)) : null;
  if (closing) e -= closing[0].length;
  return { kind: 'heading', level, text: source.slice(s, e), start: s, end: e, style };
}

function block(source: string, kind: Block['kind'], start: number, end: number): DraftBlock {
  return { kind, level: 0, text: source.slice(start, end), start, end };
}

const pipeTableStep: Step = (cursor, i) => {
  const { lines } = cursor;
  if (lines[i]?.kind !== 'pipe') return undefined;
  let j = i;
  while (lines[j]?.kind === 'pipe' || (lines[j] && isPipeSeparator(lines[j] as SourceLine))) j += 1;
  const run = lines.slice(i, j);
  const table = parsePipeTable(run);
  const first = run[0];
  const last = run[run.length - 1];
  if (!table || !first || !last) return undefined;
  cursor.blocks.push({ ...block(cursor.source, 'table', first.start, last.end), table });
  return j;
};

const mdHeadingStep: Step = (cursor, i) => {
  const line = cursor.lines[i];
  if (line?.kind !== 'md-heading') return undefined;
  cursor.blocks.push(heading(cursor.source, line.contentStart, line.end, 'md', line.hashes));
  return i + 1;
};

function previousContentLine(lines: SourceLine[], i: number): SourceLine | undefined {
  for (let j = i - 1; j >= 0; j -= 1) {
    const line = lines[j];
    if (line && line.kind !== 'blank') return line;
  }
  return undefined;
}

const listStep: Step = (cursor, i) => {
  const { lines, source } = cursor;
  const line = lines[i];
  if (!line || (line.kind !== 'bullet' && line.kind !== 'ordered')) return undefined;
  const content = source.slice(line.contentStart, line.end);
  const next = nextContentLine(lines, i);
  const headingLike = isHeadingLike(content, { allowQuestion: true });
  // "  • Title" followed by an indented paragraph is a sub-heading, not a list.
  // Markdown has real headings, so there a marker always means a list item.
  const plainText = cursor.format === 'text';
  if (plainText && line.kind === 'bullet' && headingLike && next?.kind === 'text' && next.indent > line.indent) {
    cursor.blocks.push(heading(source, line.contentStart, line.end, 'bullet'));
    return i + 1;
  }
  // "3. Muscle fatigue" between paragraphs is a numbered section, not a one-item list.
  const previous = previousContentLine(lines, i);
  const isListLine = (l: SourceLine | undefined) => l?.kind === 'ordered' || l?.kind === 'bullet';
  const isolated = !isListLine(next) && !isListLine(previous);
  if (plainText && line.kind === 'ordered' && line.indent <= 1 && headingLike && isolated && next !== undefined) {
    cursor.blocks.push(heading(source, line.start, line.end, 'numbered'));
    return i + 1;
  }
  let end = line.end;
  let j = i + 1;
  while (lines[j]?.kind === 'text' && (lines[j]?.indent ?? 0) > line.indent) {
    end = lines[j]?.end ?? end;
    j += 1;
  }
  if (hasWords(source.slice(line.contentStart, end))) {
    cursor.blocks.push(block(source, 'list-item', line.contentStart, end));
  }
  return j;
};

/**
 * On a page without blank lines the table's own heading can sit right above the header row.
 * The header row has no commas while most data rows do; when the second line looks like that
 * header, the first one is the heading.
 */
function headingFirst(run: SourceLine[]): boolean {
  const [first, second, ...rows] = run;
  if (!first || !second || rows.length < 2) return false;
  const withCommas = rows.filter((line) => line.text.includes(',')).length;
  return !second.text.includes(',') && !first.text.includes(',') && withCommas * 2 >= rows.length;
}

const spaceTableStep: Step = (cursor, i) => {
  const { lines } = cursor;
  const first = lines[i];
  if (!first || !isSpaceTableLine(first)) return undefined;
  let j = i;
  while (lines[j] && isSpaceTableLine(lines[j] as SourceLine)) j += 1;
  const run = lines.slice(i, j);
  if (run.length < 3) return undefined;
  for (const skip of headingFirst(run) ? [1] : [0, 1]) {
    const candidate = run.slice(skip);
    const table = inferSpaceTable(candidate);
    const start = candidate[0];
    const end = candidate[candidate.length - 1];
    if (!table || !start || !end) continue;
    // A dense page may put the table's own heading right above the header row.
    if (skip === 1) cursor.blocks.push(heading(cursor.source, first.start, first.end, 'plain'));
    cursor.blocks.push({ ...block(cursor.source, 'table', start.start, end.end), table });
    return j;
  }
  return undefined;
};

function isSetextUnderline(line: SourceLine | undefined): boolean {
  return line !== undefined && /^(=+|-+)$/.test(line.text);
}

const textStep: Step = (cursor, i) => {
  const { lines, source, format } = cursor;
  const line = lines[i];
  if (line?.kind !== 'text') return undefined;
  const following = lines[i + 1];
  if (format === 'markdown' && isSetextUnderline(following)) {
    cursor.blocks.push(heading(source, line.start, line.end, 'md', following?.text.startsWith('=') ? 1 : 2));
    return i + 2;
  }
  const next = nextContentLine(lines, i);
  // In markdown, adjacent lines form one paragraph, so only a line standing alone can be a heading.
  const standsAlone = format === 'text' || following === undefined || following.kind === 'blank';
  if (next && standsAlone && isHeadingLike(line.text, { allowQuestion: true })) {
    cursor.blocks.push(heading(source, line.start, line.end, 'plain'));
    return i + 1;
  }
  let end = line.end;
  let j = i + 1;
  while (lines[j]?.kind === 'text' && joinsParagraph(lines[j - 1] as SourceLine, lines[j] as SourceLine, format)) {
    end = lines[j]?.end ?? end;
    j += 1;
  }
  cursor.blocks.push(block(source, 'paragraph', line.start, end));
  return j;
};

function joinsParagraph(previous: SourceLine, line: SourceLine, format: SourceFormat): boolean {
  if (format === 'markdown') return !isSetextUnderline(line);
  // Plain text keeps one paragraph per line unless the text was hard-wrapped mid-sentence.
  return !TERMINAL.test(previous.text) && /^\p{Ll}/u.test(line.text);
}

const STEPS: Step[] = [pipeTableStep, mdHeadingStep, listStep, spaceTableStep, textStep];

export function buildDraftBlocks(source: string, lines: SourceLine[], format: SourceFormat): DraftBlock[] {
  const cursor: Cursor = { lines, source, format, blocks: [] };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line || line.kind === 'blank' || line.kind === 'rule' || isChromeLine(line.text)) {
      i += 1;
      continue;
    }
    let advanced: number | undefined;
    for (const step of STEPS) {
      advanced = step(cursor, i);
      if (advanced !== undefined) break;
    }
    // A line no step claims (e.g. a lone pipe row) is kept as a paragraph.
    if (advanced === undefined) {
      cursor.blocks.push(block(source, 'paragraph', line.start, line.end));
      advanced = i + 1;
    }
    i = advanced;
  }
  return cursor.blocks;
}
