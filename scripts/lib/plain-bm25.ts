import { create, insertMultiple, search } from '@orama/orama';
import type { RankedPassage } from './retrieval-metrics';

export type PlainSearchIndex = {
  search: (query: string, k: number) => Promise<RankedPassage[]>;
};

/**
 * The baseline: a stock Orama BM25 index with default settings (no stemming, no stop words,
 * no expansion, no typo tolerance) over the same passage texts.
 */
export async function buildPlainBm25(passages: readonly RankedPassage[]): Promise<PlainSearchIndex> {
  const db = create({ schema: { text: 'string' } as const });
  await insertMultiple(
    db,
    passages.map((p) => ({ id: p.id, text: p.text })),
  );
  const byId = new Map(passages.map((p) => [p.id, p]));
  return {
    search: async (query, k) => {
      const result = await search(db, { term: query, limit: k });
      return result.hits.flatMap((hit) => {
        const passage = byId.get(hit.id);
        return passage ? [passage] : [];
      });
    },
  };
}
