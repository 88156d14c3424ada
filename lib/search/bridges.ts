import { z } from 'zod';
import type { Passage } from '@/lib/corpus/schema';
import { createPause, type Pause } from '@/lib/corpus/yield';
import { analyzeText, foldedWords } from './analyze';
import { abbreviates, capitalOnlyWords } from './abbreviations';
import type { BridgeSettings } from './settings';
import { PARTS_OF_SPEECH, type PartOfSpeech, type Synset, type WordNet } from './wordnet/database';
import { baseForms } from './wordnet/morphy';

/**
 * Bridges from everyday words to the corpus's own words, derived from WordNet when the index is
 * built: a lemma that shares a sense with a corpus word (a synonym), names a kind of it (a
 * hyponym: "charley horse" is a kind of cramp) or, for adjectives, sits in its cluster
 * ("knackered" beside "tired"). Only bridges landing on a word or phrase the corpus uses are
 * kept, so a new article brings its own. The table is persisted with the index: requests never
 * read WordNet.
 */

const BRIDGE_RELATIONS = ['synonym', 'hyponym', 'similar'] as const;
type BridgeRelation = (typeof BRIDGE_RELATIONS)[number];

const bridgeSchema = z.object({ from: z.string().min(1), to: z.string().min(1), relation: z.enum(BRIDGE_RELATIONS) });
type Bridge = z.infer<typeof bridgeSchema>;
export const bridgeTableSchema = z.array(bridgeSchema);
export type BridgeTable = z.infer<typeof bridgeTableSchema>;

/** Bumped when the derivation changes, so persisted indexes rebuild their bridges. */
export const BRIDGE_VERSION = 'wordnet-3.1-bridges-v2';

type CorpusTerms = { terms: ReadonlySet<string>; phrases: ReadonlySet<string> };

/** A lemma or definition as analysed terms; `whole`: every word is a content word. */
type Analysed = { terms: string[]; key: string; whole: boolean };

/**
 * Analyses remembered for one derivation: WordNet repeats lemmas and definitions across the
 * senses visited. `whole` matters because "in the end" shrinks to "end" and means something else.
 */
function createAnalyser(): (text: string) => Analysed {
  const memo = new Map<string, Analysed>();
  return (text) => {
    let found = memo.get(text);
    if (!found) {
      const terms = analyzeText(text);
      found = { terms, key: termKey(terms), whole: terms.length === foldedWords(text).length };
      memo.set(text, found);
    }
    return found;
  };
}

function termKey(terms: readonly string[]): string {
  return terms.join(' ');
}

/** Analyzed terms the corpus uses, and its runs of two and more terms, as keys. */
async function corpusTerms(passages: readonly Passage[], maxWords: number, pause: Pause): Promise<CorpusTerms & { wordRuns: Set<string> }> {
  const terms = new Set<string>();
  const phrases = new Set<string>();
  const wordRuns = new Set<string>();
  for (const p of passages) {
    await pause();
    for (const text of [p.title, ...p.headings, p.text]) {
      const analyzed = analyzeText(text);
      analyzed.forEach((t) => terms.add(t));
      for (let n = 2; n <= maxWords; n++) for (let i = 0; i + n <= analyzed.length; i++) phrases.add(termKey(analyzed.slice(i, i + n)));
      const words = foldedWords(text);
      for (let n = 1; n <= maxWords; n++) for (let i = 0; i + n <= words.length; i++) wordRuns.add(words.slice(i, i + n).join(' '));
    }
  }
  return { terms, phrases, wordRuns };
}

/** Whether analysed text is a word or a run of words the corpus uses. */
function inCorpus(terms: readonly string[], corpus: CorpusTerms): boolean {
  if (terms.length === 0) return false;
  return terms.length === 1 ? corpus.terms.has(terms[0]!) : corpus.phrases.has(termKey(terms));
}

/**
 * Share of a definition's terms the corpus uses: how far a sense is about what the articles
 * discuss. The word's own terms do not count: a definition that repeats the word says nothing.
 */
function domainOverlap(synset: Synset, ownTerms: readonly string[], corpus: CorpusTerms, analyse: (text: string) => Analysed): number {
  const terms = analyse(synset.definition).terms.filter((t) => !ownTerms.includes(t));
  if (terms.length === 0) return 0;
  return terms.filter((t) => corpus.terms.has(t)).length / terms.length;
}

/** A sense's rank among the lemma's senses of its part of speech (0: the most frequent). */
function senseRank(wordnet: WordNet, lemma: string, synset: Synset): number {
  const rank = wordnet.sensesAs(lemma, synset.pos).indexOf(synset.id);
  return rank < 0 ? Number.POSITIVE_INFINITY : rank;
}

function neighbours(wordnet: WordNet, synset: Synset, settings: BridgeSettings): Array<{ synset: Synset; relation: BridgeRelation }> {
  const out: Array<{ synset: Synset; relation: BridgeRelation }> = [];
  if (settings.relations.synonym) out.push({ synset, relation: 'synonym' });
  const linked = (ids: readonly string[], relation: BridgeRelation) => {
    for (const id of ids) {
      const s = wordnet.synset(id);
      if (s) out.push({ synset: s, relation });
    }
  };
  // Kinds of a broad idea ("change", "state") say little about it; only a specific noun's kinds bridge.
  if (settings.relations.hyponym && synset.pos === 'n' && synset.hyponyms.length <= settings.maxHyponyms) linked(synset.hyponyms, 'hyponym');
  if (settings.relations.similar) linked(synset.similar, 'similar');
  return out;
}

