/**
 * HTML → visible text. The result is what the app stores as the document's `source`, so for
 * .html files every block and passage offset points into this extracted text, not into the
 * raw markup. Headings, list items and tables are written in markdown form ("## ", "- ",
 * "| a | b |") so the markdown rules of the parser recognise them.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', micro: 'µ',
  frac12: '½', frac14: '¼', frac34: '¾', le: '≤', ge: '≥', shy: '', zwj: '', zwnj: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements whose whole content is never article text. */
const HIDDEN_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'aside', 'footer', 'form', 'button', 'iframe', 'select'];
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'figure', 'figcaption', 'dd', 'dt', 'dl',
  'address', 'details', 'summary', 'ul', 'ol', 'table', 'pre', 'body', 'html', 'hr',
]);

type OutKind = 'paragraph' | 'item' | 'row';
interface OutBlock {
  kind: OutKind;
  text: string;
}

interface State {
  out: OutBlock[];
  buffer: string;
  lists: { ordered: boolean; count: number }[];
  item: string | undefined;
  heading: number;
  table: { rows: string[][]; row: string[] | undefined; cell: string | undefined } | undefined;
  pre: number;
}

function flush(state: State): void {
  const text = state.pre > 0 ? state.buffer.replace(/^\n+|\s+$/g, '') : state.buffer.replace(/\s+/g, ' ').trim();
  state.buffer = '';
  if (text === '') return;
  if (state.heading > 0) state.out.push({ kind: 'paragraph', text: `${'#'.repeat(state.heading)} ${text}` });
  else if (state.item !== undefined) {
    state.out.push({ kind: 'item', text: `${state.item}${text}` });
    // Further text in the same <li> continues the item on an indented line.
    state.item = ' '.repeat(state.item.length);
  } else state.out.push({ kind: 'paragraph', text });
}

function emitTable(state: State): void {
  const rows = (state.table?.rows ?? []).filter((row) => row.some((cell) => cell !== ''));
  rows.forEach((row, i) => {
    state.out.push({ kind: 'row', text: `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |` });
    if (i === 0) state.out.push({ kind: 'row', text: `|${row.map(() => '---').join('|')}|` });
  });
  state.table = undefined;
}

function openTag(state: State, name: string): void {
  const table = state.table;
  if (table && (name === 'td' || name === 'th')) table.cell = '';
  else if (table && name === 'tr') table.row = [];
  else if (name === 'table') {
    flush(state);
    state.table = { rows: [], row: undefined, cell: undefined };
  } else if (/^h[1-6]$/.test(name)) {
    flush(state);
    state.heading = Number(name[1]);
  } else if (name === 'ul' || name === 'ol') {
    flush(state);
    state.lists.push({ ordered: name === 'ol', count: 0 });
  } else if (name === 'li') {
    flush(state);
    const list = state.lists[state.lists.length - 1];
    const indent = '  '.repeat(Math.max(0, state.lists.length - 1));
    if (list) list.count += 1;
    state.item = `${indent}${list?.ordered ? `${list.count}. ` : '- '}`;
  } else if (name === 'br') appendText(state, state.pre > 0 ? '\n' : ' ', true);
  else if (name === 'pre') {
    flush(state);
    state.pre += 1;
  } else if (BLOCK_ELEMENTS.has(name)) flush(state);
}

function closeTag(state: State, name: string): void {
  const table = state.table;
  if (table && (name === 'td' || name === 'th')) {
    table.row?.push((table.cell ?? '').replace(/\s+/g, ' ').trim());
    table.cell = undefined;
  } else if (table && name === 'tr') {
    if (table.row) table.rows.push(table.row);
    table.row = undefined;
  } else if (table && name === 'table') emitTable(state);
  else if (/^h[1-6]$/.test(name)) {
    flush(state);
    state.heading = 0;
  } else if (name === 'li') {
    flush(state);
    state.item = undefined;
  } else if (name === 'ul' || name === 'ol') {
    flush(state);
    state.lists.pop();
  } else if (name === 'pre') {
    flush(state);
    state.pre = Math.max(0, state.pre - 1);
  } else if (BLOCK_ELEMENTS.has(name)) flush(state);
}

function appendText(state: State, text: string, raw = false): void {
  const decoded = raw ? text : decodeEntities(text);
  if (state.table?.cell !== undefined) state.table.cell += decoded;
  else if (!state.table) state.buffer += decoded;
}

function stripHidden(html: string): string {
  let result = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!doctype[^>]*>/gi, ' ');
  for (const name of HIDDEN_ELEMENTS) {
    result = result.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}\\s*>`, 'gi'), ' ');
    result = result.replace(new RegExp(`<${name}\\b[^>]*/>`, 'gi'), ' ');
  }
  return result;
}

function joinBlocks(out: OutBlock[]): string {
  let text = '';
  out.forEach((block, i) => {
    const previous = out[i - 1];
    if (previous) text += previous.kind === block.kind && block.kind !== 'paragraph' ? '\n' : '\n\n';
    text += block.text;
  });
  return text;
}

export function htmlTitle(html: string): string | undefined {
  // The article's own <h1> beats <title>, which often carries a site name ("... | Site").
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(html)?.[1] ?? /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  if (title === undefined) return undefined;
  const text = decodeEntities(title.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

export function htmlToText(html: string): string {
  const state: State = { out: [], buffer: '', lists: [], item: undefined, heading: 0, table: undefined, pre: 0 };
  const tokens = stripHidden(html).matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|[^<]+|</g);
  for (const token of tokens) {
    const name = token[2]?.toLowerCase();
    if (name === undefined) appendText(state, token[0]);
    else if (token[1] === '/') closeTag(state, name);
    else openTag(state, name);
  }
  flush(state);
  if (state.table) emitTable(state);
  return joinBlocks(state.out);
}
