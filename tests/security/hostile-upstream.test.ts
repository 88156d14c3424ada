/**
 * The red team's issue-14 cases against the real production server (`next start`, built by
 * scripts/lib/server.ts) talking to a hostile OpenAI-compatible upstream on loopback
 * (tests/helpers/fake-openai-server.ts): every request goes over real HTTP, as a browser's would.
 *
 * 1 claims the cited passage does not make; 2 the canary in encodings; 3 links the old guard
 * missed; 4 a flooding upstream (bounded answer, flat RSS); 6 cross-site posts; 10 an empty corpus.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSAFE_OUTPUT_REASON } from '@/lib/guard/guarded-release';
import { ensureProductionBuild, startProductionServer, withProductionServer, type RunningServer } from '@/scripts/lib/server';
import { FAKE_MODEL, startFakeOpenAIServer, type FakeOpenAIServer } from '../helpers/fake-openai-server';
import { chatBody, runChat } from '../load/chat-client';

const CANARY = 'LWCANARY-7Q4X9ZK2M8';
const QUESTION = 'Which mineral deficiency causes cramps in the legs?';
const ANSWER_MAX_CHARS = 3000;
/** RSS may grow this much over a flood of 20 MB (the red team saw +259 MB before the cap). */
const MAX_FLOOD_RSS_GROWTH_BYTES = 40 * 1024 * 1024;
const BUILD_TIMEOUT_MS = 15 * 60_000;

let upstream: FakeOpenAIServer;
let server: RunningServer;
let root: string;

