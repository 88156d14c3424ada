/**
 * Offline benchmark (not a test): time from POST /api/chat to the first answer text delta, at the
 * handler level with a warm index, for the extractive model and for a streaming upstream model
 * (fake OpenAI-compatible server, 7-character deltas every 15 ms).
 *
 *   npx tsx tests/chat/first-text-latency.bench.ts
 */
import { createChatHandler } from '@/lib/chat/handler';
import { RETRIEVAL_K } from '@/lib/chat/retrieval';
import type { AppConfig } from '@/lib/config';
import { searchPassages } from '@/lib/search';
import { retrievalQuestions } from '@/tests/gold/questions';
import { testConfig } from '../helpers/config';
import { FAKE_MODEL, startFakeOpenAIServer, type FakeOpenAIServer } from '../helpers/fake-openai-server';

const NO_LIMIT = { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '1000000' };
const QUESTION_COUNT = 60;
const DELTA_CHARS = 7;
const DELTA_DELAY_MS = 15;

type Timing = { firstTextMs: number | undefined; totalMs: number };

async function timeTurn(config: AppConfig, question: string): Promise<Timing> {
  const handle = createChatHandler({ config });
  const body = JSON.stringify({ messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }] });
  const started = performance.now();
  const res = await handle(new Request('http://127.0.0.1/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let seen = '';
  let firstTextMs: number | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += decoder.decode(value, { stream: true });
    if (firstTextMs === undefined && /"type":"text-delta","id":"answer/.test(seen)) firstTextMs = performance.now() - started;
  }
  return { firstTextMs, totalMs: performance.now() - started };
}

/** The reply a well-behaved model would stream: the top two passages' first sentences, cited. */
async function groundedReply(question: string): Promise<string> {
  const hits = await searchPassages(question, { k: RETRIEVAL_K });
  return hits
    .slice(0, 2)
    .map((h, i) => `${(h.text.split(/(?<=[.!?])\s+/)[0] ?? h.text).replace(/[.!?]+$/, '')} [${i + 1}].`)
    .join(' ');
}

function chunksOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += DELTA_CHARS) out.push(text.slice(i, i + DELTA_CHARS));
  return out;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, timings: Timing[]): void {
  const first = timings.flatMap((t) => (t.firstTextMs === undefined ? [] : [t.firstTextMs]));
  const total = timings.map((t) => t.totalMs);
  const fmt = (n: number) => n.toFixed(1);
  console.log(
    `${name}: n=${timings.length} with-text=${first.length} first-text p50=${fmt(percentile(first, 50))} p90=${fmt(percentile(first, 90))} ms; total p50=${fmt(percentile(total, 50))} ms`,
  );
}

async function run(name: string, config: AppConfig, questions: string[], server?: FakeOpenAIServer): Promise<void> {
  const timings: Timing[] = [];
  for (const question of questions) {
    if (server) server.setReply({ kind: 'text', chunks: chunksOf(await groundedReply(question)), delayMs: DELTA_DELAY_MS });
    timings.push(await timeTurn(config, question));
  }
  report(name, timings);
}

async function main(): Promise<void> {
  const questions = retrievalQuestions.slice(0, QUESTION_COUNT).map((q) => q.question);
  const offline = testConfig(NO_LIMIT);
  // Warm the index, the corpus caches and the JIT.
  for (const question of questions) await timeTurn(offline, question);
  await run('extractive', offline, questions);
  const server = await startFakeOpenAIServer();
  try {
    const upstream = testConfig({ ...NO_LIMIT, OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: FAKE_MODEL });
    await run(`upstream (${DELTA_CHARS} chars / ${DELTA_DELAY_MS} ms)`, upstream, questions, server);
  } finally {
    await server.close();
  }
}

await main();
