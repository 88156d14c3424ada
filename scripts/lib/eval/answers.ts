/**
 * The "answers" section of `npm run eval`: the offline answer engine (collectTurn with the
 * extractive model) over the whole gold set, checked for what a reader relies on: the answer names
 * the expected fact, every sentence is backed by the quote it cites, the disclaimer is always the
 * same, and notFound / urgent are set where they should be. tests/gold/answers.test.ts runs the
 * same checks with floors. The pieces live beside it: answer-text (markers, support), facts,
 * gold-run (running the sets, figures), frozen (the held-out set).
 */
import { formatMs, printTable } from '../table';
import { SUPPORT_DEFINITION } from './answer-text';
import { REPEAT_DEFINITION } from './answer-shape';
import { FACT_DEFINITION } from './facts';
import { answerFailures, runGoldAnswers, summarizeAnswers, type AnswerFailure, type AnswerFigures } from './gold-run';
import { percent as pct, ratio, type Rate } from './rates';
import type { EvalContext, EvalSection } from './types';

export * from './answer-text';
export * from './facts';
export * from './gold-run';
export * from './answer-shape';

function printFigures(f: AnswerFigures): void {
  const rows: Array<[string, Rate]> = [
    ['retrieval questions: answered (not notFound)', f.retrieval.answered],
    ['retrieval questions: answer names the expected fact', f.retrieval.namesFact],
    ['  of which by an expected phrase', f.retrieval.namesFactByPhrase],
    ['retrieval questions: expected phrase in the first sentence', f.retrieval.factInFirstSentence],
    ['retrieval questions answered: two sentences saying the same', f.retrieval.repeats],
    ['retrieval questions: citations valid', f.retrieval.citationsValid],
    ['retrieval questions: marked urgent (informational)', f.retrieval.markedUrgent],
    ['conversation turns naming a mustMention fact', f.conversations.turnsPassing],
    ['conversations with every turn passing', f.conversations.conversationsPassing],
    ['mustMention facts named (all listed phrases)', f.conversations.factsNamed],
    ['conversation turns: citations valid', f.conversations.citationsValid],
    ['out-of-scope: notFound', f.outOfScope.notFound],
    ['urgent: marked urgent', f.urgent.urgent],
    ['not urgent: false alarm (marked urgent)', f.notUrgent.falseAlarm],
    ['all turns: disclaimer identical', f.all.disclaimerIdentical],
    ['all turns: citations valid', f.all.citationsValid],
  ];
  printTable(
    `Answers over ${f.all.turns} gold turns (offline default: extractive model)`,
    ['figure', 'count', 'rate'],
    rows.map(([label, r]) => [label, ratio(r), pct(r)]),
  );
  if (f.retrieval.urgentIds.length > 0) console.log(`\nRetrieval questions marked urgent: ${f.retrieval.urgentIds.join(', ')}`);
  console.log(`\nRetrieval questions answered: median words ${f.retrieval.medianWords}`);
  printTable(
    'Answer time per turn',
    ['figure', 'value'],
    [
      ['p50', formatMs(f.all.p50Ms)],
      ['p95', formatMs(f.all.p95Ms)],
    ],
  );
  console.log(`\nDefinitions:\n  ${FACT_DEFINITION}\n  ${SUPPORT_DEFINITION}\n  ${REPEAT_DEFINITION}`);
}

function printFailures(failures: readonly AnswerFailure[]): void {
  console.log(`\nFailures: ${failures.length}`);
  for (const f of failures) console.log(`  ${f.id}  [${f.reason}]\n      ${f.answer}`);
}

async function runAnswersSection(context: EvalContext): Promise<unknown> {
  const turns = await runGoldAnswers({ passages: context.passages });
  const figures = summarizeAnswers(turns);
  const failures = answerFailures(turns);
  printFigures(figures);
  printFailures(failures);
  return { ...figures, failures, definitions: { fact: FACT_DEFINITION, support: SUPPORT_DEFINITION } };
}

export const answersSection: EvalSection = {
  name: 'answers',
  description: 'offline answers over the gold set: fact named, cited quotes support it, follow-ups, notFound, urgent',
  run: runAnswersSection,
};
