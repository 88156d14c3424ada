import { type EntityDef } from '@/lib/vocabulary';

/**
 * Finds where the lexicon's aliases occur in a text. Every alias is a regular expression, but
 * running a few hundred of them over every passage is most of a turn's entity work. A match can
 * only begin where a word begins and with the alias's first letters, so each alias is tried only
 * there: the same expression, anchored (sticky) at the word starts whose first letters fit.
 */

export type AliasMatch = { entity: EntityDef; deficiency: boolean; start: number; end: number };

/** "vitamin b12" also matches "Vitamin B-12" and "vitamin b 12"; "vitamin b" never matches "vitamin b12". */
export function phrasePattern(alias: string): string {
  const parts = alias.split(/[\s-]+/);
  const body = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/([a-z])(\d)/g, '$1[\\s-]?$2')).join('[\\s-]*');
  const last = parts[parts.length - 1] ?? '';
  return /^[a-z]$/.test(last) ? `${body}(?![\\s-]*\\d)` : body;
}

/** The characters every match of an alias starts with: its first word up to a letter-digit joint ("b" of "b12"). */
function leadingLiteral(alias: string): string {
  const first = alias.split(/[\s-]+/)[0] ?? '';
  const joint = /[a-z]\d/.exec(first);
  return joint ? first.slice(0, joint.index + 1) : first;
}

type Alias = {
  entity: EntityDef;
  deficiency: boolean;
  source: string;
  literal: string;
  /** The character that must follow the literal and any spaces or hyphens after it (the next word's first), if known. */
  next: number;
  order: number;
};

/** The first character of an alias's second word, when its literal is the whole first word; else -1. */
function nextWordStart(alias: string, literal: string): number {
  const parts = alias.split(/[\s-]+/);
  return parts.length > 1 && parts[0] === literal ? (parts[1] ?? '').charCodeAt(0) : -1;
}

const HYPHEN = 45;
// ASCII characters \s matches: tab, line feed, vertical tab, form feed, carriage return, space.
const isAsciiSpaceOrHyphen = (c: number) => c === 32 || c === HYPHEN || (c >= 9 && c <= 13);

/**
 * False only when the alias cannot match at `start`: its literal is not there, or the next
 * word's first character is not where it must be. A non-ASCII character leaves it to the expression.
 */
function mayMatchAt(lower: string, start: number, alias: Alias): boolean {
  if (!lower.startsWith(alias.literal, start)) return false;
  if (alias.next < 0) return true;
  let j = start + alias.literal.length;
  while (j < lower.length && isAsciiSpaceOrHyphen(lower.charCodeAt(j))) j += 1;
  if (j >= lower.length) return false;
  const c = lower.charCodeAt(j);
  return c >= ASCII || c === alias.next;
}

// Word starts are looked up by their first one to three (ASCII) characters, packed into one small number.
const MAX_KEY_LENGTH = 3;
const ASCII = 128;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The number standing for the first `length` characters of `literal`, or -1 when one is not ASCII. */
function literalKey(literal: string, length: number): number {
  let key = 0;
  for (let k = length - 1; k >= 0; k -= 1) {
    const c = literal.charCodeAt(k);
    if (c >= ASCII) return -1;
    key = key * ASCII + c;
  }
  return key;
}

type Raw = { order: number; start: number; end: number };

export type AliasScanner = (text: string, lower: string) => AliasMatch[];

