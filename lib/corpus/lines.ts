/**
 * Splits a source into lines that remember their exact position, so every block built from
 * them can point back into the original text.
 */

export type LineKind = 'blank' | 'rule' | 'md-heading' | 'bullet' | 'ordered' | 'pipe' | 'text';

export interface SourceLine {
  index: number;
  /** Offset of the first non-whitespace character. */
  start: number;
  /** Offset just after the last non-whitespace character. */
  end: number;
  /** Trimmed content. */
  text: string;
  /** Leading whitespace width (a tab counts 4). */
  indent: number;
  kind: LineKind;
  /** For list and markdown heading lines: where the content after the marker starts. */
  contentStart: number;
  /** Number of '#' for markdown headings, 0 otherwise. */
  hashes: number;
}

const BULLET_MARKER = /^([•●▪‣◦·∙*+\-–])\s+/u;
const ORDERED_MARKER = /^(\d{1,3})[.)]\s+/;
const MD_HEADING = /^(#{1,6})\s+/;
const THEMATIC_BREAK = /^([-*_])(\s*\1){2,}$/;

function leadingWidth(raw: string): { chars: number; width: number } {
  let chars = 0;
  let width = 0;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\u00a0') width += 1;
    else if (ch === '\t') width += 4;
    else break;
    chars += 1;
  }
  return { chars, width };
}

function classify(text: string): { kind: LineKind; markerLength: number; hashes: number } {
  if (text === '') return { kind: 'blank', markerLength: 0, hashes: 0 };
  if (THEMATIC_BREAK.test(text)) return { kind: 'rule', markerLength: 0, hashes: 0 };
  const heading = MD_HEADING.exec(text);
  if (heading?.[1]) return { kind: 'md-heading', markerLength: heading[0].length, hashes: heading[1].length };
  if (text.startsWith('|') && text.indexOf('|', 1) > 0) return { kind: 'pipe', markerLength: 0, hashes: 0 };
  const bullet = BULLET_MARKER.exec(text);
  if (bullet) return { kind: 'bullet', markerLength: bullet[0].length, hashes: 0 };
  const ordered = ORDERED_MARKER.exec(text);
  if (ordered) return { kind: 'ordered', markerLength: ordered[0].length, hashes: 0 };
  return { kind: 'text', markerLength: 0, hashes: 0 };
}

export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let pos = 0;
  while (pos <= source.length) {
    const newline = source.indexOf('\n', pos);
    const lineEnd = newline === -1 ? source.length : newline;
    const raw = source.slice(pos, lineEnd);
    const lead = leadingWidth(raw);
    const trimmedRaw = raw.trimEnd();
    const start = pos + lead.chars;
    const end = Math.max(start, pos + trimmedRaw.length);
    const text = source.slice(start, end);
    const { kind, markerLength, hashes } = classify(text);
    lines.push({
      index: lines.length,
      start,
      end,
      text,
      indent: lead.width,
      kind,
      contentStart: start + markerLength,
      hashes,
    });
    if (newline === -1) break;
    pos = newline + 1;
  }
  return lines;
}

/** Next line after `from` that is not blank, or undefined. */
export function nextContentLine(lines: SourceLine[], from: number): SourceLine | undefined {
  for (let i = from + 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (line && line.kind !== 'blank') return line;
  }
  return undefined;
}

export function wordCount(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}
