import type { Tokenizer } from '@orama/orama';
import { stem } from '@/lib/text/stem';
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { PHRASE_FOLDS } from '@/lib/vocabulary/phrases';
import { SPELLING_VARIANTS } from '@/lib/vocabulary/spelling';

/**
 * One English analyzer for everything that compares words: the Orama index, queries, the LSA
 * model, the expansion vocabulary and spelling correction. Steps: lowercase and strip accents,
 * split on anything that is not a letter or digit, fold spelling variants and everyday multi-word
 * expressions ("give out", "eases off"), join vitamin names
 * ("vitamin D" -> vitamin + vitamin_d, "B-12" -> b12), drop stop words, numbers and single
 * letters, then Porter-stem.
 */

/** Bumped whenever analysis output changes, so persisted indexes built with older rules rebuild. */
export const ANALYZER_VERSION = 'en-porter-v2';

// Conversational filler that carries no topic ("tell me", "I was wondering") beyond Orama's list.
const EXTRA_STOP_WORDS = [
  'tell',
  'please',
  'know',
  'wondering',
  'wonder',
  'thanks',
  'thank',
  'hi',
  'hello',
  'hey',
  'anyone',
  'someone',
  'get',
  'gets',
  'getting',
  'got',
  'really',
  'lot',
  'lots',
  'thing',
  'things',
  'stuff',
  'maybe',
  'also',
  'just',
  'much',
  'many',
  'bit',
  'kind',
  'sort',
  'ok',
  'okay',
  'like',
  'don',
  'doesn',
  'didn',
  'isn',
  'aren',
  'wasn',
  'weren',
  'won',
  'wouldn',
  'shouldn',
  'couldn',
  'cant',
  'dont',
  'doesnt',
  'im',
  'ive',
  'id',
  'youre',
  'whats',
  'hows',
  'etc',
  'could',
  'would',
  'can',
  'might',
  'may',
  'will',
  'shall',
  'ever',
  'even',
  'yet',
  'still',
  'something',
  'anything',
  // Question scaffolding: "what is the best way to...", "do I need to take...", "I keep getting..."
  'best',
  'good',
  'better',
  'make',
  'makes',
  'making',
  'made',
  'take',
  'takes',
  'taking',
  'keep',
  'keeps',
  'need',
  'needs',
  'want',
  'wants',
  'always',
  'usually',
  'sometimes',
  'way',
  'ways',
  'go',
  'going',
  'goes',
  'lately',
  'recently',
  'normal',
  'possible',
  'actually',
  'pretty',
  'quite',
  // Contraction stubs ("haven't" -> haven, t; "I'll" -> i, ll) and conversational glue.
  'haven',
  'hasn',
  'hadn',
  'mustn',
  'needn',
  'shan',
  'll',
  've',
  're',
  'though',
  'although',
  'anyway',
  'come',
  'comes',
  'coming',
  'came',
  'basically',
  'literally',
  'honestly',
  'gonna',
  'wanna',
  'kinda',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...englishStopWords, ...EXTRA_STOP_WORDS]);

const VITAMIN_LETTER = /^[abcdek]$/;
const VITAMIN_CODE = /^([abdek])(\d{1,2})$/;
const DIGITS = /^\d+$/;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Remembered word analyses. Corpus and vocabulary words (a few thousand) stay; the bound only
 * keeps a stream of odd user words from growing it for ever.
 */
const MAX_MEMOISED_WORDS = 50_000;
/** A long word's term, or null for a stop word or number (see wordTerms). */
const longWordTerms = new Map<string, string | null>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_MEMOISED_WORDS) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Lowercased words with accents removed; apostrophes end a word ("body's" -> body, s). "A&E"
 * (accident and emergency) is the one abbreviation whose letters would otherwise vanish.
 */
export function splitWords(text: string): string[] {
  // Decomposition and accent stripping change nothing in ASCII text, which most text is.
  const plain = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/\ba\s?&\s?e\b/g, ' accident and emergency ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

// A Map, not the object itself: a corpus word such as "constructor" must not find Object's members.
const SPELLING_FOLDS: ReadonlyMap<string, string> = new Map(Object.entries(SPELLING_VARIANTS));

type PhraseFold = { words: string[]; replacement: string[] };

/** Phrase folds by first word, longest first, so "who is more likely" wins over "who is". */
const PHRASE_FOLDS_BY_FIRST: ReadonlyMap<string, PhraseFold[]> = (() => {
  const byFirst = new Map<string, PhraseFold[]>();
  for (const [key, value] of Object.entries(PHRASE_FOLDS)) {
    const words = key.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, replacement: value.split(' ') });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/** Replaces everyday multi-word expressions (vocabulary/phrases.ts) by their folded wording. */
export function foldPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const fold = PHRASE_FOLDS_BY_FIRST.get(words[i]!)?.find((f) => f.words.every((w, j) => words[i + j] === w));
    if (fold) {
      out.push(...fold.replacement);
      i += fold.words.length;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
}

/** The words of a text after spelling and phrase folding. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const w of splitWords(text)) {
    const folded = SPELLING_FOLDS.get(w);
    if (folded === undefined) words.push(w);
    else words.push(...folded.split(' '));
  }
  return foldPhrases(words);
}

/** Joins "b 12" / "b-12" into b12 so the vitamin code survives splitting. */
function joinVitaminCodes(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.length === 1 && /[abdek]/.test(w) && next !== undefined && /^\d{1,2}$/.test(next)) {
      out.push(w + next);
      i++;
    } else {
      out.push(w);
    }
  }
  return out;
}

