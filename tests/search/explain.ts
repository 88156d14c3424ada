/**
 * Explains one query (development aid): npx tsx tests/search/explain.ts "question"
 * Prints the analyzed plan (concepts and their alternatives) and the top 10 with scores.
 */
import { loadCorpusPassages } from '@/lib/corpus';
import { buildSearchIndex, createSearchEngine } from '@/lib/search';
import { planQuery } from '@/lib/search/query-plan';

const { passages } = await loadCorpusPassages('corpus');
const index = await buildSearchIndex(passages);
const engine = createSearchEngine(index);
const query = process.argv[2] ?? '';
const plan = planQuery(index, query);
console.log('corrections', plan.corrections);
for (const c of plan.expanded.concepts) console.log(`  [${c.terms.join(' ')}] -> ${c.alternatives.map((a) => a.phrase).join(' | ')}`);
const hits = await engine.search(query, { k: 10 });
hits.forEach((h, i) => console.log(`${i + 1}. ${h.score.toFixed(3)} ${h.id.slice(0, 3)}…${h.id.slice(-4)} ${h.text.slice(0, 100)}`));
