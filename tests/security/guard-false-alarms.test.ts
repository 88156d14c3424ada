/**
 * Issue 14 item 1, measured: the claim-level guard's false alarms on honest answers. The gold
 * sets (tests/gold) are the development sets; the frozen held-out set (tests/frozen) is read here
 * for the measurement only and never used to tune the guard. At most 2% of answers may be blocked.
 */
import { describe, expect, it } from 'vitest';
import { frozenAnswerSet } from '../frozen/answers';
import { heldoutQuestions } from '../gold/heldout';
import { holdoutQuestions } from '../gold/holdout';
import { retrievalQuestions } from '../gold/questions';
import { testConfig } from '../helpers/config';
import { falseAlarmFigures, replayQuestions } from './guard-replay';

const MAX_FALSE_ALARM_RATE = 0.02;

const goldQuestions = [...retrievalQuestions, ...heldoutQuestions, ...holdoutQuestions].map((q) => q.question);
const frozenQuestions = [...frozenAnswerSet.questions.map((q) => q.question), ...frozenAnswerSet.conversations.map((c) => c.turns[0]?.user ?? '')].filter(
  (q) => q !== '',
);

async function measure(name: string, questions: readonly string[]) {
  const figures = falseAlarmFigures(await replayQuestions(questions, testConfig({ LEGWISE_ANSWER_CACHE_ENTRIES: '0' })));
  console.log(
    `[guard] ${name}: ${figures.blocked}/${figures.answers} answers blocked (${(figures.rate * 100).toFixed(1)}%) ${JSON.stringify(figures.reasons)}`,
  );
  expect(figures.answers).toBeGreaterThan(questions.length / 2);
  expect(figures.rate).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
}

describe('claim guard false alarms on honest answers (remote-model path)', () => {
  it('blocks at most 2% of the gold sets (development)', () => measure('gold sets', goldQuestions), 300_000);
  it('blocks at most 2% of the frozen held-out set', () => measure('frozen held-out', frozenQuestions), 300_000);
});
