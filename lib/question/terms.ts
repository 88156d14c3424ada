import { LruCache } from '@/lib/lru';
import { analyzeText, expandQuery } from '@/lib/search';

/**
 * Word-level text helpers shared by the answer modules. Words are analysed exactly as the search
 * index analyses them (lib/search/analyze: spelling folding, vitamin names, stop words, Porter
 * stems), and lay wording is expanded with the search vocabulary plus a few answer-side pairs, so
 * a question and a sentence are compared the way retrieval compared them.
 */

/** Analysed terms ("stems") of one word, e.g. "deficiencies" → ["defici"]; [] for a stop word. */
export function stemsOf(word: string): string[] {
  return analyzeText(word);
}

// Sentences and passages are re-analysed on every turn; their stems never change.
const MAX_MEMOISED_TEXTS = 8_000;
const stemsByText = new Map<string, readonly string[]>();

/** Stems of the content words of a text (stop words and one-letter tokens removed). */
export function contentStems(text: string): string[] {
  let stems = stemsByText.get(text);
  if (stems === undefined) {
    stems = analyzeText(text);
    if (stemsByText.size >= MAX_MEMOISED_TEXTS) stemsByText.clear();
    stemsByText.set(text, stems);
  }
  // A copy: callers own the array they get.
  return [...stems];
}

// All of a turn's passages as one text are analysed two or three times a turn; the set is kept.
const MAX_MEMOISED_SETS = 16;
const stemSetsByText = new LruCache<string, ReadonlySet<string>>(MAX_MEMOISED_SETS);

/** The distinct content stems of a (long) text. Shared: never modify the set. */
export function contentStemSet(text: string): ReadonlySet<string> {
  return stemSetsByText.remember(text, () => new Set(analyzeText(text)));
}

/**
 * Answer-side additions to the search vocabulary: single lay (or question) words mapped to the
 * wording articles tend to use. Both sides are analysed into stems at load time.
 */
const LAY_SYNONYMS: Record<string, string[]> = {
  food: ['diet', 'dietary', 'source', 'eat', 'rich'],
  foods: ['diet', 'dietary', 'source', 'eat', 'rich'],
  eat: ['food', 'diet', 'dietary', 'source'],
  diet: ['food', 'dietary', 'source'],
  sources: ['food', 'dietary'],
  tired: ['fatigue', 'tiredness'],
  tiredness: ['fatigue'],
  exhausted: ['fatigue'],
  exhaustion: ['fatigue'],
  fatigue: ['tired', 'tiredness'],
  weak: ['weakness', 'asthenia'],
  weakness: ['asthenia'],
  jelly: ['weak', 'weakness'],
  wobbly: ['weak', 'weakness', 'balance'],
  heavy: ['heaviness'],
  sore: ['pain', 'aches'],
  ache: ['pain', 'aches'],
  aching: ['pain', 'aches'],
  hurt: ['pain'],
  hurts: ['pain'],
  pins: ['tingling'],
  needles: ['tingling'],
  numb: ['numbness'],
  swollen: ['swelling'],
  swell: ['swelling'],
  swells: ['swelling'],
  puffy: ['swelling'],
  cramp: ['spasm'],
  cramps: ['spasms'],
  cramping: ['spasms'],
  charley: ['cramp'],
  twitch: ['twitching', 'spasm'],
  nerve: ['neuropathy', 'neurological'],
  test: ['diagnose', 'diagnosis', 'blood'],
  tests: ['diagnose', 'diagnosis', 'blood'],
  tested: ['diagnose', 'diagnosis', 'blood'],
  check: ['diagnose', 'test', 'blood'],
  diagnosed: ['test', 'blood', 'diagnosis'],
  diagnose: ['test', 'blood', 'diagnosis'],
  low: ['deficiency', 'levels'],
  lack: ['deficiency'],
  lacking: ['deficiency'],
  shortage: ['deficiency'],
  deficient: ['deficiency'],
  deficiency: ['low', 'levels'],
  fix: ['treatment', 'correct', 'supplement', 'relief'],
  treat: ['treatment', 'correct', 'supplement', 'relief', 'therapy', 'intervention', 'manage'],
  treated: ['treatment', 'correct', 'supplement', 'relief', 'therapy', 'intervention', 'manage'],
  treatment: ['therapy', 'intervention', 'manage', 'correct'],
  cure: ['treatment', 'correct', 'relief'],
  help: ['relief', 'improve', 'correct'],
  remedy: ['treatment', 'relief'],
  serious: ['severe', 'emergency', 'complications'],
  dangerous: ['severe', 'life-threatening', 'complications'],
  sun: ['sunlight', 'sunshine'],
  sunlight: ['sun'],
  drink: ['hydration', 'water', 'fluid'],
  water: ['hydration', 'fluid', 'dehydration'],
  fluids: ['hydration', 'dehydration'],
  thirsty: ['dehydration'],
  pee: ['urine'],
  blood: ['circulation'],
  circulation: ['blood', 'flow'],
  legs: ['lower', 'extremity', 'limbs'],
  leg: ['lower', 'extremity', 'limbs'],
  anaemia: ['anemia'],
  tingly: ['tingling'],
  walk: ['mobility', 'gait'],
  walking: ['mobility', 'gait'],
  restless: ['rls'],
  meds: ['medications'],
  medicine: ['medications'],
  medicines: ['medications'],
  pills: ['supplements', 'medications'],
  vitamins: ['supplements'],
  grub: ['food', 'diet'],
  gloomy: ['depression', 'mood'],
  tablets: ['supplements'],
  tablet: ['supplements'],
  capsules: ['supplements'],
  down: ['depression', 'mood'],
  nibbles: ['food', 'diet'],
  snacks: ['food', 'diet'],
  old: ['older', 'elderly'],
  elderly: ['older'],
  kids: ['children'],
  pregnant: ['women'],
};

