/**
 * Issue 14 item 4: an upstream answer is bounded. A flooding upstream (real loopback HTTP) gets its
 * answer cut at ANSWER_MAX_CHARS with a note, the request carries an output-token limit, and text
 * with no sentence end never piles up unchecked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectTurn } from '@/lib/chat/collect';
import { ANSWER_CUT_NOTE } from '@/lib/chat/generate';
import { MAX_UNIT_CHARS, SentenceSplitter } from '@/lib/guard/sentence-stream';
import type { AppConfig } from '@/lib/config';
import { testConfig } from '../helpers/config';
import { FAKE_MODEL, startFakeOpenAIServer, type FakeOpenAIServer, type FakeReply } from '../helpers/fake-openai-server';
import { userMessage } from '../helpers/ui-stream';

const QUESTION = 'Which mineral deficiency causes cramps in the legs?';
const MAX_CHARS = 3000;
const FLOOD_CHARS = 20 * 1024 * 1024;
let server: FakeOpenAIServer;
let config: AppConfig;

beforeAll(async () => {
  server = await startFakeOpenAIServer();
  config = testConfig({
    OPENAI_BASE_URL: server.baseURL,
    OPENAI_MODEL: FAKE_MODEL,
    MODEL_FIRST_TOKEN_TIMEOUT_MS: '2000',
    MODEL_TIMEOUT_MS: '8000',
    ANSWER_MAX_CHARS: String(MAX_CHARS),
    MODEL_MAX_OUTPUT_TOKENS: '900',
  });
});
afterAll(() => server.close());

function ask(reply: FakeReply) {
  server.setReply(reply);
  return collectTurn({ messages: [userMessage(QUESTION)], config });
}

describe('a flooding upstream', () => {
  it('gets its answer cut at the character cap with a note, and the upstream is hung up on', async () => {
    const before = server.clientDisconnects;
    const started = performance.now();
    const result = await ask({ kind: 'flood', chunk: 'Low magnesium can cause leg cramps [1]. ', totalChars: FLOOD_CHARS });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.model).toBe(`openai-compatible:${FAKE_MODEL}`);
    expect(result.fallbackReason).toBeUndefined();
    expect(result.answer.endsWith(ANSWER_CUT_NOTE.trim())).toBe(true);
    expect(result.answer.length).toBeLessThanOrEqual(MAX_CHARS + ANSWER_CUT_NOTE.length + 100);
    expect(result.citations.length).toBeGreaterThan(0);
    await server.waitForDisconnects(before + 1);
  });

  it('falls back, bounded, when the flood has no sentence end at all', async () => {
    const started = performance.now();
    const result = await ask({ kind: 'flood', chunk: 'x'.repeat(1000), totalChars: FLOOD_CHARS });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.model).toBe('extractive');
    expect(result.answer).not.toContain('xxxx');
  });

  it('asks the upstream for at most MODEL_MAX_OUTPUT_TOKENS', async () => {
    server.requests.length = 0;
    await ask({ kind: 'text', chunks: ['Low magnesium can cause leg cramps [1].'] });
    const body = server.requests[0]?.body as Record<string, unknown>;
    expect(body.max_tokens ?? body.max_completion_tokens).toBe(900);
  });
});

describe('SentenceSplitter bounds', () => {
  it('cuts a unit with no sentence end at MAX_UNIT_CHARS', () => {
    const splitter = new SentenceSplitter();
    const units = Array.from({ length: 100 }, () => splitter.push('y'.repeat(997))).flat();
    expect(units.every((u) => u.length <= MAX_UNIT_CHARS)).toBe(true);
    expect(units.join('').length + splitter.end().length).toBe(99_700);
  });
});
