import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell, { type NSpell } from 'nspell';

/**
 * The Hunspell English dictionary (dictionary-en, read through nspell): whether a word is a
 * correctly spelt English word, inflections included ("meant", "sorry", "watches"). A spelling
 * corrector asks it first, so an everyday word is never "corrected" into a corpus word that is
 * one edit away. Built once per process (about 0.2 s), on first use or when warmed at index build.
 */

// The package's own entry reads these with a top-level await on import.meta.url, which bundlers
// rewrite; the two files are read from the installed package instead (next.config traces them).
const DICTIONARY_DIR = path.join(process.cwd(), 'node_modules', 'dictionary-en');

let dictionary: NSpell | undefined;

function englishDictionary(): NSpell {
  dictionary ??= nspell(readFileSync(path.join(DICTIONARY_DIR, 'index.aff')), readFileSync(path.join(DICTIONARY_DIR, 'index.dic')));
  return dictionary;
}

/** Builds the dictionary now, so the first turn does not pay for it. */
export function loadEnglishDictionary(): void {
  englishDictionary();
}

/** True when the word, as typed or in lower case, is a correctly spelt English word. */
export function isEnglishWord(word: string): boolean {
  if (!/^[A-Za-z][A-Za-z']*$/.test(word)) return false;
  const spelling = englishDictionary();
  return spelling.correct(word) || spelling.correct(word.toLowerCase());
}