/**
 * Terms of one word in context. Vitamin names keep their letter as a compound term so "vitamin D"
 * and "vitamin E" stay distinct after the lone letters are dropped.
 */
function wordTerms(words: readonly string[], i: number): string[] {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  const code = VITAMIN_CODE.exec(w);
  if (code) return [w, `vitamin_${code[1]}`];
  if (VITAMIN_LETTER.test(w)) {
    // "vitamin D", and "B vitamins"; a letter before the singular is the article ("a vitamin").
    const named = (prev !== undefined && /^vitamins?$/.test(prev)) || (w === 'b' && next === 'vitamins');
    return named ? [`vitamin_${w}`] : [];
  }
  if (w.length < 2 || DIGITS.test(w) || STOP_WORDS.has(w)) return [];
  return [stem(w)];
}

/**
 * The term of a word longer than any vitamin name or code ("b12", "d"), which needs no context:
 * null for a stop word or a number.
 */
function longWordTerm(w: string): string | null {
  const known = longWordTerms.get(w);
  if (known !== undefined) return known;
  return remember(longWordTerms, w, DIGITS.test(w) || STOP_WORDS.has(w) ? null : stem(w));
}

const LONGEST_VITAMIN_WORD = 3;

/** Analyzed terms of a text, in order, duplicates kept (term frequency matters to LSA). */
export function analyzeText(text: string): string[] {
  const words = joinVitaminCodes(foldedWords(text));
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length > LONGEST_VITAMIN_WORD) {
      const term = longWordTerm(w);
      if (term !== null) terms.push(term);
    } else {
      terms.push(...wordTerms(words, i));
    }
  }
  return terms;
}

/** The terms one surface word (already folded) contributes on its own, out of context. */
export function analyzeWord(word: string): string[] {
  return analyzeText(word);
}

export function uniqueTerms(terms: readonly string[]): string[] {
  return Array.from(new Set(terms));
}

/**
 * Orama's radix lookup always expands a query token to every indexed word it prefixes ("b1"
 * finds "b12", "fat" finds "fatigu"). Index tokens end with this marker; a query token carrying
 * the marker matches whole tokens only, one without it keeps Orama's prefix behaviour.
 */
export const END_OF_TOKEN = '~';

/**
 * Queries arrive here already analyzed (spelling correction and expansion need the terms first).
 * A query string starting with this character is a space-separated list of analyzed terms and is
 * not analyzed a second time (Porter stemming is not idempotent). User text cannot contain it:
 * it is a control character that the search entry point strips.
 */
export const PRE_ANALYZED = '\u0001';

export type TokenizerPolicy = {
  /** Query terms at least this long also match longer indexed terms they prefix. */
  prefixMinLength: number;
};

export function markQueryTerm(term: string, policy: TokenizerPolicy): string {
  return term.length >= policy.prefixMinLength ? term : term + END_OF_TOKEN;
}

/** The analyzer as an Orama tokenizer component; Orama passes `prop` only at index time. */
export function createOramaTokenizer(policy: TokenizerPolicy): Tokenizer {
  return {
    language: 'english',
    normalizationCache: new Map(),
    tokenize(raw: string, _language?: string, prop?: string): string[] {
      if (typeof raw !== 'string') return [];
      if (prop === undefined && raw.startsWith(PRE_ANALYZED)) {
        return uniqueTerms(
          raw
            .slice(1)
            .split(' ')
            .filter((t) => t.length > 0),
        );
      }
      const terms = uniqueTerms(analyzeText(raw));
      return prop === undefined ? terms.map((t) => markQueryTerm(t, policy)) : terms.map((t) => t + END_OF_TOKEN);
    },
  };
}

/** Builds the query string for a search on already-analyzed terms (see PRE_ANALYZED). */
export function preAnalyzedQuery(terms: readonly string[], policy: TokenizerPolicy): string {
  return PRE_ANALYZED + terms.map((t) => markQueryTerm(t, policy)).join(' ');
}