/** The corpus's words and phrases that WordNet knows, as WordNet lemmas. */
async function corpusLemmas(
  wordnet: WordNet,
  wordRuns: ReadonlySet<string>,
  corpus: CorpusTerms,
  analyse: (text: string) => Analysed,
  pause: Pause,
): Promise<string[]> {
  const lemmas = new Set<string>();
  for (const run of wordRuns) {
    await pause();
    const space = run.indexOf(' ');
    // Most runs of words are no WordNet collocation: only look up those whose first word starts one.
    if (space > 0 && !wordnet.startsCollocation(run.slice(0, space))) continue;
    for (const lemma of baseForms(wordnet, run)) if (inCorpus(analyse(lemma).terms, corpus)) lemmas.add(lemma);
  }
  return [...lemmas].sort();
}

/**
 * A kind of the corpus word bridges only when its own definition names that word ("charley
 * horse: a muscular cramp …"): WordNet files many loose kinds under broad nouns ("now" under
 * "present", "jelly" under "treat") whose glosses never mention them.
 */
function definitionNames(synset: Synset, targetTerms: readonly string[], analyse: (text: string) => Analysed): boolean {
  const defined = analyse(synset.definition).terms;
  return targetTerms.every((t) => defined.includes(t));
}

/**
 * The parts of speech the corpus word is taken in: those with the most senses seen in WordNet's
 * tagged text ("iron" is mostly a noun, so "robust" does not reach it through the adjective), or
 * every one when none was ever seen.
 */
function dominantPartsOfSpeech(wordnet: WordNet, lemma: string): Set<PartOfSpeech> {
  const present = PARTS_OF_SPEECH.filter((pos) => wordnet.sensesAs(lemma, pos).length > 0);
  const most = Math.max(0, ...present.map((pos) => wordnet.taggedSenses(lemma, pos)));
  return new Set(most === 0 ? present : present.filter((pos) => wordnet.taggedSenses(lemma, pos) === most));
}

/** The corpus word's most frequent senses in its dominant parts of speech, with their rank. */
function candidateSenses(wordnet: WordNet, lemma: string, settings: BridgeSettings): Array<{ sense: Synset; rank: number }> {
  const out: Array<{ sense: Synset; rank: number }> = [];
  for (const pos of dominantPartsOfSpeech(wordnet, lemma)) {
    wordnet
      .sensesAs(lemma, pos)
      .slice(0, settings.maxCorpusSenseRank)
      .forEach((id, rank) => {
        const sense = wordnet.synset(id);
        if (sense) out.push({ sense, rank });
      });
  }
  return out;
}

type Derivation = {
  wordnet: WordNet;
  corpus: CorpusTerms;
  /** Words the corpus writes only in capitals: abbreviations (abbreviations.ts). */
  abbreviations: ReadonlySet<string>;
  settings: BridgeSettings;
  analyse: (text: string) => Analysed;
};

function bridgesOfLemma({ wordnet, corpus, abbreviations, settings, analyse }: Derivation, lemma: string): Bridge[] {
  const { terms: targetTerms, key: target, whole } = analyse(lemma);
  const out: Bridge[] = [];
  if (!whole) return out;
  for (const { sense, rank } of candidateSenses(wordnet, lemma, settings)) {
    // The most frequent sense is taken as the articles' one; a rarer sense must show it is about
    // what they discuss.
    if (rank > 0 && domainOverlap(sense, targetTerms, corpus, analyse) < settings.minDefinitionOverlap) continue;
    // An abbreviation means only what it stands for: "PAD" is no writing pad.
    if (abbreviations.has(lemma) && !sense.lemmas.some((l) => abbreviates(lemma, l))) continue;
    for (const { synset, relation } of neighbours(wordnet, sense, settings)) {
      for (const from of synset.lemmas) {
        const source = analyse(from);
        if (source.terms.length === 0 || source.key === target || !source.whole) continue;
        if (relation === 'hyponym' && !definitionNames(synset, targetTerms, analyse)) continue;
        // A word the articles use already finds its own passages: bridges are for words they don't.
        if (!settings.bridgeCorpusWords && inCorpus(source.terms, corpus)) continue;
        // The bridged sense must be what the everyday word usually means ("press" is rarely ironing).
        if (senseRank(wordnet, from, synset) >= settings.maxLaySenseRank) continue;
        out.push({ from, to: lemma, relation });
      }
    }
  }
  return out;
}

const RELATION_ORDER: Readonly<Record<BridgeRelation, number>> = { synonym: 0, similar: 1, hyponym: 2 };

/** One bridge per (from, to), the closest relation kept; sorted, so the table is deterministic. */
function dedupe(bridges: readonly Bridge[]): BridgeTable {
  const best = new Map<string, Bridge>();
  for (const b of bridges) {
    const key = `${b.from}\u0000${b.to}`;
    const kept = best.get(key);
    if (!kept || RELATION_ORDER[b.relation] < RELATION_ORDER[kept.relation]) best.set(key, b);
  }
  return [...best.values()].sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) : a.from < b.from ? -1 : 1));
}

export async function deriveBridges(
  passages: readonly Passage[],
  wordnet: WordNet,
  settings: BridgeSettings,
  pause: Pause = createPause(),
): Promise<BridgeTable> {
  const corpus = await corpusTerms(passages, settings.maxPhraseWords, pause);
  const derivation: Derivation = { wordnet, corpus, abbreviations: capitalOnlyWords(passages), settings, analyse: createAnalyser() };
  const bridges: Bridge[] = [];
  for (const lemma of await corpusLemmas(wordnet, corpus.wordRuns, corpus, derivation.analyse, pause)) {
    await pause();
    bridges.push(...bridgesOfLemma(derivation, lemma));
  }
  return dedupe(bridges);
}
