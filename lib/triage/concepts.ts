import { PARTS, type PartName, type SignPattern } from './sign-words';

/**
 * Finds the parts of a sign in a message: each part's phrases word by word, then whether every
 * part of a pattern occurs, not negated, within the pattern's window of words.
 */

/**
 * A message's report sentences as one word sequence; `deniedAt(i)`: word i is denied;
 * `guessedAt(i)`: word i is the writer's guess at a cause ("probably stress"), not a setting.
 */
export type WordSequence = { words: readonly string[]; deniedAt: (index: number) => boolean; guessedAt: (index: number) => boolean };

type Phrase = readonly string[];

/** A part's phrases by their first word, and those whose first word is a prefix (`numb*`). */
type PartIndex = { byFirstWord: ReadonlyMap<string, readonly Phrase[]>; prefixed: readonly Phrase[] };

function indexPart(phrases: readonly string[]): PartIndex {
  const byFirstWord = new Map<string, Phrase[]>();
  const prefixed: Phrase[] = [];
  for (const phrase of phrases.map((p) => p.split(' '))) {
    const first = phrase[0] ?? '';
    if (first.endsWith('*')) prefixed.push(phrase);
    else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
  }
  return { byFirstWord, prefixed };
}

// Parts have up to hundreds of phrases (generated spans): only those that can start at a word are tried.
const indexOf = new Map<PartName, PartIndex>((Object.keys(PARTS) as PartName[]).map((name) => [name, indexPart(PARTS[name])]));

// A prefix stands for one word's forms, not for a compound made with it ("faint-hearted").
function wordMatches(pattern: string, word: string): boolean {
  if (!pattern.endsWith('*')) return word === pattern;
  const prefix = pattern.slice(0, -1);
  return word.startsWith(prefix) && !word.includes('-', prefix.length);
}

function phraseAt(phrase: Phrase, words: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k += 1) {
    const word = words[at + k];
    if (word === undefined || !wordMatches(phrase[k] as string, word)) return false;
  }
  return true;
}

/** Start positions of a part's phrases, denied ones left out. */
export function partPositions(sequence: WordSequence, part: PartName, keepDenied = false): number[] {
  const found: number[] = [];
  const index = indexOf.get(part);
  if (!index) return found;
  for (let i = 0; i < sequence.words.length; i += 1) {
    const starting = index.byFirstWord.get(sequence.words[i] as string) ?? [];
    if (!starting.some((p) => phraseAt(p, sequence.words, i)) && !index.prefixed.some((p) => phraseAt(p, sequence.words, i))) continue;
    if (keepDenied || !sequence.deniedAt(i)) found.push(i);
  }
  return found;
}

function anyPart(sequence: WordSequence, parts: readonly PartName[], keepDenied = false): number[] {
  return [...new Set(parts.flatMap((p) => partPositions(sequence, p, keepDenied)))].sort((a, b) => a - b);
}

/** Whether one position from each list lies within `window` words of all the others. */
function withinWindow(lists: readonly number[][], window: number): boolean {
  const [first, ...rest] = lists;
  if (!first) return false;
  return (first as number[]).some((anchor) => {
    // Any window [start, start + window] holding the anchor and one position of every other list.
    for (let start = anchor - window; start <= anchor; start += 1) {
      if (rest.every((list) => list.some((p) => p >= start && p <= start + window))) return true;
    }
    return false;
  });
}

// Windows far wider than a sentence stand for "anywhere in the message".
const WHOLE_MESSAGE = 100;

export type PatternOutcome = 'emergency' | 'urgent-soon' | 'none' | 'absent';

/** What a pattern says about a message: absent, or the level its match gives. */
export function matchPattern(sequence: WordSequence, pattern: SignPattern): PatternOutcome {
  const elsewhere = new Set(pattern.notAt ? anyPart(sequence, pattern.notAt, true) : []);
  const lists = pattern.parts.map((alternatives) => anyPart(sequence, alternatives).filter((p) => !elsewhere.has(p)));
  if (lists.some((l) => l.length === 0)) return 'absent';
  const matched = pattern.window >= WHOLE_MESSAGE || withinWindow(lists, pattern.window);
  if (!matched) return 'absent';
  // A denied setting or override ("I haven't been drinking", "no bladder problems") is not there.
  const present = (parts: readonly PartName[] | undefined): boolean => parts !== undefined && anyPart(sequence, parts).length > 0;
  // A guessed cause is downplaying, which never lowers the level: only a stated setting does.
  const stated = (parts: readonly PartName[] | undefined): boolean => parts !== undefined && anyPart(sequence, parts).some((p) => !sequence.guessedAt(p));
  if (present(pattern.figure)) return 'none';
  const calmlyAsked = stated(pattern.ordinary) && present(pattern.askedCalmly);
  if (present(pattern.override) && !calmlyAsked) return 'emergency';
  if (stated(pattern.calm)) return 'none';
  if (stated(pattern.ordinary)) return pattern.then ?? 'none';
  return 'emergency';
}
