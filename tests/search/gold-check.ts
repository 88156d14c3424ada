/**
 * Aggregate retrieval figures on the gold set for engine settings (development aid):
 *   npx tsx tests/search/gold-check.ts [variant-name-filter]
 */
import { loadCorpusPassages } from '@/lib/corpus';
import { buildSearchIndex, createSearchEngine, type EngineSettings, type SearchMode } from '@/lib/search';
import { DEFAULT_LSA_OPTIONS, type LsaEmbedderOptions } from '@/lib/search/embedder';
import { retrievalQuestions } from '@/tests/gold/questions';
import { passageMatches } from '@/tests/gold/match';

type Variant = [name: string, settings: Partial<EngineSettings>, lsa: Partial<LsaEmbedderOptions>, mode: SearchMode];

export const VARIANTS: Variant[] = [
  ['default hybrid', {}, {}, 'hybrid'],
  ['text', {}, {}, 'text'],
  ['vector', {}, {}, 'vector'],
  ['mmr .85', { mmrLambda: 0.85 }, {}, 'hybrid'],
  ['no mmr', { mmrLambda: 1 }, {}, 'hybrid'],
  ['lsa syn .5', {}, { passageSynonymWeight: 0.5 }, 'hybrid'],
  ['lsa qalt 1', {}, { queryAlternativeWeight: 1 }, 'hybrid'],
];

async function main() {
  const { passages } = await loadCorpusPassages('corpus');
  const only = process.argv[2];
  for (const [name, settings, lsa, mode] of VARIANTS) {
    if (only && !name.includes(only)) continue;
    const engine = createSearchEngine(await buildSearchIndex(passages, { settings, lsa: { ...DEFAULT_LSA_OPTIONS, ...lsa } }));
    let r1 = 0;
    let r5 = 0;
    let mrr = 0;
    const byStyle = new Map<string, [number, number]>();
    for (const q of retrievalQuestions) {
      const hits = await engine.search(q.question, { k: 5, mode });
      const rank = hits.findIndex((h) => passageMatches(h, q.expect));
      if (rank === 0) r1++;
      if (rank >= 0) {
        r5++;
        mrr += 1 / (rank + 1);
      }
      const s = byStyle.get(q.style) ?? [0, 0];
      byStyle.set(q.style, [s[0] + (rank >= 0 ? 1 : 0), s[1] + 1]);
    }
    const n = retrievalQuestions.length;
    const styles = [...byStyle].map(([s, [a, b]]) => `${s} ${a}/${b}`).join(' ');
    console.log(`${name.padEnd(20)} R@1 ${(r1 / n).toFixed(3)} R@5 ${(r5 / n).toFixed(3)} MRR ${(mrr / n).toFixed(3)}  ${styles}`);
  }
}

if (process.argv[1]?.endsWith('gold-check.ts')) await main();
