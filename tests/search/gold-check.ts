/**
 * Retrieval figures on the gold set and the held-out set for engine variants (development aid):
 *   npx tsx tests/search/gold-check.ts [variant-name-filter] [--misses]
 * Searches like the eval and the quality gate do (top 10, recall counted in the first 5).
 */
import { loadCorpusPassages } from '@/lib/corpus';
import { buildSearchIndex, createSearchEngine, type EngineSettings, type SearchEngine, type SearchMode } from '@/lib/search';
import { DEFAULT_LSA_OPTIONS, type LsaEmbedderOptions } from '@/lib/search/embedder';
import { heldoutFirstBatch, heldoutSecondBatch } from '@/tests/gold/heldout';
import { passageMatches } from '@/tests/gold/match';
import { retrievalQuestions } from '@/tests/gold/questions';
import type { RetrievalQuestion } from '@/tests/gold/schema';

type Variant = [name: string, settings: Partial<EngineSettings>, lsa: Partial<LsaEmbedderOptions>, mode: SearchMode];

export const VARIANTS: Variant[] = [
  ['default hybrid', {}, {}, 'hybrid'],
  ['text', {}, {}, 'text'],
  ['vector', {}, {}, 'vector'],
  ['no mmr', { mmrLambda: 1 }, {}, 'hybrid'],
  ['mmr near-duplicates only (.75)', { mmrDuplicateSimilarity: 0.75 }, {}, 'hybrid'],
  ['mmr near-duplicates only (.9)', { mmrDuplicateSimilarity: 0.9 }, {}, 'hybrid'],
  ['mmr pool 2k', { mmrPoolFactor: 2 }, {}, 'hybrid'],
  ['mmr pool 8k', { mmrPoolFactor: 8 }, {}, 'hybrid'],
  ['synonyms .6/.6 (old)', { alternativeWeight: 0.6, unknownWordAlternativeWeight: 0.6 }, {}, 'hybrid'],
  ['fusion rrf', { fusion: 'rrf' }, {}, 'hybrid'],
  ['fusion orama', { fusion: 'orama' }, {}, 'hybrid'],
];

type Outcome = { q: RetrievalQuestion; rank: number | null; top: string[] };

async function outcomesOf(engine: SearchEngine, mode: SearchMode, questions: readonly RetrievalQuestion[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const q of questions) {
    const hits = await engine.search(q.question, { k: 10, mode });
    const i = hits.findIndex((h) => passageMatches(h, q.expect));
    out.push({ q, rank: i < 0 ? null : i + 1, top: hits.slice(0, 5).map((h) => `${h.id.slice(0, 3)}…${h.id.slice(-4)} ${h.text.slice(0, 90)}`) });
  }
  return out;
}

function figures(outcomes: readonly Outcome[]): string {
  const n = outcomes.length;
  if (n === 0) return '-';
  const within = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n;
  const mrr = outcomes.reduce((s, o) => s + (o.rank === null ? 0 : 1 / o.rank), 0) / n;
  return `${within(1).toFixed(3)}/${within(5).toFixed(3)}/${mrr.toFixed(3)} (${n})`;
}

function printMisses(label: string, outcomes: readonly Outcome[]): void {
  for (const o of outcomes.filter((x) => x.rank === null || x.rank > 5)) {
    console.log(`  ${label} ${o.q.id} [${o.q.style}] rank=${o.rank ?? '>10'} ${o.q.question}`);
    for (const t of o.top) console.log(`      ${t}`);
  }
}

async function main() {
  const { passages } = await loadCorpusPassages('corpus');
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const only = args.find((a) => !a.startsWith('--'));
  console.log('R@1/R@5/MRR@10: gold all | gold lay | gold other | held-out batch 1 | held-out batch 2');
  for (const [name, settings, lsa, mode] of VARIANTS) {
    if (only && !name.includes(only)) continue;
    const engine = createSearchEngine(await buildSearchIndex(passages, { settings, lsa: { ...DEFAULT_LSA_OPTIONS, ...lsa } }));
    const gold = await outcomesOf(engine, mode, retrievalQuestions);
    const held = await outcomesOf(engine, mode, heldoutFirstBatch);
    const held2 = await outcomesOf(engine, mode, heldoutSecondBatch);
    const lay = gold.filter((o) => o.q.style === 'lay');
    const other = gold.filter((o) => o.q.style !== 'lay');
    console.log(`${name.padEnd(32)} ${figures(gold)} | ${figures(lay)} | ${figures(other)} | ${figures(held)} | ${figures(held2)}`);
    const missIds = (os: readonly Outcome[]) =>
      os
        .filter((o) => o.rank === null || o.rank > 5)
        .map((o) => `${o.q.id}@${o.rank ?? '-'}`)
        .join(' ');
    console.log(`   misses: ${missIds(gold)} || ${missIds(held)} || ${missIds(held2)}`);
    if (showMisses) {
      printMisses('gold', gold);
      printMisses('held', held);
      printMisses('held2', held2);
    }
  }
}

if (process.argv[1]?.endsWith('gold-check.ts')) await main();
