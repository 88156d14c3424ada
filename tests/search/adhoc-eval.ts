/**
 * Ad-hoc retrieval check used while tuning lib/search (not a Vitest test, not the gold set):
 *   npx tsx tests/search/adhoc-eval.ts
 * Fifteen everyday-language questions, each judged relevant by a pattern over passage text
 * written from reading the articles, plus off-topic questions for the score calibration.
 */
import { loadCorpusPassages, type Passage } from '@/lib/corpus';
import { buildSearchIndex, createSearchEngine, type EngineSettings, type SearchEngine, type SearchMode } from '@/lib/search';
import { DEFAULT_LSA_OPTIONS, type LsaEmbedderOptions } from '@/lib/search/embedder';

type Question = { q: string; typo?: string; relevant: (text: string) => boolean };

const has =
  (...patterns: RegExp[]) =>
  (text: string) =>
    patterns.every((p) => p.test(text));
const any =
  (...patterns: RegExp[]) =>
  (text: string) =>
    patterns.some((p) => p.test(text));

export const ADHOC_QUESTIONS: Question[] = [
  { q: 'why do I keep getting charley horses at night?', typo: 'why do I keep getting charley horses at nigth', relevant: has(/night/i, /cramp/i) },
  {
    q: "I'm always worn out and my legs feel like jelly, could it be my iron?",
    typo: 'always wornout and legs like jelly, could it be my irn',
    relevant: has(/iron|anemia/i, /fatigue|weak|tired/i),
  },
  {
    q: 'what foods should I eat to get more magnesium',
    typo: 'what food should i eat to get more magnesum',
    relevant: has(/magnesium/i, /leafy|nuts|seeds|spinach|almond|whole grain/i),
  },
  { q: 'I have pins and needles in my feet', typo: 'i have pins and neddles in my feet', relevant: any(/tingling/i, /paresthesia/i) },
  { q: 'can water pills make my legs weak?', typo: 'can water pils make my legs weak', relevant: has(/diuretic/i) },
  { q: 'do cholesterol pills cause muscle pain?', typo: 'do cholestrol pills cause muscel pain', relevant: has(/statin/i) },
  { q: 'how do I get enough of the sunshine vitamin?', typo: 'how do i get enuogh of the sunshin vitamin', relevant: has(/sun/i, /vitamin d/i) },
  {
    q: 'is it dangerous to take lots of supplements?',
    typo: 'is it dangerus to take lots of suplements',
    relevant: has(/supplement/i, /excessive|harmful|high doses|self-treating|not recommended/i),
  },
  { q: 'my calves cramp when I walk and it stops when I rest', typo: 'my calfs cramp when i walk and it stops when i rest', relevant: has(/claudication/i) },
  { q: "I'm vegan, do I need to worry about B12?", typo: 'im vegen, do i need to worry about b12', relevant: has(/vegan/i) },
  {
    q: 'could a slipped disc make my leg weak?',
    typo: 'could a sliped disk make my leg weak',
    relevant: any(/herniated disc/i, /nerve compression/i, /sciatica/i),
  },
  {
    q: 'my legs feel heavy when I have not been drinking enough water',
    typo: 'legs feel heavey when i have not been drinking enough watter',
    relevant: has(/dehydration/i, /heavy|heaviness|weak/i),
  },
  { q: 'do antacids mess with magnesium?', typo: 'do antacids mess with magnesum', relevant: has(/proton pump/i) },
  { q: "how would a doctor find out which vitamin I'm missing?", typo: 'how would a docter find out which vitamin im missing', relevant: has(/blood test/i) },
  { q: 'restless legs and low iron', typo: 'restles legs and low irn', relevant: has(/restless legs|RLS/i, /iron/i) },
];

export const OFF_TOPIC = [
  'how do I treat a sprained ankle',
  'what is the best running shoe',
  'symptoms of covid',
  'can I take ibuprofen with alcohol',
  'how do I lower my blood pressure naturally',
  'what causes hair loss',
  'is coffee bad for my kidneys',
  'how to cure a hangover',
];

type Metrics = { hit: number; mrr: number; precision: number; topScores: number[] };

