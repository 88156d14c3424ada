import { beforeAll, describe, expect, it } from 'vitest';
import { runQuestion, type FrozenQuestionResult } from '@/scripts/lib/eval/frozen';
import { directAnswerCases } from './direct-answer-cases';

/**
 * lead10's own tuning cases (tests/answer/direct-answer-cases.ts) through the whole offline turn:
 * how many name every expected fact and how many carry the core fact in the first sentence. The
 * floors are what `npx tsx` over the same cases measured when each composition change landed, so a
 * change that loses a direct lead fails here.
 */
const FLOORS = { named: 35, first: 30 } as const;

describe('own direct-answer cases (tuned on)', () => {
  let results: FrozenQuestionResult[] = [];
  beforeAll(async () => {
    results = [];
    for (const c of directAnswerCases) results.push(await runQuestion(c));
  }, 120_000);

  it('names every expected fact in at least the measured number of answers', () => {
    expect(results.filter((r) => r.named).length).toBeGreaterThanOrEqual(FLOORS.named);
  });

  it('carries the core fact in the first sentence in at least the measured number of answers', () => {
    expect(results.filter((r) => r.inFirstSentence).length).toBeGreaterThanOrEqual(FLOORS.first);
  });

  it('never repeats a sentence within an answer', () => {
    expect(results.filter((r) => r.repeat !== null).map((r) => r.id)).toEqual([]);
  });
});
