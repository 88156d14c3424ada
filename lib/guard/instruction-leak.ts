/**
 * Whether an answer gives away the system instructions: a secret in them (a canary), in any
 * spelling a model could use to slip it out, or a run of eight words copied from them. Checks
 * look across sentence boundaries through the tail of the text already accepted.
 *
 * What depends on the instructions alone (their tokens, windows, identifier-like tokens) is worked
 * out once per distinct instructions text; a turn only subtracts what its passages contain.
 */
import { decodeHTML } from 'entities';
import { compact, echoTokens, stripMarkers } from './output-text';
import type { TextPiece } from './passage-signals';
import { LruCache } from '@/lib/lru';
import { guardSettings } from './settings';

const { echoWindowWords: ECHO_WINDOW_WORDS, minSecretChars: MIN_SECRET_CHARS } = guardSettings.leak;
// Identifier-like tokens of the instructions (8+ characters with a letter and a digit) are secrets.
const DISTINCTIVE_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}_-]{6,}[\p{L}\p{N}]/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
// Lower-cased to σ or ς depending on the letters around it (the one context-dependent mapping).
const CAPITAL_SIGMA = '\u03A3';
/** Instructions come from server code and config: a handful of variants. */
const INSTRUCTION_CACHE_LIMIT = 16;

/** What the checks need from one instructions text. */
type InstructionProfile = {
  /** Identifier-like tokens with a letter and a digit: secrets unless a passage has them. */
  distinctive: readonly string[];
  /** Echo tokens of the instructions, as ids into `vocabulary`, in order. */
  tokenIds: readonly number[];
  /** Each distinct echo token and its id. */
  vocabulary: ReadonlyMap<string, number>;
  /** Every window of ECHO_WINDOW_WORDS tokens, joined by single spaces; windows[i] starts at token i. */
  windows: readonly string[];
  windowSet: ReadonlySet<string>;
  /** Per passage piece: the ids of the instruction tokens it contains. */
  idsByPiece: WeakMap<TextPiece, readonly number[]>;
};

const profiles = new LruCache<string, InstructionProfile>(INSTRUCTION_CACHE_LIMIT);

function buildProfile(instructions: string): InstructionProfile {
  const tokens = echoTokens(instructions);
  const vocabulary = new Map<string, number>();
  const tokenIds = tokens.map((t) => {
    let id = vocabulary.get(t);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(t, id);
    }
    return id;
  });
  const windows = shingles(tokens, ECHO_WINDOW_WORDS);
  return {
    distinctive: (instructions.match(DISTINCTIVE_TOKEN) ?? []).filter((t) => HAS_DIGIT.test(t) && HAS_LETTER.test(t)),
    tokenIds,
    vocabulary,
    windows,
    windowSet: new Set(windows),
    idsByPiece: new WeakMap(),
  };
}

function instructionProfile(instructions: string): InstructionProfile {
  return profiles.remember(instructions, () => buildProfile(instructions));
}

