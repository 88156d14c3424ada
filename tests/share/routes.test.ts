/**
 * The share routes' limits and outage answers, on the real route modules: the hourly create limit
 * (429 with Retry-After), and with REDIS_URL pointing at a Redis that is down, 503 JSON with
 * Retry-After for create, read and delete, in bounded time, while the chat route still answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'legwise-share-routes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(async () => {
  const { closeRedisClients } = await import('@/lib/redis/connection');
  await closeRedisClients();
  vi.unstubAllEnvs();
  vi.resetModules();
});

const conversation = JSON.stringify({ messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What causes leg cramps?' }] }] });
const createRequest = () => new Request('http://127.0.0.1/api/share', { method: 'POST', headers: { 'content-type': 'application/json' }, body: conversation });
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const context = { params: Promise.resolve({ id: ID }) };

function offline(extra: Record<string, string>): void {
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'LEGWISE_CORPUS_DIR', 'LEGWISE_DATA_DIR']) vi.stubEnv(name, '');
  for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
}

describe('share routes', () => {
  it('refuses creates past SHARE_CREATES_PER_HOUR with 429 and Retry-After', async () => {
    offline({ SHARE_CREATES_PER_HOUR: '2', LEGWISE_SHARE_DB: path.join(dir, 'limit.sqlite') });
    const route = await import('@/app/api/share/route');
    expect((await route.POST(createRequest())).status).toBe(201);
    expect((await route.POST(createRequest())).status).toBe(201);
    const refused = await route.POST(createRequest());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(await refused.json()).toEqual({ error: expect.any(String) });
  });

  it('answers 503 JSON with Retry-After on every share route while Redis is down, and chats still answer', async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused (a Redis that is down).
    // A stopped test redis-server's port could be taken over by another test file running in parallel.
    offline({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_BURST: '1000' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const share = await import('@/app/api/share/route');
    const shareId = await import('@/app/api/share/[id]/route');
    const started = performance.now();
    const responses = [
      await share.POST(createRequest()),
      await shareId.GET(new Request(`http://127.0.0.1/api/share/${ID}`), context),
      await shareId.DELETE(new Request(`http://127.0.0.1/api/share/${ID}`, { method: 'DELETE', headers: { 'x-delete-token': 'A'.repeat(43) } }), context),
    ];
    expect(performance.now() - started).toBeLessThan(10_000);
    for (const res of responses) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
    const chat = await import('@/app/api/chat/route');
    const answer = await chat.POST(
      new Request('http://127.0.0.1/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: conversation }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.text()).toMatch(/"type":"finish"/);
    warn.mockRestore();
  });
});

describe('share creation reads its body like every POST route', () => {
  it('refuses a create from another site’s page (403) and a body that is not JSON (415), and still takes a same-site one', async () => {
    offline({ LEGWISE_SHARE_DB: path.join(dir, 'post-checks.sqlite') });
    const route = await import('@/app/api/share/route');
    const crossSite = new Request('http://127.0.0.1/api/share', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: conversation,
    });
    expect((await route.POST(crossSite)).status).toBe(403);
    const form = new Request('http://127.0.0.1/api/share', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: conversation });
    expect((await route.POST(form)).status).toBe(415);
    expect((await route.POST(createRequest())).status).toBe(201);
  });
});
