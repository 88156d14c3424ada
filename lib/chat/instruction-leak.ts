/**
 * Whether an answer gives away the system instructions: a secret in them (a canary), in any
 * spelling a model could use to slip it out, or a run of eight words copied from them. Checks
 * look across sentence boundaries through the tail of the text already accepted.
 */
import { compact, stripMarkers } from './output-text';

export const ECHO_WINDOW_WORDS = 8;
const MIN_SECRET_CHARS = 6;
// Identifier-like tokens of the instructions (8+ characters with a letter and a digit) are secrets.
const DISTINCTIVE_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}_-]{6,}[\p{L}\p{N}]/gu;

const echoTokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shingles(tokens: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Distinctive tokens of the instructions that the passages do not contain. */
function distinctiveTokens(instructions: string, passageText: string): string[] {
  const passages = passageText.toLowerCase();
  return (instructions.match(DISTINCTIVE_TOKEN) ?? []).filter(
    (t) => /\p{N}/u.test(t) && /\p{L}/u.test(t) && !passages.includes(t.toLowerCase()),
  );
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

export class InstructionLeakCheck {
  private readonly secrets: string[];
  private readonly echoShingles: Set<string>;

  /** `passageText`: what the model was given to quote; a window or token found there is no leak. */
  constructor(instructions: string, canaries: readonly string[], passageText: string) {
    this.secrets = [...canaries, ...distinctiveTokens(instructions, passageText)]
      .map(compact)
      .filter((s) => s.length >= MIN_SECRET_CHARS);
    const passageTokens = echoTokens(passageText);
    const inPassages = new Set(passageTokens);
    const passageLine = ` ${passageTokens.join(' ')} `;
    this.echoShingles = new Set(
      shingles(echoTokens(instructions), ECHO_WINDOW_WORDS).filter(
        (w) => !w.split(' ').every((t) => inPassages.has(t)) || !passageLine.includes(` ${w} `),
      ),
    );
  }

  /** A secret plain, spaced out, punctuated, reversed, or in Base64/hex. */
  leaksSecret(sentence: string, acceptedTail: string): boolean {
    if (this.secrets.length === 0) return false;
    const text = compact(acceptedTail + sentence);
    const reversed = [...text].reverse().join('');
    const decoded = decodedForms(sentence);
    return this.secrets.some((s) => text.includes(s) || reversed.includes(s) || decoded.some((d) => d.includes(s)));
  }

  /** Eight words in a row from the instructions. */
  echoes(sentence: string, acceptedTail: string): boolean {
    const tailWords = echoTokens(acceptedTail).slice(-(ECHO_WINDOW_WORDS - 1));
    const windows = shingles([...tailWords, ...echoTokens(stripMarkers(sentence))], ECHO_WINDOW_WORDS);
    return windows.some((w) => this.echoShingles.has(w));
  }
}