async function evaluate(engine: SearchEngine, mode: SearchMode, useTypos: boolean, k = 5): Promise<Metrics> {
  let hit = 0;
  let mrr = 0;
  let precision = 0;
  const topScores: number[] = [];
  for (const question of ADHOC_QUESTIONS) {
    const hits = await engine.search(useTypos && question.typo ? question.typo : question.q, { k, mode });
    const rel = hits.map((h: Passage) => question.relevant(`${h.headings.join(' ')} ${h.text}`));
    const first = rel.indexOf(true);
    if (first >= 0) {
      hit++;
      mrr += 1 / (first + 1);
    }
    precision += rel.filter(Boolean).length / k;
    topScores.push(hits[0]?.score ?? 0);
  }
  const n = ADHOC_QUESTIONS.length;
  return { hit: hit / n, mrr: mrr / n, precision: precision / n, topScores };
}

async function offTopicScores(engine: SearchEngine): Promise<number[]> {
  const out: number[] = [];
  for (const q of OFF_TOPIC) out.push((await engine.search(q, { k: 5 }))[0]?.score ?? 0);
  return out;
}

const fmt = (m: Metrics) => `hit@5 ${(m.hit * 100).toFixed(0).padStart(3)}%  MRR ${m.mrr.toFixed(2)}  P@5 ${m.precision.toFixed(2)}`;

async function main() {
  const { passages } = await loadCorpusPassages('corpus');
  const variants: Array<{ name: string; settings?: Partial<EngineSettings>; lsa?: Partial<LsaEmbedderOptions>; modes?: SearchMode[] }> = [
    { name: 'default', modes: ['hybrid', 'text', 'vector'] },
    {
      name: 'no expansion',
      settings: { alternativeWeight: 0 },
      lsa: { queryAlternativeWeight: 0, passageSynonymWeight: 0 },
      modes: ['hybrid', 'text', 'vector'],
    },
    { name: 'no passage synonyms (LSA)', lsa: { passageSynonymWeight: 0 }, modes: ['hybrid', 'vector'] },
    { name: 'fusion rrf', settings: { fusion: 'rrf' } },
    { name: 'fusion orama hybrid', settings: { fusion: 'orama' } },
    { name: 'no MMR (lambda 1)', settings: { mmrLambda: 1 } },
    { name: 'mmr 0.6', settings: { mmrLambda: 0.6 } },
    { name: 'prefix always', settings: { prefixMinLength: 0 } },
    { name: 'whole tokens only', settings: { prefixMinLength: Infinity } },
    { name: 'spelling: orama tolerance', settings: { spelling: 'tolerance' } },
    { name: 'spelling: none', settings: { spelling: 'none' } },
    { name: 'LSA k=32', lsa: { dimensions: 32 }, modes: ['hybrid', 'vector'] },
    { name: 'LSA k=64', lsa: { dimensions: 64 }, modes: ['hybrid', 'vector'] },
    { name: 'LSA k=128', lsa: { dimensions: 128 }, modes: ['hybrid', 'vector'] },
    { name: 'LSA k=160', lsa: { dimensions: 160 }, modes: ['hybrid', 'vector'] },
  ];
  const only = process.argv[2];
  for (const v of variants) {
    if (only && !v.name.includes(only)) continue;
    const started = performance.now();
    const index = await buildSearchIndex(passages, { settings: v.settings, lsa: { ...DEFAULT_LSA_OPTIONS, ...v.lsa } });
    const buildMs = performance.now() - started;
    const engine = createSearchEngine(index);
    for (const mode of v.modes ?? ['hybrid']) {
      const clean = await evaluate(engine, mode, false);
      const typo = await evaluate(engine, mode, true);
      console.log(`${`${v.name} [${mode}]`.padEnd(40)} ${fmt(clean)} | typos: ${fmt(typo)} | build ${buildMs.toFixed(0)}ms`);
      if (v.name === 'default' && mode === 'hybrid') {
        const off = await offTopicScores(engine);
        console.log(`   top scores on-topic: ${clean.topScores.map((s) => s.toFixed(2)).join(' ')}`);
        console.log(`   top scores off-topic: ${off.map((s) => s.toFixed(2)).join(' ')}`);
      }
    }
  }
}

if (process.argv[1]?.endsWith('adhoc-eval.ts')) await main();