function shingles(tokens: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Distinctive tokens of the instructions that the passages do not contain. */
function distinctiveTokens(profile: InstructionProfile, passages: readonly TextPiece[]): string[] {
  return profile.distinctive.filter((t) => {
    const lower = t.toLowerCase();
    // A token holds no line break, so it is in the joined passage text only within one piece.
    return !passages.some((p) => p.lower.includes(lower));
  });
}

function instructionIdsIn(profile: InstructionProfile, piece: TextPiece): readonly number[] {
  let ids = profile.idsByPiece.get(piece);
  if (!ids) {
    ids = [...piece.echoTokenSet].flatMap((token) => profile.vocabulary.get(token) ?? []);
    profile.idsByPiece.set(piece, ids);
  }
  return ids;
}

/**
 * Instruction windows the passages also contain word for word: quoting them is no leak. Only
 * windows whose every token occurs in the passages can be there, so the passage text is joined
 * (as one line of tokens, across piece boundaries) only when there is such a window.
 */
function windowsInPassages(profile: InstructionProfile, passages: readonly TextPiece[]): Set<string> {
  const present = new Uint8Array(profile.vocabulary.size);
  for (const piece of passages) for (const id of instructionIdsIn(profile, piece)) present[id] = 1;
  const found = new Set<string>();
  let line: string | undefined;
  let missing = 0;
  const ids = profile.tokenIds;
  for (let end = 0; end < ids.length; end++) {
    if (present[ids[end] ?? 0] === 0) missing++;
    const start = end - ECHO_WINDOW_WORDS + 1;
    if (start < 0) continue;
    if (start > 0 && present[ids[start - 1] ?? 0] === 0) missing--;
    if (missing > 0) continue;
    const window = profile.windows[start] ?? '';
    line ??= ` ${passages
      .map((p) => p.echoLine)
      .filter((l) => l !== '')
      .join(' ')} `;
    if (line.includes(` ${window} `)) found.add(window);
  }
  return found;
}

export class InstructionLeakCheck {
  private readonly secrets: string[];
  /** Each secret's code points in reverse order. */
  private readonly reversedSecrets: string[];
  /** Each secret in ROT13. */
  private readonly rot13Secrets: string[];
  private lastTail: { text: string; compact: string } | undefined;
  private readonly profile: InstructionProfile;
  /** Instruction windows that are passage text too. */
  private readonly quotable: ReadonlySet<string>;

  /** `passages`: the passage bodies and labels the model was given to quote, in prompt order. */
  constructor(instructions: string, canaries: readonly string[], passages: readonly TextPiece[]) {
    this.profile = instructionProfile(instructions);
    this.secrets = [...canaries, ...distinctiveTokens(this.profile, passages)].map(compact).filter((s) => s.length >= MIN_SECRET_CHARS);
    this.reversedSecrets = this.secrets.map((s) => [...s].reverse().join(''));
    this.rot13Secrets = this.secrets.map(rot13);
    this.quotable = windowsInPassages(this.profile, passages);
  }

  /**
   * A secret plain, spaced out, punctuated, reversed, in ROT13 or in Base64/hex; in the text as
   * typed, and as a browser shows it (entities decoded, %-escapes decoded, NFKC, without markers).
   */
  leaksSecret(sentence: string, acceptedTail: string): boolean {
    if (this.secrets.length === 0) return false;
    if (this.inCompacted(this.compactTail(acceptedTail, sentence))) return true;
    const shown = shownForm(sentence);
    if (this.inCompacted(compact(shownForm(acceptedTail) + shown))) return true;
    const decoded = [...decodedForms(sentence), ...decodedForms(shown)];
    return this.secrets.some((s) => decoded.some((d) => d.includes(s)));
  }

  private inCompacted(text: string): boolean {
    // A secret is in the reversed (or ROT13) text exactly when the reversed (ROT13) secret is in the text.
    return this.secrets.some((s, i) => text.includes(s) || text.includes(this.reversedSecrets[i] ?? s) || text.includes(this.rot13Secrets[i] ?? s));
  }

  /**
   * compact(tail + sentence), the tail compacted once however many sentences follow it (dropped
   * sentences leave it as it was). Lower casing is per character except for a capital sigma,
   * whose form depends on its neighbours: text with one is compacted whole.
   */
  private compactTail(tail: string, sentence: string): string {
    if (tail.includes(CAPITAL_SIGMA) || sentence.includes(CAPITAL_SIGMA)) return compact(tail + sentence);
    if (this.lastTail?.text !== tail) this.lastTail = { text: tail, compact: compact(tail) };
    return this.lastTail.compact + compact(sentence);
  }

  /** Eight words in a row from the instructions. */
  echoes(sentence: string, acceptedTail: string): boolean {
    const tailWords = lastEchoTokens(acceptedTail, ECHO_WINDOW_WORDS - 1);
    const tokens = [...tailWords, ...echoTokens(stripMarkers(sentence))];
    const { vocabulary, windowSet } = this.profile;
    // Only a window made of instruction tokens alone can be an instruction window.
    let run = 0;
    for (let end = 0; end < tokens.length; end++) {
      run = vocabulary.has(tokens[end] ?? '') ? run + 1 : 0;
      if (run < ECHO_WINDOW_WORDS) continue;
      const window = tokens.slice(end - ECHO_WINDOW_WORDS + 1, end + 1).join(' ');
      if (windowSet.has(window) && !this.quotable.has(window)) return true;
    }
    return false;
  }
}

/** Enough of the end of a text to usually hold the last few words. */
const TAIL_SCAN_CHARS = 160;

/**
 * `echoTokens(text).slice(-count)`, reading only the end of the text when that holds enough
 * tokens. The end is cut just after a space: no token spans a space, and a space also ends the
 * context that lower-casing a capital sigma looks at, so the tokens after it are the same.
 */
function lastEchoTokens(text: string, count: number): string[] {
  const cut = text.indexOf(' ', Math.max(0, text.length - TAIL_SCAN_CHARS)) + 1;
  if (cut > 0) {
    const tokens = echoTokens(text.slice(cut));
    if (tokens.length >= count) return tokens.slice(-count);
  }
  return echoTokens(text).slice(-count);
}

/** The text read as Base64 (standard or URL-safe, any alignment) and as hex, compacted. */
function decodedForms(text: string): string[] {
  const alphabet = text.replace(/[^A-Za-z0-9+/=_-]/g, '');
  if (alphabet.length < MIN_SECRET_CHARS) return [];
  const forms: string[] = [];
  for (let offset = 0; offset < 4; offset++) {
    const base64 = alphabet.slice(offset).replace(/-/g, '+').replace(/_/g, '/');
    forms.push(Buffer.from(base64, 'base64').toString('latin1'));
  }
  const hex = text.replace(/[^0-9a-fA-F]/g, '');
  for (let offset = 0; offset < 2; offset++) forms.push(Buffer.from(hex.slice(offset), 'hex').toString('latin1'));
  return forms.map(compact);
}

const PERCENT_ESCAPE = /%([0-9a-f]{2})/gi;
/** Entities can be written twice over (&amp;#67;): decoding stops when nothing changes. */
const MAX_ENTITY_DECODES = 3;

/**
 * The text as the page shows it: HTML entities decoded (the Markdown renderer turns `&#67;` into
 * "C"), %-escapes decoded, NFKC-normalised (full-width letters become plain ones), citation
 * markers removed (their digits would split a secret). compact() then drops what remains of
 * markup, spacing and zero-width joins.
 */
function shownForm(text: string): string {
  let shown = text;
  for (let i = 0; i < MAX_ENTITY_DECODES && shown.includes('&'); i++) {
    const decoded = decodeHTML(shown);
    if (decoded === shown) break;
    shown = decoded;
  }
  if (shown.includes('%')) shown = shown.replace(PERCENT_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return stripMarkers(shown.normalize('NFKC'));
}

/** ROT13 of ASCII letters; compacted text is lower case. */
function rot13(text: string): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
}
