import { holdoutQuestions } from '@/tests/gold/holdout';
import { retrievalQuestions } from '@/tests/gold/questions';
import type { FrozenAnswerSet } from '@/tests/frozen/answers-schema';
import { createRetrievalEngines, DEFAULT_ENGINE, type NamedEngine } from '../engines';
import { figuresBy, missesAt, runRetrieval, summarizeOutcomes, type QuestionOutcome, type RecallFigures, type RetrievalCase } from '../retrieval-metrics';
import { DEV_ROUNDS, FROZEN_ROUNDS, loadFrozenSet, type AnswerRound } from './frozen';
import { formatNumber, printTable } from '../table';
import type { EvalContext, EvalSection } from './types';

const STYLE_ORDER = ['lay', 'clinical', 'typo', 'keyword', 'long'] as const;
const SOURCE_ORDER = ['prose', 'table', 'list', 'faq'] as const;
const ANSWER_STYLE_ORDER = ['lay', 'clinical', 'typo', 'keyword', 'long'] as const;

type EngineResult = {
  engine: string;
  overall: RecallFigures;
  byStyle: Record<string, RecallFigures>;
  bySource: Record<string, RecallFigures>;
  outcomes: QuestionOutcome[];
};

function printOverall(title: string, results: readonly EngineResult[]): void {
  printTable(
    `${title}: ${results[0]?.overall.n ?? 0} questions (hit = passage containing an expected fact)`,
    ['engine', 'recall@1', 'recall@5', 'MRR@10'],
    results.map((r) => [r.engine, r.overall.recallAt1, r.overall.recallAt5, r.overall.mrr]),
  );
}

function printSplit(
  title: string,
  results: readonly EngineResult[],
  groups: readonly string[],
  pick: (r: EngineResult) => Record<string, RecallFigures>,
): void {
  const counts = groups.map((g) => pick(results[0] ?? ({} as EngineResult))[g]?.n ?? 0);
  printTable(
    `${title} (recall@5 / MRR)`,
    ['engine', ...groups.map((g, i) => `${g} (${counts[i]})`)],
    results.map((r) => [
      r.engine,
      ...groups.map((g) => {
        const f = pick(r)[g];
        return f ? `${formatNumber(f.recallAt5, 2)} / ${formatNumber(f.mrr, 2)}` : '-';
      }),
    ]),
  );
}

function printMisses(title: string, result: EngineResult): void {
  const misses = missesAt(result.outcomes, 5);
  console.log(`\n${title}: misses of "${result.engine}" (no answering passage in the top 5): ${misses.length}`);
  for (const miss of misses) {
    console.log(`  ${miss.id} [${miss.style}/${miss.from}] rank=${miss.rank ?? '>10'}  ${miss.question}`);
    for (const [i, p] of miss.top.entries()) {
      console.log(`      ${i + 1}. ${p.docId}: ${p.text.slice(0, 110).replace(/\s+/g, ' ')}`);
    }
  }
}

async function evaluateSet(engines: readonly NamedEngine[], questions: readonly RetrievalCase[]): Promise<EngineResult[]> {
  const results: EngineResult[] = [];
  for (const engine of engines) {
    const outcomes = await runRetrieval(engine.search, questions);
    results.push({
      engine: engine.name,
      overall: summarizeOutcomes(outcomes),
      byStyle: figuresBy(outcomes, 'style'),
      bySource: figuresBy(outcomes, 'from'),
      outcomes,
    });
  }
  return results;
}

function toJson(results: readonly EngineResult[]) {
  return results.map(({ engine, overall, byStyle, bySource, outcomes }) => ({
    engine,
    overall,
    byStyle,
    bySource,
    ranks: Object.fromEntries(outcomes.map((o) => [o.id, o.rank])),
  }));
}

function printDefaultMisses(title: string, results: readonly EngineResult[]): void {
  const ours = results.find((r) => r.engine === DEFAULT_ENGINE);
  if (ours) printMisses(title, ours);
}

async function runRetrievalSection(context: EvalContext): Promise<unknown> {
  const engines = await createRetrievalEngines(context.passages);
  const main = await evaluateSet(engines, retrievalQuestions);
  printOverall('Gold set (tests/gold/questions.ts)', main);
  printSplit('By question style', main, STYLE_ORDER, (r) => r.byStyle);
  printSplit('By where the answer sits', main, SOURCE_ORDER, (r) => r.bySource);
  printDefaultMisses('Gold set', main);
  // Written after the search was tuned on the gold set: a check that it generalises.
  const holdout = await evaluateSet(engines, holdoutQuestions);
  printOverall('Held-out lay questions (tests/gold/holdout.ts)', holdout);
  printDefaultMisses('Held-out', holdout);
  const ours = engines.filter((e) => e.name === DEFAULT_ENGINE);
  const dev = await evaluateAnswerRounds(ours, DEV_ROUNDS, true);
  return {
    passages: context.passages.length,
    gold: { questions: retrievalQuestions.length, engines: toJson(main) },
    holdout: { questions: holdoutQuestions.length, engines: toJson(holdout) },
    dev,
  };
}

/**
 * An answer set's questions as retrieval cases: a passage answers when it holds a phrase of the
 * question's first group, the fact a direct answer leads with (from any article: the same fact is
 * often stated in several).
 */
function answerSetCases(set: FrozenAnswerSet): RetrievalCase[] {
  return set.questions.map((q) => ({ id: q.id, question: q.question, style: q.style, from: q.from, expect: [{ any: q.expect[0] ?? [] }] }));
}

/**
 * Retrieval on the answer sets. The dev set is tuned on, so its misses are printed; the frozen
 * rounds are held out, so only their figures are (never a question or a miss).
 */
async function evaluateAnswerRounds(engines: readonly NamedEngine[], rounds: readonly AnswerRound[], showMisses: boolean) {
  const figures: Record<string, { overall: RecallFigures; byStyle: Record<string, RecallFigures> }> = {};
  for (const round of rounds) {
    const set = await loadFrozenSet(round);
    if (!set) continue;
    const [result] = await evaluateSet(engines, answerSetCases(set));
    if (!result) continue;
    figures[round.label] = { overall: result.overall, byStyle: result.byStyle };
    printOverall(`Answer set ${round.file} (${round.label}; hit = passage holding the leading fact)`, [result]);
    printSplit('By question style', [result], ANSWER_STYLE_ORDER, (r) => r.byStyle);
    if (showMisses) printMisses(round.label, result);
  }
  return figures;
}

export const retrievalSection: EvalSection = {
  name: 'retrieval',
  description: 'recall@1, recall@5 and MRR of our search modes vs. a plain Orama BM25 index (gold, old hold-out, dev: all tuned on)',
  run: runRetrievalSection,
};

async function runHeldoutRetrievalSection(context: EvalContext): Promise<unknown> {
  const engines = await createRetrievalEngines(context.passages);
  return evaluateAnswerRounds(
    engines.filter((e) => e.name === DEFAULT_ENGINE),
    FROZEN_ROUNDS,
    false,
  );
}

export const heldoutRetrievalSection: EvalSection = {
  name: 'retrieval-heldout',
  description: 'recall@1, recall@5 and MRR of our search on the frozen answer rounds (held out: figures only)',
  run: runHeldoutRetrievalSection,
};
