import { analyzeWord, foldedWords, vocabularyPhrases } from '@/lib/search';

/**
 * Search-vocabulary phrases that stop-word removal shrank to one bare word: "during sleep" and
 * "can't sleep" both analyse to "sleep", "blocked up" (constipation) to "block". Matched on the
 * bare word alone, such a phrase says something else: "good for sleep" is not "during sleep"
 * (night), and "blocks calcium channels" is not "blocked up". So a bare word known to the
 * vocabulary only this way takes its other wordings only from a question that says one of its
 * phrases, and is never itself taken as another wording of something.
 */

type Vocabulary = { shrunk: ReadonlySet<string>; phrasesOf: ReadonlyMap<string, ReadonlyArray<readonly string[]>> };
let vocabulary: Vocabulary | undefined;

function shrunkVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const phrases = vocabularyPhrases().map((p) => ({ terms: p.terms, words: foldedWords(p.phrase) }));
  // A word the vocabulary also lists on its own ("night" beside "at night") keeps its wordings.
  const plain = new Set(phrases.filter((p) => p.words.length === 1).flatMap((p) => p.terms));
  const shrunk = new Set(
    phrases.filter((p) => p.words.length > 1 && p.terms.length === 1 && !plain.has(p.terms[0] as string)).map((p) => p.terms[0] as string),
  );
  const phrasesOf = new Map<string, Array<readonly string[]>>();
  for (const p of phrases) {
    if (p.words.length < 2) continue;
    for (const t of new Set(p.terms)) if (shrunk.has(t)) phrasesOf.set(t, [...(phrasesOf.get(t) ?? []), p.words]);
  }
  vocabulary = { shrunk, phrasesOf };
  return vocabulary;
}

/** True for a stem the vocabulary knows only as what is left of longer phrases. */
export function isShrunkStem(stem: string): boolean {
  return shrunkVocabulary().shrunk.has(stem);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stems = analyzeWord(a);
  return stems.length > 0 && stems.join(' ') === analyzeWord(b).join(' ');
}

function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (phrase.every((p, j) => sameWord(words[i + j] as string, p))) return true;
  }
  return false;
}

/**
 * Whether the vocabulary's other wordings of `stem` apply to `text`: always, unless the stem is
 * a shrunk one and the text says none of the phrases it comes from ("can't sleep" does).
 */
export function takesWordingsOf(stem: string, text: string): boolean {
  const phrases = shrunkVocabulary().phrasesOf.get(stem);
  if (phrases === undefined) return true;
  const words = foldedWords(text);
  return phrases.some((p) => holdsPhrase(words, p));
}
