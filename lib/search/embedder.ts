import type { Passage } from '@/lib/corpus/schema';
import { createPause, type Pause } from '@/lib/corpus/yield';
import { analyzeText } from './analyze';
import { expandQuery, type ExpandedQuery } from './expansion';
import { bagOf, projectBag, trainLsa, type LsaModel, type LsaOptions, type TermBag } from './lsa';

/** Turns passages and queries into unit vectors of one fixed size. */
export interface Embedder {
  /** Identifies the vector space; a persisted index built with another id is rebuilt. */
  readonly id: string;
  embedPassages(passages: readonly Passage[]): Promise<Float32Array[]>;
  embedQuery(query: string): Promise<Float32Array>;
  /**
   * The same vector as embedQuery for a query whose analyzed terms (analyzeText) are known
   * already; embedders that work on text rather than terms leave it out.
   */
  embedAnalyzedQuery?(terms: readonly string[]): Promise<Float32Array>;
}

/** What a passage is about, for embedding: section headings and text (not the article title). */
export function passageEmbeddingText(p: Passage): string {
  return [...p.headings, p.text].join('\n');
}

export type LsaEmbedderOptions = LsaOptions & {
  /**
   * Weight of vocabulary synonyms added to each passage while learning, so lay wordings get a
   * place in the latent space next to the clinical words they stand for. 0 turns it off.
   */
  passageSynonymWeight: number;
  /** Total weight of a query concept's alternative wordings when folding the query in. */
  queryAlternativeWeight: number;
};

export const DEFAULT_LSA_OPTIONS: LsaEmbedderOptions = {
  dimensions: 64,
  seed: 42,
  powerIterations: 3,
  oversample: 12,
  passageSynonymWeight: 0.3,
  queryAlternativeWeight: 0.6,
};

function passageBag(p: Passage, synonymWeight: number): TermBag {
  const terms = analyzeText(passageEmbeddingText(p));
  const bag = bagOf(terms);
  if (synonymWeight > 0) {
    for (const c of expandQuery(terms, { maxExpansionTerms: 64 }).concepts) {
      for (const alt of c.alternatives) bagOf(alt.terms, synonymWeight / alt.terms.length, bag);
    }
  }
  return bag;
}

/** The query's own terms at full weight, each concept's alternatives sharing a fraction. */
export function weightedQueryBag(expanded: ExpandedQuery, alternativeWeight: number): TermBag {
  const bag = bagOf(expanded.terms);
  const original = new Set(expanded.terms);
  for (const c of expanded.concepts) {
    if (c.alternatives.length === 0) continue;
    const share = alternativeWeight / Math.sqrt(c.alternatives.length);
    for (const alt of c.alternatives) {
      for (const t of alt.terms) if (!original.has(t)) bag.set(t, (bag.get(t) ?? 0) + share / alt.terms.length);
    }
  }
  return bag;
}

export type LsaEmbedder = Embedder & { readonly model: LsaModel; readonly options: LsaEmbedderOptions };

export function isLsaEmbedder(e: Embedder): e is LsaEmbedder {
  return 'model' in e && e.id.startsWith('lsa:');
}

/**
 * `trainedBags`: the bags the model was just learned from, by passage; the first embedPassages
 * call projects those instead of analysing and expanding every passage a second time.
 */
export function lsaEmbedderFromModel(model: LsaModel, options: LsaEmbedderOptions, trainedBags?: Map<Passage, TermBag>): LsaEmbedder {
  const known = (t: string) => model.termIndex.has(t);
  const embedTerms = (terms: readonly string[]) =>
    projectBag(model, weightedQueryBag(expandQuery(terms, { isKnownTerm: known }), options.queryAlternativeWeight));
  let reusable = trainedBags;
  return {
    id: `lsa:${model.dimensions}`,
    model,
    options,
    async embedPassages(passages) {
      const bags = reusable;
      reusable = undefined;
      return passages.map((p) => projectBag(model, bags?.get(p) ?? passageBag(p, options.passageSynonymWeight)));
    },
    async embedQuery(query) {
      return embedTerms(analyzeText(query));
    },
    async embedAnalyzedQuery(terms) {
      return embedTerms(terms);
    },
  };
}

/** `pause` runs between passages and SVD steps, so a cold build leaves the event loop free. */
export async function trainLsaEmbedder(
  passages: readonly Passage[],
  options: LsaEmbedderOptions = DEFAULT_LSA_OPTIONS,
  pause: Pause = createPause(),
): Promise<LsaEmbedder> {
  const bags: TermBag[] = [];
  for (const p of passages) {
    await pause();
    bags.push(passageBag(p, options.passageSynonymWeight));
  }
  const model = await trainLsa(bags, options, pause);
  return lsaEmbedderFromModel(model, options, new Map(passages.map((p, i) => [p, bags[i]!])));
}
