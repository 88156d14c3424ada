import type { Passage } from '@/lib/corpus/schema';

export type SearchMode = 'hybrid' | 'text' | 'vector';

export type SearchOptions = {
  k?: number;
  mode?: SearchMode;
  /**
   * The query's typos were corrected already (the turn analysis corrects against the corpus's
   * words, lib/question): search reads it as given instead of correcting it a second time.
   */
  corrected?: boolean;
};

/** How a query is read: `corrected` as in SearchOptions. */
export type QueryReading = Pick<SearchOptions, 'corrected'>;

/** A retrieved passage; `score` is 0..1, higher is better, comparable across queries. */
export type SearchHit = Passage & { score: number };

export type QueryAnalysis = {
  /** Analyzed content terms of the query, after spelling correction. */
  terms: string[];
  /** Those terms the corpus contains, directly or through one of their expansions. */
  knownTerms: string[];
  /** Corpus terms brought in by expansion. */
  expandedTerms: string[];
};

/**
 * How ranking works. The defaults are the configuration the evaluation favoured; everything is
 * a setting so the eval and bench can compare alternatives on the same index.
 */
export type EngineSettings = {
  /** Query terms this long also match indexed terms they prefix (see END_OF_TOKEN). */
  prefixMinLength: number;
  /** BM25 field boosts. */
  boosts: { title: number; headings: number; text: number };
  /** How much a synonym match counts relative to the query's own words (text and coverage). */
  alternativeWeight: number;
  /** The same, for a query word the corpus never uses: its synonyms are all there is to match. */
  unknownWordAlternativeWeight: number;
  /** Factor on those weights for a WordNet bridge (index-built, not hand-checked): below 1. */
  bridgeWeight: number;
  /** 'lexicon': edit-distance correction against index words; 'tolerance': Orama tolerance 1 on words >= 5 letters. */
  spelling: 'lexicon' | 'tolerance' | 'none';
  /** 'weighted': calibrated linear fusion; 'rrf': reciprocal rank fusion; 'orama': Orama's own hybrid mode. */
  fusion: 'weighted' | 'rrf' | 'orama';
  /** Weights of the calibrated score: query coverage, vector cosine, relative BM25. Sum to 1. */
  weights: { coverage: number; vector: number; text: number };
  /** Orama `similarity` for the vector side: cosine below this is not a candidate. */
  vectorMinSimilarity: number;
  /** MMR trade-off: 1 = pure relevance, 0 = pure novelty. */
  mmrLambda: number;
  /** How many top candidates MMR chooses from, as a multiple of k. */
  mmrPoolFactor: number;
  /** Passage cosine from which MMR treats two passages as saying the same thing (0: any overlap). */
  mmrDuplicateSimilarity: number;

  defaultMode: SearchMode;
};

export const DEFAULT_SETTINGS: EngineSettings = {
  prefixMinLength: 5,
  boosts: { title: 1.5, headings: 2, text: 1 },
  alternativeWeight: 0.65,
  unknownWordAlternativeWeight: 0.9,
  bridgeWeight: 0.8,
  spelling: 'lexicon',
  fusion: 'weighted',
  weights: { coverage: 0.45, vector: 0.35, text: 0.2 },
  vectorMinSimilarity: 0.05,
  mmrLambda: 0.75,
  mmrPoolFactor: 4,
  mmrDuplicateSimilarity: 0,
  defaultMode: 'hybrid',
};

export function resolveSettings(partial: Partial<EngineSettings> = {}): EngineSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    boosts: { ...DEFAULT_SETTINGS.boosts, ...partial.boosts },
    weights: { ...DEFAULT_SETTINGS.weights, ...partial.weights },
  };
}

/** How WordNet bridges are derived at index build (lib/search/bridges.ts). */
export type BridgeSettings = {
  /** Longest corpus phrase, in words, looked up in WordNet. */
  maxPhraseWords: number;
  /** A corpus word's senses considered, most frequent first, per part of speech. */
  maxCorpusSenseRank: number;
  /** Share of a sense's definition terms the corpus must use for the sense to be the articles' one. */
  minDefinitionOverlap: number;
  /** The bridged sense must be among the everyday word's this many most frequent senses. */
  maxLaySenseRank: number;
  relations: { synonym: boolean; hyponym: boolean; similar: boolean };
  /** Whether a word the corpus itself uses may also bridge to its other corpus words. */
  bridgeCorpusWords: boolean;
  /** Hyponyms bridge only onto a noun sense with at most this many kinds (a specific idea). */
  maxHyponyms: number;
};

export const DEFAULT_BRIDGE_SETTINGS: BridgeSettings = {
  maxPhraseWords: 3,
  maxCorpusSenseRank: 3,
  minDefinitionOverlap: 0.5,
  maxLaySenseRank: 2,
  relations: { synonym: true, hyponym: true, similar: true },
  maxHyponyms: 12,
  bridgeCorpusWords: false,
};
