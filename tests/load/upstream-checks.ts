/**
 * The upstream failure matrix: the production server talks to a fake OpenAI-compatible server on
 * loopback that fails in scripted ways; every turn must fall back to the extractive answer within
 * a bound and say so in its metadata.
 */
import type { FakeOpenAIServer, FakeReply } from '@/tests/helpers/fake-openai-server';
import { withProductionServer, type RunningServer, type ServerOptions } from '@/scripts/lib/server';
import { runChat } from './chat-client';
import { runCheck, type CheckResult } from './check';
import { clientAddress, QUESTIONS } from './traffic-checks';

export type UpstreamCase = { name: string; reply: FakeReply; boundMs: number };

/** The hang and stall bounds are the server's first-token timeout (8 s by default) plus margin. */
export const UPSTREAM_CASES: UpstreamCase[] = [
  { name: 'HTTP 500', reply: { kind: 'status', status: 500 }, boundMs: 3_000 },
  { name: 'HTTP 429', reply: { kind: 'status', status: 429 }, boundMs: 3_000 },
  { name: 'HTTP 401', reply: { kind: 'status', status: 401 }, boundMs: 3_000 },
  { name: 'stream cut mid-answer', reply: { kind: 'cut', chunks: ['Low magnesium can'] }, boundMs: 3_000 },
  { name: 'malformed JSON in the stream', reply: { kind: 'malformed', chunks: ['Low magnesium can'] }, boundMs: 3_000 },
  { name: 'hang before any byte', reply: { kind: 'hang' }, boundMs: 10_000 },
  { name: 'stall after the first tokens', reply: { kind: 'stall', chunks: ['Low magnesium can cause cramps [1]'] }, boundMs: 10_000 },
];

/** A healthy upstream is used (so the matrix is not passing against an offline server). */
export function upstreamUsed(server: RunningServer, fake: FakeOpenAIServer, modelName: string): Promise<CheckResult> {
  return runCheck('upstream: a healthy model answers (sanity)', async (check) => {
    fake.setReply({ kind: 'text', chunks: ['Low magnesium can cause ', 'leg cramps [1].'] });
    const before = fake.requests.length;
    const run = await runChat(server.url, QUESTIONS[0]!, { headers: { 'x-forwarded-for': clientAddress(50_000) } });
    check.expect(run.complete, `did not complete: ${run.failure ?? run.status}`);
    check.expect(fake.requests.length > before, 'the fake upstream got no request');
    check.expect(run.metadata?.model === modelName, `metadata.model is ${run.metadata?.model}, expected ${modelName}`);
    check.expect(run.metadata?.fallbackReason === undefined, `unexpected fallback: ${run.metadata?.fallbackReason}`);
    check.figure('ms', run.totalMs);
  });
}

export function upstreamFailure(server: RunningServer, fake: FakeOpenAIServer, c: UpstreamCase, index: number): Promise<CheckResult> {
  return runCheck(`upstream ${c.name}: falls back within ${c.boundMs / 1000} s`, async (check) => {
    fake.setReply(c.reply);
    const before = fake.requests.length;
    const run = await runChat(server.url, QUESTIONS[0]!, { headers: { 'x-forwarded-for': clientAddress(51_000 + index) }, timeoutMs: c.boundMs + 20_000 });
    check.expect(fake.requests.length > before, 'the fake upstream got no request');
    check.expect(run.status === 200 && run.complete, `did not complete with the disclaimer: ${run.failure ?? run.errorBody ?? run.status}`);
    check.expect(run.metadata?.model === 'extractive', `metadata.model is ${run.metadata?.model}`);
    check.expect((run.metadata?.fallbackReason ?? '') !== '', 'metadata has no fallbackReason');
    check.expect((run.metadata?.citations?.length ?? 0) > 0, 'fallback answer has no citations');
    check.expect(run.totalMs <= c.boundMs, `took ${Math.round(run.totalMs)} ms`);
    check.figure('ms', run.totalMs);
    check.figure('first_text_ms', run.firstTextMs ?? -1);
    check.figure('reason', run.metadata?.fallbackReason ?? '');
  });
}

/** README: "An empty variable counts as unset": `OPENAI_BASE_URL=` must still serve offline answers. */
export function emptyVariablesAreUnset(server: ServerOptions): Promise<CheckResult> {
  return runCheck('empty OPENAI_BASE_URL= and OPENAI_API_KEY= count as unset (offline answers)', async (check) => {
    const env = { ...server.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '', OPENAI_MODEL: '' };
    await withProductionServer({ ...server, env }, async (app) => {
      const run = await runChat(app.url, QUESTIONS[3]!);
      check.expect(run.status === 200 && run.complete, `chat did not complete: status ${run.status} ${run.failure ?? run.errorBody ?? ''}`.trim());
      check.expect(run.metadata?.model === 'extractive', `metadata.model is ${run.metadata?.model}`);
      const error = /⨯ .*/.exec(app.output());
      if (error) check.figure('server_error', error[0].slice(0, 120));
    });
  });
}