const STEMMED_SYNONYMS: Map<string, string[][]> = new Map(
  Object.entries(LAY_SYNONYMS).flatMap(([k, vs]) => stemsOf(k).map((s): [string, string[][]] => [s, vs.map(stemsOf).filter((t) => t.length > 0)])),
);

/**
 * Other wordings for each stem of a text, as stem lists ("pins and needles" → [["tingl"], …]):
 * the search vocabulary's synonyms for the phrase the stem is part of, plus the table above.
 */
export function alternativesByStem(text: string): Map<string, string[][]> {
  let alternatives = alternativesByText.get(text);
  if (alternatives === undefined) {
    alternatives = collectAlternatives(text);
    if (alternativesByText.size >= MAX_MEMOISED_QUESTIONS) alternativesByText.clear();
    alternativesByText.set(text, alternatives);
  }
  // A deep copy: callers own the map they get.
  return new Map([...alternatives].map(([stem, alts]) => [stem, alts.map((a) => [...a])]));
}

// A turn analyses the same question several times; expansion is the costly part.
const MAX_MEMOISED_QUESTIONS = 256;
const alternativesByText = new Map<string, ReadonlyMap<string, string[][]>>();

function collectAlternatives(text: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const add = (stem: string, alt: string[]) => {
    if (alt.length === 0 || (alt.length === 1 && alt[0] === stem)) return;
    const list = out.get(stem) ?? [];
    if (!list.some((a) => a.join(' ') === alt.join(' '))) list.push(alt);
    out.set(stem, list);
  };
  for (const concept of expandQuery(analyzeText(text), { maxAlternativesPerConcept: 12 }).concepts) {
    for (const stem of concept.terms) for (const alt of concept.alternatives) add(stem, alt.terms);
  }
  for (const stem of analyzeText(text)) for (const alt of STEMMED_SYNONYMS.get(stem) ?? []) add(stem, alt);
  return out;
}

/** Token-set Jaccard similarity and containment of the smaller set in the larger. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return {
    jaccard: shared / (a.size + b.size - shared),
    containment: shared / Math.min(a.size, b.size),
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