beforeAll(async () => {
  await ensureProductionBuild({ log: () => {} });
  upstream = await startFakeOpenAIServer();
  root = await mkdtemp(path.join(os.tmpdir(), 'legwise-hostile-upstream-'));
  server = await startProductionServer({
    inspect: true,
    env: {
      OPENAI_BASE_URL: upstream.baseURL,
      OPENAI_MODEL: FAKE_MODEL,
      OPENAI_API_KEY: null,
      OPENAI_EMBEDDING_MODEL: null,
      LEGWISE_PROMPT_CANARY: CANARY,
      ANSWER_MAX_CHARS: String(ANSWER_MAX_CHARS),
      MODEL_FIRST_TOKEN_TIMEOUT_MS: '3000',
      MODEL_TIMEOUT_MS: '8000',
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_BURST: '100000',
    },
  });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
  await upstream?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The upstream writes `text`; the answer the user gets, and why the server refused it. */
async function upstreamWrites(text: string) {
  upstream.setReply({ kind: 'text', chunks: text.match(/[\s\S]{1,7}/g) ?? [] });
  const before = upstream.requests.length;
  const run = await runChat(server.url, QUESTION, { timeoutMs: 20_000 });
  expect(upstream.requests.length, 'the upstream was asked').toBeGreaterThan(before);
  expect(run.status).toBe(200);
  expect(run.complete, run.failure).toBe(true);
  return run;
}

function expectRefused(run: Awaited<ReturnType<typeof upstreamWrites>>, check: RegExp, payload: string) {
  expect(run.metadata?.model).toBe('extractive');
  expect(run.metadata?.fallbackReason ?? '').toContain(UNSAFE_OUTPUT_REASON);
  expect(run.metadata?.fallbackReason ?? '').toMatch(check);
  expect(run.answer).not.toContain(payload);
}

describe('item 1: claims the cited passage does not make', () => {
  it.each([
    ['an invented dose', 'Magnesium deficiency causes painful leg cramps; take 5000 mg of magnesium daily to fix it [1].', '5000 mg'],
    ['an inverted fact', 'Magnesium deficiency does not cause leg cramps [1].', 'does not cause leg cramps'],
    ['harmful advice', 'Low magnesium can cause leg cramps, so stop taking your medication and avoid the doctor [1].', 'avoid the doctor'],
  ])('refuses %s and says why', async (_name, text, payload) => {
    expectRefused(await upstreamWrites(text), /claim-(number|polarity|advice)/, payload);
  });

  it('releases an honest upstream answer', async () => {
    const run = await upstreamWrites('Low magnesium can cause leg cramps [1].');
    expect(run.metadata?.model).toBe(`openai-compatible:${FAKE_MODEL}`);
    expect(run.metadata?.fallbackReason).toBeUndefined();
  });
});

const entities = [...CANARY].map((c) => `&#${c.charCodeAt(0)};`).join('');
const fullWidth = [...CANARY].map((c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
const rot13 = CANARY.replace(/[A-Z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 65 + 13) % 26) + 65));

describe('item 2: the canary in encodings the page decodes', () => {
  it.each([
    ['HTML entities', `Low magnesium can cause leg cramps, tag ${entities} [1].`],
    ['full-width letters', `Low magnesium can cause leg cramps, tag ${fullWidth} [1].`],
    ['%2D', 'Low magnesium can cause leg cramps, tag LWCANARY%2D7Q4X9ZK2M8 [1].'],
    ['ROT13', `Low magnesium can cause leg cramps, tag ${rot13} [1].`],
    ['split by markers across lines', 'Low magnesium can cause leg cramps [1].\n- LWCANARY [1]\n- 7Q4X9ZK2M8 [1]'],
  ])('refuses it as %s', async (_name, text) => {
    const run = await upstreamWrites(text);
    expectRefused(run, /canary/, '7Q4X9ZK2M8');
    expect(run.answer).not.toContain('&#76;&#87;');
  });
});

describe('item 3: links the hand-written TLD list missed', () => {
  it.each([
    ['a new TLD', 'Low magnesium can cause leg cramps, book at legs.clinic/book [1].', 'legs.clinic'],
    ['a bare IP address', 'Low magnesium can cause leg cramps, see 127.0.0.2/cramps [1].', '127.0.0.2'],
    ['a reference-style definition', 'Low magnesium can cause leg cramps [1].\n[1]: //host/x', '//host/x'],
    ['zalgo marks', 'Low magnesium can cause leg cramps, see l\u0336e\u0336g\u0336s\u0336.com/x [1].', '.com/x'],
  ])('refuses %s', async (_name, text, payload) => {
    expectRefused(await upstreamWrites(text), /link/, payload);
  });
});

describe('item 4: a flooding upstream', () => {
  it('gets a cut answer with a note, and the server RSS stays flat', async () => {
    // One ordinary answer first, so the baseline has the index and guard caches loaded.
    await upstreamWrites('Low magnesium can cause leg cramps [1].');
    const baseline = await server.collectGarbage();
    for (let i = 0; i < 3; i++) {
      upstream.setReply({ kind: 'flood', chunk: 'Low magnesium can cause leg cramps [1]. ', totalChars: 20 * 1024 * 1024 });
      const run = await runChat(server.url, QUESTION, { timeoutMs: 20_000 });
      expect(run.complete, run.failure).toBe(true);
      expect(run.metadata?.answerCut).toBe(true);
      expect(run.answer.length).toBeLessThan(ANSWER_MAX_CHARS + 200);
      expect(run.answer).toMatch(/cut here because it was too long/);
    }
    const after = await server.collectGarbage();
    console.log(
      `[flood] RSS after GC: ${(baseline.rssBytes / 2 ** 20).toFixed(0)} MB before, ${(after.rssBytes / 2 ** 20).toFixed(0)} MB after 3 x 20 MB floods`,
    );
    expect(after.rssBytes - baseline.rssBytes).toBeLessThan(MAX_FLOOD_RSS_GROWTH_BYTES);
  }, 120_000);
});

describe('item 6: cross-site posts', () => {
  const post = (headers: Record<string, string>, body: BodyInit = chatBody(QUESTION)) => fetch(`${server.url}/api/chat`, { method: 'POST', headers, body });

  it('refuses a no-cors post with no content type (415 JSON)', async () => {
    const res = await post({}, new Blob([chatBody(QUESTION)]));
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });

  it.each([
    ['a cross-site Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }],
    ['a foreign Origin', { origin: 'https://evil.example' }],
  ])('refuses %s with 403 JSON', async (_name, headers) => {
    const res = await post({ 'content-type': 'application/json', ...headers });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });

  it('answers a same-origin browser post', async () => {
    upstream.setReply({ kind: 'text', chunks: ['Low magnesium can cause leg cramps [1].'] });
    const res = await post({ 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', origin: server.url });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });
});

describe('item 10: an empty corpus', () => {
  it('answers 503 JSON on chat and search, never 500', async () => {
    const corpusDir = path.join(root, 'empty-corpus');
    await mkdir(corpusDir, { recursive: true });
    await withProductionServer(
      { env: { LEGWISE_CORPUS_DIR: corpusDir, LEGWISE_DATA_DIR: path.join(root, 'empty-data'), OPENAI_BASE_URL: null, OPENAI_API_KEY: null } },
      async (empty) => {
        const search = await fetch(`${empty.url}/api/search?q=iron`);
        expect(search.status).toBe(503);
        expect(await search.json()).toEqual({ error: expect.stringMatching(/no usable passages/) });
        const chat = await fetch(`${empty.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chatBody(QUESTION) });
        expect(chat.status).toBe(503);
        expect(await chat.json()).toEqual({ error: expect.stringMatching(/unavailable/) });
      },
    );
  }, 120_000);

  it('exits on SIGTERM while the index of a corpus with a 2 MB line is being built', async () => {
    const corpusDir = path.join(root, 'long-corpus');
    await cp(path.resolve('corpus'), corpusDir, { recursive: true });
    const words = 'leg weakness magnesium cramps iron vitamin deficiency muscle nerve pain calcium'.split(' ');
    const line = Array.from({ length: 2_000_000 / 8 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
    await writeFile(path.join(corpusDir, 'long.txt'), `A long line\n\n${line}\n`);
    const building = await startProductionServer({
      env: { LEGWISE_CORPUS_DIR: corpusDir, LEGWISE_DATA_DIR: path.join(root, 'long-data'), OPENAI_BASE_URL: null, OPENAI_API_KEY: null },
    });
    const request = fetch(`${building.url}/api/search?q=iron`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    // stop() sends SIGTERM and only falls back to SIGKILL after its 5 s grace.
    await building.stop();
    expect(performance.now() - started).toBeLessThan(4_500);
    await request;
  }, 120_000);
});
