import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@/lib/config';
import { loadCorpusPassages } from '@/lib/corpus';
import type { Passage } from '@/lib/corpus/schema';
import { holdoutQuestions } from '@/tests/gold/holdout';
import { retrievalQuestions } from '@/tests/gold/questions';
import { passageMatches } from '@/tests/gold/match';
import { createRetrievalEngines, DEFAULT_ENGINE, type NamedEngine } from '@/scripts/lib/engines';
import { figuresBy, missesAt, runRetrieval, summarizeOutcomes, type QuestionOutcome } from '@/scripts/lib/retrieval-metrics';

/** Quality gate over the hand-written gold set (a quality figure, not a timing one). */
const MIN_RECALL_AT_5 = 0.95;

let passages: Passage[] = [];
const outcomesByEngine = new Map<string, QuestionOutcome[]>();

function outcomesOf(name: string): QuestionOutcome[] {
  const outcomes = outcomesByEngine.get(name);
  if (!outcomes) throw new Error(`engine "${name}" was not evaluated`);
  return outcomes;
}

function describeMisses(outcomes: readonly QuestionOutcome[]): string {
  return missesAt(outcomes, 5)
    .map((o) => `${o.id} (rank ${o.rank ?? '>10'}): ${o.question}`)
    .join('\n');
}

beforeAll(async () => {
  ({ passages } = await loadCorpusPassages(getConfig().corpusDir));
  const engines: NamedEngine[] = await createRetrievalEngines(passages);
  for (const engine of engines) outcomesByEngine.set(engine.name, await runRetrieval(engine.search, retrievalQuestions));
});

describe('retrieval quality on the real corpus', () => {
  it('every gold question has at least one answering passage after chunking', () => {
    const unanswerable = [...retrievalQuestions, ...holdoutQuestions].filter((q) => !passages.some((p) => passageMatches(p, q.expect))).map((q) => q.id);
    expect(unanswerable).toEqual([]);
  });

  it(`our default search finds an answering passage in the top 5 for >= ${MIN_RECALL_AT_5 * 100}% of questions`, () => {
    const outcomes = outcomesOf(DEFAULT_ENGINE);
    const { recallAt5 } = summarizeOutcomes(outcomes);
    expect(recallAt5, `recall@5 ${recallAt5.toFixed(3)}; misses:\n${describeMisses(outcomes)}`).toBeGreaterThanOrEqual(MIN_RECALL_AT_5);
  });

  it('our default search beats plain Orama BM25 on everyday-language questions', () => {
    const ours = figuresBy(outcomesOf(DEFAULT_ENGINE), 'style').lay;
    const plain = figuresBy(outcomesOf('plain BM25'), 'style').lay;
    expect(ours && plain).toBeTruthy();
    expect(ours?.recallAt5).toBeGreaterThan(plain?.recallAt5 ?? 1);
    expect(ours?.mrr).toBeGreaterThan(plain?.mrr ?? 1);
  });
});
