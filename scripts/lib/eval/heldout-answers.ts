/**
 * The "answers-heldout" section of `npm run eval`: each frozen held-out answer round, reported apart
 * from the tuned gold sets; and "answers-dev", the development set in the same schema, reported as
 * tuned. Only figures are printed; each item's outcome goes to --json.
 */
import { printTable } from '../table';
import { REPEAT_DEFINITION } from './answer-shape';
import { DEV_ROUNDS, FROZEN_ROUNDS, loadFrozenSet, type AnswerRound, MAX_SMALL_TALK_WORDS, runFrozenSet, summarizeFrozen, type FrozenFigures } from './frozen';
import { percent as pct, ratio, type Rate } from './rates';
import type { EvalSection } from './types';

// The targets for the held-out set: [figure, target, higher is better].
const TARGETS: ReadonlyArray<[keyof FrozenFigures, string, number, boolean]> = [
  ['namesFact', 'expected fact named (every group)', 0.92, true],
  ['factInFirstSentence', 'core fact in the first sentence', 0.85, true],
  ['repeats', 'answers with two sentences saying the same', 0.03, false],
  ['coveredRefused', 'covered questions refused', 0.02, false],
  ['offTopicAnswered', 'declines answered', 0.03, false],
  ['followUpTurnsRight', 'follow-up turns right (turn 2 and 3)', 0.9, true],
];

function printFigures(title: string, f: FrozenFigures): void {
  const rows = TARGETS.map(([key, label, target, higher]) => {
    const r = f[key] as Rate;
    const met = higher ? r.rate >= target : r.rate <= target;
    return [label, ratio(r), pct(r), `${higher ? '>=' : '<='} ${(target * 100).toFixed(0)}%`, met ? 'met' : 'NOT met'];
  });
  rows.push(['small talk replied properly', ratio(f.smallTalkProper), pct(f.smallTalkProper), '', '']);
  rows.push(['all conversation turns right', ratio(f.conversationTurnsRight), pct(f.conversationTurnsRight), '', '']);
  printTable(title, ['figure', 'count', 'rate', 'target', ''], rows);
  console.log(`\nMedian words per answered question: ${f.medianWords}`);
  printTable(
    'Expected fact named, by style',
    ['style', 'count', 'rate'],
    Object.entries(f.byStyle).map(([k, r]) => [k, ratio(r), pct(r)]),
  );
  printTable(
    'Expected fact named, by kind',
    ['kind', 'count', 'rate'],
    Object.entries(f.byKind).map(([k, r]) => [k, ratio(r), pct(r)]),
  );
  printTable(
    'Declines answered, by category',
    ['category', 'count', 'rate'],
    Object.entries(f.declinesAnsweredByCategory).map(([k, r]) => [k, ratio(r), pct(r)]),
  );
  console.log(
    `\nDefinitions:\n  named: every expect group has a phrase in the answer (markers and server notices removed).\n` +
      `  first sentence: the first group has a phrase in the answer's first sentence (or first bullet).\n  ${REPEAT_DEFINITION}\n` +
      `  small talk proper: metadata smallTalk, not notFound, no citation, the disclaimer intact, <= ${MAX_SMALL_TALK_WORDS} words.\n` +
      `  follow-up turn right: declined turns notFound; others every group named and no mustNotMention phrase.`,
  );
}

async function runRounds(rounds: readonly AnswerRound[], title: (label: string) => string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const round of rounds) {
    const set = await loadFrozenSet(round);
    if (!set) {
      console.log(`\n${round.label}: ${round.file} is not there: nothing to report.`);
      out[round.label] = { missing: true };
      continue;
    }
    const results = await runFrozenSet(set);
    const figures = summarizeFrozen(results);
    printFigures(title(round.label), figures);
    out[round.label] = { ...figures, results };
  }
  return out;
}

export const heldoutAnswersSection: EvalSection = {
  name: 'answers-heldout',
  description: `offline answers over each frozen held-out round (${FROZEN_ROUNDS.map((r) => r.file).join(', ')}), each apart from the others and from the tuned sets`,
  run: () => runRounds(FROZEN_ROUNDS, (label) => `Frozen answers, ${label} (never tuned on)`),
};

export const devAnswersSection: EvalSection = {
  name: 'answers-dev',
  description: `offline answers over the development set (${DEV_ROUNDS[0].file}): independently written, but tuned on`,
  run: () => runRounds(DEV_ROUNDS, (label) => `Development answers, ${label}: TUNED, not held out`),
};
