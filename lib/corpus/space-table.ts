/**
 * Recovers tables whose columns were flattened to single spaces when a web page was copied as
 * text ("Vitamin D Calcium absorption, muscle function Muscle aches, ..."). Cell boundaries can
 * only fall before a capitalised word that does not follow a comma or a connecting word; the
 * column count comes from the rows with the fewest such candidates, and each row takes the
 * lowest-cost choice of boundaries.
 */
import type { SourceLine } from './lines';
import { wordCount } from './lines';
import type { Table } from './schema';

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['of', 'and', 'or', 'the', 'to', 'in', 'for', 'with', 'by', 'a', 'an', 'on', 'at', 'from', '&', 'vs', 'vs.']);
/** A token like "D", "E", "B12" or "K2" is almost always the end of a name ("Vitamin D"). */
const NAME_TAIL = /^\p{Lu}{1,2}\d{0,3}$/u;
const MODIFIER_WORDS = new Set(['key', 'main', 'common', 'other', 'related', 'primary', 'secondary', 'typical', 'best', 'top', 'daily', 'recommended', 'major', 'possible', 'potential', 'good']);
const MAX_CANDIDATES = 60;

function tokenize(line: SourceLine): Token[] {
  const tokens: Token[] = [];
  for (const match of line.text.matchAll(/\S+/g)) {
    const start = line.start + (match.index ?? 0);
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

function boundaryCandidates(tokens: Token[]): number[] {
  const candidates: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token || !previous) continue;
    if (!/^["'“(]?\p{Lu}/u.test(token.text)) continue;
    if (/[,;:(&/-]$/.test(previous.text)) continue;
    if (CONNECTORS.has(previous.text.toLowerCase())) continue;
    candidates.push(i);
  }
  return candidates;
}

function makeCell(line: SourceLine, tokens: Token[], from: number, to: number): Cell | undefined {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return undefined;
  return { text: line.text.slice(first.start - line.start, last.end - line.start), start: first.start, end: last.end };
}

function cellsFor(line: SourceLine, tokens: Token[], boundaries: number[]): Cell[] {
  const edges = [0, ...boundaries, tokens.length];
  const cells: Cell[] = [];
  for (let c = 0; c + 1 < edges.length; c += 1) {
    const cell = makeCell(line, tokens, edges[c] ?? 0, edges[c + 1] ?? 0);
    if (cell) cells.push(cell);
  }
  return cells;
}

function isModifier(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  return MODIFIER_WORDS.has(w) || /(ary|ated|ive|ous|ical)$/.test(w);
}

function isPluralHead(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  return w.length > 3 && /s$/.test(w) && !/(ss|us|is)$/.test(w);
}

type CellCost = (cell: Cell, column: number) => number;

/** Header cells are noun phrases: they start with modifiers and end with (often plural) nouns. */
const headerCellCost: CellCost = (cell) => {
  const words = cell.text.split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  let cost = 0;
  if (isModifier(last)) cost += 5;
  if (words.length > 1 && isModifier(first)) cost -= 1;
  if (isPluralHead(last)) cost -= 1;
  if (words.length > 1 && isPluralHead(first)) cost += 1;
  if (NAME_TAIL.test(first)) cost += 10;
  return cost;
};

/** Row cells: never start with a name tail; prefer lengths like the unambiguous rows'. */
function rowCellCost(typicalLengths: number[]): CellCost {
  return (cell, column) => {
    const first = cell.text.split(/\s+/)[0] ?? '';
    let cost = NAME_TAIL.test(first) ? 10 : 0;
    const typical = typicalLengths[column];
    if (typical) cost += Math.abs(Math.log((cell.text.length + 1) / (typical + 1)));
    return cost;
  };
}

/**
 * Lowest-cost split into `columns` cells with boundaries only at candidates: a DP over
 * (cells so far, boundary) since the cost is a sum of per-cell costs.
 */
function bestSplit(line: SourceLine, tokens: Token[], candidates: number[], columns: number, cellCost: CellCost): Cell[] | undefined {
  const positions = [0, ...candidates, tokens.length];
  const last = positions.length - 1;
  // cost[c][p] / from[c][p]: cheapest cover of tokens [0, positions[p]) by c cells, and its previous p.
  const cost = Array.from({ length: columns + 1 }, () => positions.map(() => Infinity));
  const from = Array.from({ length: columns + 1 }, () => positions.map(() => -1));
  cost[0]?.splice(0, 1, 0);
  for (let c = 1; c <= columns; c += 1) {
    for (let p = 1; p <= last; p += 1) {
      if (c === columns && p !== last) continue;
      for (let q = 0; q < p; q += 1) {
        const before = cost[c - 1]?.[q] ?? Infinity;
        const cell = makeCell(line, tokens, positions[q] ?? 0, positions[p] ?? 0);
        if (before === Infinity || !cell) continue;
        const total = before + cellCost(cell, c - 1);
        if (total < (cost[c]?.[p] ?? Infinity)) {
          cost[c]?.splice(p, 1, total);
          from[c]?.splice(p, 1, q);
        }
      }
    }
  }
  if ((cost[columns]?.[last] ?? Infinity) === Infinity) return undefined;
  const boundaries: number[] = [];
  let p = last;
  for (let c = columns; c > 1; c -= 1) {
    p = from[c]?.[p] ?? 0;
    boundaries.unshift(positions[p] ?? 0);
  }
  return cellsFor(line, tokens, boundaries);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lines a flattened table row could be: short, several words, no sentence punctuation. */
export function isSpaceTableLine(line: SourceLine): boolean {
  if (line.kind !== 'text') return false;
  const words = wordCount(line.text);
  if (words < 2 || words > 40) return false;
  if (/[.!?:;]["'”’)]*$/u.test(line.text)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(line.text)) return false;
  return /^["'“(]?[\p{Lu}\d]/u.test(line.text);
}

/** Tries to read `lines` (header first) as one table; undefined when they do not fit. */
export function inferSpaceTable(lines: SourceLine[]): Table | undefined {
  const [headerLine, ...rowLines] = lines;
  if (!headerLine || rowLines.length < 2) return undefined;
  if (headerLine.text.includes(',')) return undefined;
  const headerTokens = tokenize(headerLine);
  const rows = rowLines.map((line) => ({ line, tokens: tokenize(line) }));
  const rowCandidates = rows.map((row) => boundaryCandidates(row.tokens));
  const headerCandidates = boundaryCandidates(headerTokens);
  if ([headerCandidates, ...rowCandidates].some((c) => c.length > MAX_CANDIDATES)) return undefined;
  const columns = Math.min(...rowCandidates.map((c) => c.length)) + 1;
  if (columns < 2 || headerCandidates.length < columns - 1) return undefined;
  const averageWords = rows.reduce((sum, row) => sum + row.tokens.length, 0) / rows.length;
  if (averageWords < 4) return undefined;

  const forced = rows
    .map((row, i) => ({ row, candidates: rowCandidates[i] ?? [] }))
    .filter((r) => r.candidates.length === columns - 1)
    .map((r) => cellsFor(r.row.line, r.row.tokens, r.candidates));
  const typical = Array.from({ length: columns }, (_, column) =>
    median(forced.map((cells) => cells[column]?.text.length ?? 0)),
  );

  const header = bestSplit(headerLine, headerTokens, headerCandidates, columns, headerCellCost);
  if (!header) return undefined;
  const tableRows: Table['rows'] = [];
  for (const [i, row] of rows.entries()) {
    const cells = bestSplit(row.line, row.tokens, rowCandidates[i] ?? [], columns, rowCellCost(typical));
    if (!cells || cells.length !== columns) return undefined;
    tableRows.push({ cells: cells.map((c) => c.text), start: row.line.start, end: row.line.end });
  }
  return { header: header.map((c) => c.text), rows: tableRows };
}
