import { allowedEdits, editDistance, isEnglishWord, loadEnglishDictionary } from '@/lib/text';
import { describe, expect, it } from 'vitest';
import { termMatch } from '@/lib/grounding';
import { contentUnit, sharedPassageUnits } from '@/lib/answer/sentences';
import { splitWords, STOP_WORDS } from '@/lib/search/analyze';
import { vocabularyPhrases } from '@/lib/search/expansion';
import { corpusPassages } from './fixtures';
import { GENERIC_WORDS } from '@/lib/vocabulary';
import { type QuestionTerm, correctSpelling } from '@/lib/question';

/**
 * What is remembered between turns (passage splits, word neighbours, stem indexes) must give
 * exactly what working everything out afresh gives. The references below are the plain versions.
 */

function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const VOCABULARY = new Set(vocabularyPhrases().flatMap((a) => splitWords(a.phrase)));
const COMMON = new Set(GENERIC_WORDS);

function referenceCorrection(text: string, against: readonly string[]): string {
  const frequency = new Map<string, number>();
  for (const t of against) for (const w of splitWords(t)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const candidates = [...new Set([...frequency.keys(), ...VOCABULARY])].filter((w) => w.length >= 3);
  return text.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    if (frequency.has(lower) || VOCABULARY.has(lower) || STOP_WORDS.has(lower) || COMMON.has(lower) || isEnglishWord(lower)) return word;
    const max = allowedEdits(lower.length);
    if (max === 0) return word;
    let best: { word: string; distance: number; uses: number } | undefined;
    for (const c of candidates) {
      if (Math.abs(c.length - lower.length) > max) continue;
      const distance = editDistance(lower, c, max);
      if (distance > max) continue;
      const uses = frequency.get(c) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && (uses > best.uses || (uses === best.uses && c < best.word)))) {
        best = { word: c, distance, uses };
      }
    }
    return best?.word ?? word;
  });
}

/** A word with one or two random edits (letters dropped, doubled, swapped or changed). */
function misspell(word: string, next: () => number): string {
  const letters = word.split('');
  const edits = 1 + Math.floor(next() * 2);
  for (let e = 0; e < edits; e += 1) {
    const at = Math.floor(next() * letters.length);
    const kind = Math.floor(next() * 4);
    const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)] ?? 'a';
    if (kind === 0) letters.splice(at, 1);
    else if (kind === 1) letters.splice(at, 0, letters[at] ?? letter);
    else if (kind === 2 && at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1] ?? '', letters[at] ?? ''];
    else letters[at] = letter;
  }
  return letters.join('');
}

describe('remembered work gives what fresh work gives', () => {
  it('corrects spelling as a scan of every known word would', () => {
    // A correctly spelt English word is never corrected: the reference asks the same dictionary.
    loadEnglishDictionary();
    const passages = corpusPassages().map((p) => [p.title, ...p.headings, p.text].join('\n'));
    const next = generator(11);
    for (let round = 0; round < 60; round += 1) {
      const start = Math.floor(next() * (passages.length - 6));
      const against = passages.slice(start, start + 1 + Math.floor(next() * 6));
      const words = splitWords(against.join(' ')).filter((w) => w.length >= 5);
      const question = Array.from({ length: 4 }, () => {
        const word = words[Math.floor(next() * words.length)] ?? 'cramps';
        return next() < 0.7 ? misspell(word, next) : word;
      }).join(' ');
      expect(correctSpelling(question, against), question).toBe(referenceCorrection(question, against));
      // Asked again (remembered corrections, context and neighbours), the answer is the same.
      expect(correctSpelling(question, against)).toBe(referenceCorrection(question, against));
    }
  });

  it('matches stems by prefix as a scan of the whole set would, for small and large sets', () => {
    const next = generator(5);
    const syllables = [
      'defic',
      'defi',
      'deficien',
      'magn',
      'magnesi',
      'cramp',
      'cra',
      'vitamin',
      'vitamin_d',
      'fatigu',
      'tir',
      'diagnos',
      'diagnost',
      'supplement',
      'sup',
    ];
    const stem = () => (syllables[Math.floor(next() * syllables.length)] ?? 'x') + (next() < 0.5 ? '' : 'abcde'.slice(0, Math.floor(next() * 4)));
    const reference = (stems: ReadonlySet<string>, term: QuestionTerm) => {
      const has = (s: string) => stems.has(s) || (s.length >= 5 && [...stems].some((t) => t.length >= 5 && (t.startsWith(s) || s.startsWith(t))));
      if (has(term.stem)) return 1;
      return term.alternatives.some((alt) => alt.every(has)) ? 0.5 : 0;
    };
    for (let round = 0; round < 400; round += 1) {
      const stems = new Set(Array.from({ length: Math.floor(next() * (round % 2 === 0 ? 10 : 120)) }, stem));
      const term: QuestionTerm = { stem: stem(), weight: 1, alternatives: [[stem()], [stem(), stem()]] };
      expect(termMatch(term, stems), `${term.stem} in ${[...stems].join(' ')}`).toBe(reference(stems, term));
    }
  });

  it('splits a passage once, whatever its number, and never lets its units be changed', () => {
    const passage = { n: 2, title: 'Iron', headings: ['Sources'], text: 'Iron is found in red meat. It is also in lentils.' };
    const first = sharedPassageUnits(passage);
    const again = sharedPassageUnits({ ...passage, headings: [...passage.headings] });
    const renumbered = sharedPassageUnits({ ...passage, n: 5 });
    expect(again).toBe(first);
    expect(renumbered.map((u) => u.n)).toEqual(first.map(() => 5));
    expect(renumbered.map((u) => u.text)).toEqual(first.map((u) => u.text));
    expect(renumbered.map(contentUnit)).toEqual(first.map(contentUnit));
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0]?.passageEntityIds)).toBe(true);
  });
});
