/**
 * Text signals the output guard reads from one sentence: words and their stems, links, encoded
 * blobs, emoji, other scripts, letter-spaced text, foreign function words. Pure functions.
 */
import { LinkifyIt } from 'linkify-it';
import tlds from 'tlds';
import { LruCache } from '@/lib/lru';
import { ENGLISH_FUNCTION_WORDS } from '@/lib/text';
import { stem as porterStem } from '@/lib/text/stem';

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
// "[2]", "[1, 3]", "[2-4]": citation markers carry no words.
const MARKER = /\[\s*\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*\s*\]/g;
const EMOJI = /\p{Extended_Pictographic}/gu;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/gu;

export function stripMarkers(text: string): string {
  return text.replace(MARKER, ' ');
}

/** Lower-case words (letters only, inner apostrophes kept as '). */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const found = lower.match(WORD) ?? [];
  // Most text has no curly apostrophe: skip the per-word rewrite then.
  return lower.includes('’') ? found.map((w) => w.replace(/’/g, "'")) : found;
}

const LETTER_DIGIT_RUN = /[\p{L}\p{N}]+/gu;

/** Lower-case runs of letters and digits: the tokens an instruction echo is matched on. */
export function echoTokens(text: string): string[] {
  return text.toLowerCase().match(LETTER_DIGIT_RUN) ?? [];
}

/**
 * A word's stem for matching answer words against passage words: the possessive cut, then the
 * one stemmer (lib/text/stem, Orama's Porter, as the index uses). The same function stems the
 * vocabulary and the answer, so it only has to be consistent.
 */
export function stem(word: string): string {
  return porterStem(word.endsWith("'s") ? word.slice(0, -2) : word);
}

// How an answer talks about its sources ("the articles do not say"): not a topic of its own.
const SOURCE_TALK = new Set(
  'article articles passage passages text texts source sources say says said state states stated mention mentions mentioned according cover covers covered information'.split(
    ' ',
  ),
);

/** Words that tie a sentence to its topic: three letters or more, not function words. */
export function topicStems(text: string): string[] {
  return words(stripMarkers(text))
    .filter((w) => w.length >= 3 && !ENGLISH_FUNCTION_WORDS.has(w))
    .map(stem);
}

/** A content word (from `words`) of an answer sentence that is not talk about the sources. */
export function isAnswerContentWord(word: string): boolean {
  return word.length >= 3 && !ENGLISH_FUNCTION_WORDS.has(word) && !SOURCE_TALK.has(word);
}

// A maintained URL detector with the full list of top-level domains, IP addresses included.
const linkify = new LinkifyIt().tlds(tlds).set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
/** Host-like tokens linkify does not take for links, but a browser or a reader would follow. */
const HOST_LIKE_PATTERNS = [
  // scheme://anything, //host/path (protocol-relative), www.anything
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]>"'`]+/giu,
  /(?<![\p{L}\p{N}:/])\/\/[\p{L}\p{N}][^\s)\]>"'`]*/giu,
  /\bwww\d{0,3}\.[^\s)\]>"'`]+/giu,
  // a dotted host with a path or a port, whatever its last label: "legs.clinic/book", "host.x:8080"
  /(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*(?::\d{1,5}|\/[^\s)\]>"'`]*)/giu,
];
// Markdown link and image targets, and reference-style definitions ("[1]: //host/x").
const MARKDOWN_LINK = /!?\[[^\]\n]*\]\(\s*([^)\s]*)[^)]*\)/g;
const REFERENCE_DEFINITION = /^[ \t>*-]*\[[^\]\n]+\]:[ \t]*(\S+)/gm;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
const HTML_TAG = /<\s*\/?\s*(?:a|img|iframe|script|style|svg|object|embed|link|meta|form|input|video|audio|source)\b/i;
// Combining marks (zalgo) and zero-width characters can sit inside a host name; a browser or a
// reader skips them, so links are looked for in the text without them, NFKC-normalised
// (full-width letters and dots become plain ones).
const INVISIBLE_IN_HOSTS = /[\p{M}\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** The text as links are read in it: NFKC, without combining marks and zero-width characters. */
function linkReadable(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE_IN_HOSTS, '');
}

// The extractive model's sentences are passage sentences, checked again in every answer that
// cites them; remote models' sentences are new each time, so the memo is bounded.
const MAX_REMEMBERED_LINK_TEXTS = 4_000;
const linkTargetsByText = new LruCache<string, readonly string[]>(MAX_REMEMBERED_LINK_TEXTS);

/** Link targets in the text: URLs, hosts, IP addresses, mail addresses, Markdown link targets. */
export function linkTargets(text: string): string[] {
  return [...linkTargetsByText.remember(text, () => findLinkTargets(text))];
}

function findLinkTargets(text: string): string[] {
  const readable = linkReadable(text);
  const found = new Set<string>();
  for (const m of linkify.match(readable) ?? []) found.add(m.raw.replace(TRAILING_PUNCTUATION, ''));
  for (const pattern of HOST_LIKE_PATTERNS) for (const m of readable.matchAll(pattern)) found.add(m[0].replace(TRAILING_PUNCTUATION, ''));
  for (const m of readable.matchAll(MARKDOWN_LINK)) found.add(m[1] || m[0]);
  for (const m of readable.matchAll(REFERENCE_DEFINITION)) found.add(m[1] ?? m[0]);
  return [...found].filter((t) => t !== '');
}

/** The text with its link targets blanked: their letters are not words. */
export function withoutLinks(text: string): string {
  const targets = linkTargets(text);
  if (targets.length === 0) return text;
  let out = linkReadable(text);
  for (const target of targets) out = out.split(target).join(' ');
  return out;
}

