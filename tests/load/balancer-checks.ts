/**
 * The balancer's timeouts against real nginx (the repo's template): nginx fails over a silent
 * upstream after proxy_read_timeout, so a long stream survives only because the app's SSE encoder
 * sends a comment while the stream is idle. Two streams go quiet for longer than the read timeout:
 * the app's (heartbeats on) must arrive whole, a silent one must be cut, which proves the timeout
 * is really in force. The upstream is a small node:http server that serves the app's own
 * encoder (createUIMessageSseResponse), so the bytes are the chat route's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { UIMessageChunk } from 'ai';
import { createUIMessageSseResponse, SSE_HEARTBEAT } from '@/lib/chat/sse-response';
import { startBalancer } from '@/scripts/lib/cluster/nginx';
import { findFreePort, LOOPBACK } from '@/scripts/lib/server';
import { runCheck, type CheckResult } from './check';
import { rawRequest } from './raw-http';

/** Longer than nginx's proxy_read_timeout (4 s in the template), short enough for CI. */
const IDLE_MS = 6_000;
const DONE_EVENT = 'data: [DONE]\n\n';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** start, a long silence, then the answer: a remote model that thinks before its first token. */
function thinkingStream(): ReadableStream<UIMessageChunk> {
  return new ReadableStream<UIMessageChunk>({
    async start(controller) {
      controller.enqueue({ type: 'start' });
      await sleep(IDLE_MS);
      controller.enqueue({ type: 'text-start', id: 't' });
      controller.enqueue({ type: 'text-delta', id: 't', delta: 'A late answer.' });
      controller.enqueue({ type: 'text-end', id: 't' });
      controller.enqueue({ type: 'finish', finishReason: 'stop' });
      controller.close();
    },
  });
}

async function serveStream(res: http.ServerResponse, heartbeats: boolean): Promise<void> {
  if (heartbeats) {
    const response = createUIMessageSseResponse({ stream: thinkingStream() });
    res.writeHead(200, Object.fromEntries(response.headers));
    const reader = response.body?.getReader();
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) res.write(next.value);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write('data: {"type":"start"}\n\n');
  await sleep(IDLE_MS);
  if (!res.destroyed) res.end(DONE_EVENT);
}

function startUpstream(port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    void serveStream(res, req.url === '/with-heartbeats');
  });
  return new Promise((resolve) => server.listen(port, LOOPBACK, () => resolve(server)));
}

export function longStreamsThroughBalancer(): Promise<CheckResult> {
  return runCheck("nginx cuts a silent upstream at its read timeout, and the app's heartbeats keep a long stream whole", async (check) => {
    const upstreamPort = await findFreePort();
    const upstream = await startUpstream(upstreamPort);
    const balancerPort = await findFreePort(upstreamPort + 1);
    const runDir = mkdtempSync(path.join(os.tmpdir(), 'legwise-nginx-stream-'));
    const balancer = startBalancer({ runDir, host: LOOPBACK, port: balancerPort, upstreams: [{ port: upstreamPort, down: false }] });
    try {
      await sleep(300);
      const started = Date.now();
      const [kept, silent] = await Promise.all([
        rawRequest({ port: balancerPort, path: '/with-heartbeats', timeoutMs: IDLE_MS * 3 }),
        rawRequest({ port: balancerPort, path: '/silent', timeoutMs: IDLE_MS * 3 }),
      ]);
      const elapsed = Date.now() - started;
      check.expect(kept.status === 200 && kept.error === undefined, `heartbeat stream: ${kept.status} ${kept.error ?? ''}`);
      check.expect(kept.body.includes('A late answer.') && kept.body.endsWith(DONE_EVENT), 'the heartbeat stream did not arrive whole');
      check.expect(kept.body.includes(SSE_HEARTBEAT), 'no heartbeat comment reached the client');
      check.expect(elapsed >= IDLE_MS, `the streams ended after ${elapsed} ms, before the upstream's ${IDLE_MS} ms silence was over`);
      check.expect(!silent.body.endsWith(DONE_EVENT), 'a stream silent for longer than proxy_read_timeout was not cut: the timeout is not in force');
      check.figure('heartbeats', kept.body.split(SSE_HEARTBEAT).length - 1);
    } finally {
      await balancer.stop();
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
      rmSync(runDir, { recursive: true, force: true });
    }
  });
}
