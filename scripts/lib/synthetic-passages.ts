import type { Passage } from '@/lib/corpus/schema';
// The search stage's PRNG (mulberry32): every bench run indexes the same synthetic corpus.
import { seededRandom } from '@/lib/search/linalg';

export function splitIntoSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["'\u201C(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const PASSAGES_PER_SYNTHETIC_DOC = 40;

/**
 * Builds `count` new passages by recombining 2 to 5 real sentences each, so term statistics and
 * passage lengths stay realistic while the index grows to any size.
 */
export function synthesizePassages(real: readonly Passage[], count: number, seed = 20_240_601): Passage[] {
  const sentences = [...new Set(real.flatMap((p) => splitIntoSentences(p.text)))];
  if (sentences.length === 0 || real.length === 0) throw new Error('No real sentences to recombine');
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const passages: Passage[] = [];
  for (let i = 0; i < count; i++) {
    const length = 2 + Math.floor(random() * 4);
    const text = Array.from({ length }, () => pick(sentences)).join(' ');
    const docNumber = Math.floor(i / PASSAGES_PER_SYNTHETIC_DOC);
    passages.push({
      id: `syn-${i}`,
      docId: `syn-doc-${docNumber}`,
      title: `Synthetic document ${docNumber}`,
      headings: pick(real).headings,
      kind: 'paragraph',
      text,
      start: 0,
      end: text.length,
    });
  }
  return passages;
}
