/**
 * Traffic against a running production server: many concurrent streaming chats from distinct
 * clients and from one client (rate limit), and clients that walk away mid-answer while the
 * server's memory is watched.
 */
import { retrievalQuestions } from '@/tests/gold/questions';
import type { RunningServer } from '@/scripts/lib/server';
import { serverErrorLines } from '@/scripts/lib/server';
import { runChat, runPool, type ChatRun } from './chat-client';
import { runCheck, tally, type Check, type CheckResult } from './check';

export const QUESTIONS = retrievalQuestions.map((q) => q.question);

const MB = 1024 * 1024;

/** A distinct documentation-range client address per index (X-Forwarded-For is the client key). */
export function clientAddress(index: number): string {
  return `198.18.${Math.floor(index / 250) % 250}.${(index % 250) + 1}`;
}

function describeRun(run: ChatRun): string {
  if (run.failure) return `status ${run.status}: ${run.failure}`;
  return `status ${run.status}: ${run.errorBody ?? 'incomplete'}`;
}

function expectNoServerErrors(check: Check, server: RunningServer, since: number): void {
  const lines = serverErrorLines(server.output().slice(since));
  check.expect(lines.length === 0, `server log: ${lines.slice(0, 5).join(' | ')}`);
}

/** `count` chats at once from distinct clients: every one completes with the disclaimer. */
export function concurrentChats(server: RunningServer, count: number): Promise<CheckResult> {
  return runCheck(`${count} concurrent streaming chats, distinct clients`, async (check) => {
    const logFrom = server.output().length;
    const started = performance.now();
    const runs = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        runChat(server.url, QUESTIONS[i % QUESTIONS.length]!, { headers: { 'x-forwarded-for': clientAddress(i) }, timeoutMs: 60_000 }),
      ),
    );
    const wallMs = performance.now() - started;
    const bad = runs.filter((r) => !(r.status === 200 && r.complete));
    check.expect(bad.length === 0, `${bad.length} of ${count} did not complete: ${tally(bad.map(describeRun)).slice(0, 5).join('; ')}`);
    check.expect(
      runs.every((r) => r.status < 500),
      'a 5xx answer',
    );
    check.figure('completed', runs.filter((r) => r.complete).length);
    check.figure('wall_ms', wallMs);
    check.figure('slowest_ms', Math.max(...runs.map((r) => r.totalMs)));
    expectNoServerErrors(check, server, logFrom);
  });
}

/** `count` chats at once from one client: each completes or gets 429 with Retry-After. */
export function concurrentChatsOneClient(server: RunningServer, count: number, address: string): Promise<CheckResult> {
  return runCheck(`${count} concurrent streaming chats, one client (rate limit)`, async (check) => {
    const logFrom = server.output().length;
    const runs = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        runChat(server.url, QUESTIONS[i % QUESTIONS.length]!, { headers: { 'x-forwarded-for': address }, timeoutMs: 60_000 }),
      ),
    );
    const completed = runs.filter((r) => r.status === 200 && r.complete);
    const limited = runs.filter((r) => r.status === 429);
    const goodLimits = limited.filter((r) => (r.retryAfterSeconds ?? 0) >= 1 && /"error"/.test(r.errorBody ?? ''));
    const other = runs.filter((r) => !completed.includes(r) && !limited.includes(r));
    check.expect(other.length === 0, `${other.length} neither completed nor 429: ${tally(other.map(describeRun)).slice(0, 5).join('; ')}`);
    check.expect(goodLimits.length === limited.length, `${limited.length - goodLimits.length} 429s without Retry-After or a JSON error`);
    check.expect(completed.length > 0, 'no chat completed');
    check.expect(limited.length > 0, 'no request was rate limited');
    check.figure('completed', completed.length);
    check.figure('rate_limited', limited.length);
    expectNoServerErrors(check, server, logFrom);
  });
}

export type DisconnectOptions = { count: number; concurrency: number; rssToleranceMb: number; heapToleranceMb: number };

/**
 * `count` clients each abort right after the first streamed chunk. The server (started with
 * `inspect`) is made to run a full GC before and after, so retained memory is measured, not
 * garbage waiting for collection; the baseline follows a warm-up round so JIT code, caches and
 * the index are already in it.
 */
export function walkAways(server: RunningServer, options: DisconnectOptions): Promise<CheckResult> {
  return runCheck(`${options.count} clients walking away mid-answer`, async (check) => {
    const logFrom = server.output().length;
    const round = (n: number, offset: number) =>
      runPool(n, options.concurrency, (i) =>
        runChat(server.url, QUESTIONS[i % QUESTIONS.length]!, {
          headers: { 'x-forwarded-for': clientAddress(offset + i) },
          walkAwayAfterFirstChunk: true,
          timeoutMs: 30_000,
        }),
      );
    await round(Math.max(50, Math.floor(options.count / 4)), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = await server.collectGarbage();
    let peak = server.memory().rssBytes;
    const sampler = setInterval(() => (peak = Math.max(peak, server.memory().rssBytes)), 100);
    const started = performance.now();
    const runs = await round(options.count, 40_000).finally(() => clearInterval(sampler));
    const elapsed = performance.now() - started;
    // Turns the server was still running for clients that left wind down within their deadlines.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = await server.collectGarbage();
    const failed = runs.filter((r) => !r.walkedAway || r.failure !== undefined);
    check.expect(failed.length === 0, `${failed.length} clients never got a first chunk: ${tally(failed.map(describeRun)).slice(0, 5).join('; ')}`);
    const heapGrowthMb = (after.heapUsedBytes - before.heapUsedBytes) / MB;
    const rssGrowthMb = (after.rssBytes - before.rssBytes) / MB;
    check.expect(heapGrowthMb <= options.heapToleranceMb, `heap after GC grew ${heapGrowthMb.toFixed(1)} MB (tolerance ${options.heapToleranceMb} MB)`);
    check.expect(rssGrowthMb <= options.rssToleranceMb, `RSS after GC grew ${rssGrowthMb.toFixed(1)} MB (tolerance ${options.rssToleranceMb} MB)`);
    // The server still answers in full afterwards.
    const probe = await runChat(server.url, QUESTIONS[0]!, { headers: { 'x-forwarded-for': clientAddress(99_999) } });
    check.expect(probe.complete, `a chat after the walk-aways did not complete: ${describeRun(probe)}`);
    check.figure('heap_before_mb', before.heapUsedBytes / MB);
    check.figure('heap_after_mb', after.heapUsedBytes / MB);
    check.figure('rss_before_mb', before.rssBytes / MB);
    check.figure('rss_peak_mb', peak / MB);
    check.figure('rss_after_mb', after.rssBytes / MB);
    check.figure('walkaways_per_s', (options.count / elapsed) * 1000);
    expectNoServerErrors(check, server, logFrom);
  });
}

/** Nothing in the server's whole log says unhandled rejection, uncaught exception or a Next error. */
export function cleanServerLog(server: RunningServer, label: string): Promise<CheckResult> {
  return runCheck(`no unhandled rejection or error in the ${label} server log`, async (check) => {
    expectNoServerErrors(check, server, 0);
  });
}