/** Compiles the aliases of `entities` once; the scanner gives every match, as `matchAll` would per alias. */
export function createAliasScanner(entities: readonly EntityDef[]): AliasScanner {
  const aliases: Alias[] = [];
  const caseSensitive: Array<{ alias: Alias; re: RegExp }> = [];
  const add = (entity: EntityDef, text: string, deficiency: boolean, suffix: string) => {
    const literal = leadingLiteral(text);
    const source = `(?<![a-z0-9])${phrasePattern(text)}${suffix}(?![a-z0-9])`;
    aliases.push({ entity, deficiency, source, literal, next: nextWordStart(text, literal), order: aliases.length });
  };
  for (const entity of entities) {
    for (const a of entity.deficiencyAliases ?? []) add(entity, a, true, '');
    for (const a of entity.aliases) add(entity, a, false, 's?');
    for (const a of entity.abbreviations ?? []) {
      const alias: Alias = { entity, deficiency: false, source: `(?<![A-Za-z0-9])${a}(?![A-Za-z0-9])`, literal: a, next: -1, order: aliases.length };
      aliases.push(alias);
      caseSensitive.push({ alias, re: new RegExp(alias.source, 'g') });
    }
  }
  const sticky = aliases.map((a) => new RegExp(a.source, 'y'));
  // Aliases by the number of their first characters; one that could start mid-word is scanned whole.
  const byKey: Array<Map<number, number[]>> = Array.from({ length: MAX_KEY_LENGTH + 1 }, () => new Map());
  const anywhere: Array<{ alias: Alias; re: RegExp }> = [];
  for (const alias of aliases) {
    if (caseSensitive.some((c) => c.alias === alias)) continue;
    const length = Math.min(MAX_KEY_LENGTH, alias.literal.length);
    const key = literalKey(alias.literal, length);
    if (alias.literal === '' || !isWordChar(alias.literal.charCodeAt(0)) || key < 0) {
      anywhere.push({ alias, re: new RegExp(alias.source, 'g') });
      continue;
    }
    const map = byKey[length] as Map<number, number[]>;
    map.set(key, [...(map.get(key) ?? []), alias.order]);
  }
  const keyLengths = [1, 2, 3].filter((l) => (byKey[l] as Map<number, number[]>).size > 0);

  const tryAt = (lower: string, start: number, order: number, lastEnd: Map<number, number>, out: Raw[]) => {
    // As matchAll: an alias's next match starts at or after the end of its previous one.
    if (start < (lastEnd.get(order) ?? 0)) return;
    // Cheap tests of what every match must hold before the expression itself.
    if (!mayMatchAt(lower, start, aliases[order] as Alias)) return;
    const re = sticky[order] as RegExp;
    re.lastIndex = start;
    const m = re.exec(lower);
    if (!m) return;
    const end = start + m[0].length;
    lastEnd.set(order, end);
    out.push({ order, start, end });
  };

  return (text, lower) => {
    const raw: Raw[] = [];
    const lastEnd = new Map<number, number>();
    for (let i = 0; i < lower.length; i += 1) {
      if (!isWordChar(lower.charCodeAt(i)) || (i > 0 && isWordChar(lower.charCodeAt(i - 1)))) continue;
      let key = 0;
      let scale = 1;
      let length = 0;
      for (const l of keyLengths) {
        while (length < l && i + length < lower.length) {
          const c = lower.charCodeAt(i + length);
          if (c >= ASCII) break;
          key += c * scale;
          scale *= ASCII;
          length += 1;
        }
        if (length < l) break;
        for (const order of (byKey[l] as Map<number, number[]>).get(key) ?? []) tryAt(lower, i, order, lastEnd, raw);
      }
    }
    for (const { alias, re } of anywhere) for (const m of lower.matchAll(re)) raw.push({ order: alias.order, start: m.index, end: m.index + m[0].length });
    for (const { alias, re } of caseSensitive) {
      if (!text.includes(alias.literal)) continue;
      for (const m of text.matchAll(re)) raw.push({ order: alias.order, start: m.index, end: m.index + m[0].length });
    }
    // Ties keep the lexicon's order, as a stable sort of the aliases' matches in turn would.
    raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
    return raw.map((r) => {
      const alias = aliases[r.order] as Alias;
      return { entity: alias.entity, deficiency: alias.deficiency, start: r.start, end: r.end };
    });
  };
}
