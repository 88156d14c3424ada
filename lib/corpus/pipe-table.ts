import type { SourceLine } from './lines';
import type { Table } from './schema';

const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

function splitCells(text: string): string[] {
  // Split on unescaped pipes; the leading and trailing pipe produce empty edge cells.
  const cells = text.split(/(?<!\\)\|/).map((cell) => cell.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

export function isPipeSeparator(line: SourceLine): boolean {
  return SEPARATOR_ROW.test(line.text);
}

/** Markdown pipe table; the first row is the header whether or not a `|---|` row follows it. */
export function parsePipeTable(lines: SourceLine[]): Table | undefined {
  const rows = lines.filter((line) => !isPipeSeparator(line));
  const [headerLine, ...bodyLines] = rows;
  if (!headerLine || bodyLines.length === 0) return undefined;
  const header = splitCells(headerLine.text);
  if (header.length < 2) return undefined;
  return {
    header,
    rows: bodyLines
      .map((line) => ({ cells: splitCells(line.text), start: line.start, end: line.end }))
      .filter((row) => row.cells.some((cell) => cell !== '')),
  };
}
