import { describe, expect, it } from 'vitest';
import { collectTurn } from '@/lib/chat/collect';
import { createExtractiveSelection } from '@/lib/chat/models';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { testConfig } from '../helpers/config';
import { OWN_COVERED, OWN_DECLINES } from './own-coverage-cases';

/**
 * The coverage decision on our own cases, through the whole offline turn (triage, analysis,
 * retrieval over the real corpus, grounding, the extractive model). Floors at what the engine
 * measured last (8 of 80 covered questions refused, 18 of 60 questions to decline answered; the
 * 20 + 20 cases added in session 8 measured 3 and 8 on first run), so a change that makes either
 * worse fails; the targets are far lower.
 */

const config = testConfig({});
const MAX_COVERED_REFUSED = 8;
const MAX_DECLINES_ANSWERED = 18;

async function answered(question: string): Promise<boolean> {
  const messages: LegwiseUIMessage[] = [{ id: 'u', role: 'user', parts: [{ type: 'text', text: question }] }];
  const result = await collectTurn({ messages, config, model: createExtractiveSelection() });
  return !result.notFound && !result.smallTalk;
}

async function count(questions: readonly string[], wanted: boolean): Promise<string[]> {
  const wrong: string[] = [];
  for (const q of questions) if ((await answered(q)) !== wanted) wrong.push(q);
  return wrong;
}

describe('coverage on our own cases', () => {
  it('answers the covered questions, in everyday words and with typos', async () => {
    const refused = await count(OWN_COVERED, true);
    expect(refused.length, refused.join('\n')).toBeLessThanOrEqual(MAX_COVERED_REFUSED);
  }, 60_000);

  it('declines questions the articles do not answer', async () => {
    const answeredWrongly = await count(OWN_DECLINES, false);
    expect(answeredWrongly.length, answeredWrongly.join('\n')).toBeLessThanOrEqual(MAX_DECLINES_ANSWERED);
  }, 60_000);

  it('always declines plainly off-topic questions', async () => {
    for (const q of ['how do I change a flat tyre?', 'can you explain how vaccines work?']) expect(await answered(q), q).toBe(false);
  }, 60_000);
});