export function hasMarkdownImage(text: string): boolean {
  return /!\[[^\]\n]*\]\(/.test(text);
}

export function hasHtmlTag(text: string): boolean {
  return HTML_TAG.test(text);
}

const MIN_ENCODED_CHARS = 16;

/** A long token that reads as Base64, Base32, Base58 or hex rather than words. */
function isEncodedToken(token: string): boolean {
  // Trimming only shortens a token: a short one cannot qualify.
  if (token.length < MIN_ENCODED_CHARS) return false;
  const t = token.replace(/^[("'[<*_]+|[)"'\]>.,;:!?*_]+$/g, '');
  if (t.length < MIN_ENCODED_CHARS || !/^[A-Za-z0-9+/=_-]+$/.test(t)) return false;
  // Hyphenated or plain words ("anti-inflammatory") are words, however long.
  if (/^[A-Za-z]+(?:-[A-Za-z]+)*$/.test(t) && !/[a-z][A-Z]/.test(t)) return false;
  return /\d/.test(t) || /[a-z][A-Z]/.test(t) || /^[A-Z2-7=]+$/.test(t) || /[+/=]/.test(t);
}

export function encodedTokens(text: string): string[] {
  return text.split(/\s+/).filter(isEncodedToken);
}

export function emojiIn(text: string): string[] {
  return [...new Set(text.match(EMOJI) ?? [])];
}

export function nonLatinLetters(text: string): string[] {
  return text.match(NON_LATIN_LETTER) ?? [];
}

// Shell, code and template syntax; Markdown emphasis and table pipes are not counted.
const CODE_SYMBOL = /[$`{}<>=~^\\]/g;

/** How many code-like symbols the text has ("$f", "{x}", "a = b", backticks). */
export function codeSymbolCount(text: string): number {
  return (text.replace(/\*\*|__/g, '').match(CODE_SYMBOL) ?? []).length;
}

const SINGLE_CHAR_TOKEN = /^[\p{L}\p{N}][.,:;!?]?$/u;

/** Longest run of one-character tokens, as in "Y o u  a r e" (spaced-out text). */
export function longestSingleCharRun(text: string): number {
  let best = 0;
  let run = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    // One letter (two UTF-16 units at most) and one punctuation mark: longer tokens are words.
    if (token.length <= 3 && SINGLE_CHAR_TOKEN.test(token)) best = Math.max(best, ++run);
    else run = 0;
  }
  return best;
}

// Directions about the assistant's own output: injected instructions, not article text.
const ABOUT_THE_ANSWER = [
  /\byour\s+(?:answers?|responses?|repl(?:y|ies)|outputs?)\b(?!\s+to\b)/i,
  /^\W*(?:please\s+)?(?:reply|respond|answer)\s+(?:in|using|with|only|backwards?)\b/i,
  /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions?|rules|prompts?|messages?)\b/i,
  /\b(?:system\s+prompt|your\s+instructions)\b/i,
];
// In an article "your message" is an instruction too; in an answer it is the user's message.
const ABOUT_THE_MESSAGE = /\byour\s+messages?\b(?!\s+to\b)/i;

/** An answer sentence that talks about how the answer itself should be written. */
export function addressesAssistant(text: string): boolean {
  return ABOUT_THE_ANSWER.some((pattern) => pattern.test(text));
}

/** A source sentence that tells the assistant how to write its answer or message. */
export function instructsAssistant(text: string): boolean {
  return addressesAssistant(text) || ABOUT_THE_MESSAGE.test(text);
}

/** Letters and digits only, lower case: spacing, punctuation and case cannot hide a string. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Function words of the languages an injected "translate your answer" most often asks for,
 * minus any that are also English words.
 */
const FOREIGN_FUNCTION_WORDS: Record<string, string> = {
  Spanish:
    'el la los las un una unos unas y o pero que del en con por para es son está están estar muy más le lo les se su sus al como también este esta estos estas ese esa hay puede pueden sin sobre entre cuando donde porque ya ni nos mi mis tu tus usted ustedes ella ellos',
  French:
    'le la les un une des et ou mais que qui du de en dans avec pour par est sont être très plus il elle ils elles nous vous ce cette ces pas ne au aux peut sans sur entre quand où parce aussi leur leurs mon ma mes ton ta tes votre vos',
  German:
    'der die das ein eine einen einem einer und oder aber dass zu mit für von ist sind sein sehr mehr nicht es ich sie wir ihr den dem des im zur zum über kann können ohne auf bei wenn weil auch noch nur schon wie mein meine dein deine ihre unser',
  Italian:
    'il lo la gli le un una uno e o ma che di del della dei delle in con per è sono essere molto più non nel nella negli alle alla ai può senza su tra quando dove perché anche loro mio mia tuo tua suo sua',
  Portuguese:
    'o os as um uma uns umas e ou mas que de do da dos das em com por para é são ser muito mais não no na nos nas ao aos pode sem sobre entre quando onde porque também seu sua seus suas você vocês ele ela eles',
};

// Foreign words that are also common English (or corpus-style) tokens are not evidence.
const ENGLISH_LOOKALIKES = new Set(['die', 'con', 'per', 'e', 'o', 'a', 'sin', 'son', 'pie', 'are', 'ring', 'also', 'via', 'see', 'must', 'in']);

export const FOREIGN_ONLY_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(FOREIGN_FUNCTION_WORDS).map(([language, list]) => [
    language,
    new Set(list.split(' ').filter((w) => !ENGLISH_FUNCTION_WORDS.has(w) && !ENGLISH_LOOKALIKES.has(w))),
  ]),
);
