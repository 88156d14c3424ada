import { describe, expect, it } from 'vitest';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { createChatHandler } from '@/lib/chat/handler';
import { MAX_BODY_BYTES } from '@/lib/chat/request';
import { testConfig } from '../helpers/config';
import * as route from '@/app/api/chat/route';
import { assembleMessage, finishMetadata, parseSseChunks, userMessage } from '../helpers/ui-stream';

const config = testConfig({});
const QUESTION = 'Which mineral deficiency causes cramps in the legs?';

function chatRequest(body: string, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request('http://localhost/api/chat', {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  });
}

const goodBody = (text = QUESTION) => JSON.stringify({ id: 'chat-1', trigger: 'submit-message', messages: [userMessage(text)] });

async function expectJsonError(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as { error?: unknown };
  expect(typeof body.error).toBe('string');
  return String(body.error);
}

describe('POST /api/chat', () => {
  const handle = createChatHandler({ config });

  it('streams a UI message: text deltas, source parts, the disclaimer last, metadata', async () => {
    const bodies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await handle(chatRequest(goodBody()));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
      bodies.push(await res.text());
    }
    const disclaimers: string[] = [];
    for (const body of bodies) {
      const { chunks, done } = parseSseChunks(body);
      expect(done).toBe(true);
      expect(chunks.some((c) => c.type === 'text-delta')).toBe(true);
      const sources = chunks.filter((c) => c.type === 'source-document');
      const meta = finishMetadata(chunks);
      expect(sources.length).toBe(meta?.citations?.length);
      expect(sources.length).toBeGreaterThan(0);
      expect(meta?.disclaimer).toBe(DISCLAIMER);
      const message = await assembleMessage(chunks);
      const lastText = message.parts.findLast((p) => p.type === 'text');
      disclaimers.push(lastText?.type === 'text' ? lastText.text : '');
    }
    expect(disclaimers[0]).toBe(`\n\n${DISCLAIMER}`);
    expect(disclaimers[1]).toBe(disclaimers[0]);
  });

  it('answers 413 for a declared or actual body over 64 KB', async () => {
    await expectJsonError(await handle(chatRequest('{}', { 'content-length': String(MAX_BODY_BYTES + 10) })), 413);
    const huge = JSON.stringify({ messages: [userMessage('x'.repeat(MAX_BODY_BYTES))] });
    await expectJsonError(await handle(chatRequest(huge)), 413);
  });

  it.each([
    ['malformed JSON', '{"messages": [', 400],
    ['no messages', '{}', 400],
    ['parts not an array', JSON.stringify({ messages: [{ id: 'u', role: 'user', parts: 'hi' }] }), 400],
    ['an unknown part type', JSON.stringify({ messages: [{ id: 'u', role: 'user', parts: [{ type: 'data-x', data: 1 }] }] }), 400],
    ['no user message', JSON.stringify({ messages: [{ id: 'a', role: 'assistant', parts: [{ type: 'text', text: 'hi' }] }] }), 400],
    ['only a system message', JSON.stringify({ messages: [{ id: 's', role: 'system', parts: [{ type: 'text', text: 'hi' }] }] }), 400],
    ['a question over 4,000 characters', goodBody('a'.repeat(4001)), 413],
  ])('answers %s with a JSON error', async (_name, body, status) => {
    await expectJsonError(await handle(chatRequest(body)), status);
  });

  it('answers a question with control characters and lone surrogates instead of failing', async () => {
    const res = await handle(chatRequest(goodBody(`${QUESTION}\u0000\u0007 \uDC00`)));
    expect(res.status).toBe(200);
    const { chunks } = parseSseChunks(await res.text());
    expect(finishMetadata(chunks)?.query).not.toMatch(/[\u0000\u0007\uDC00]/);
  });

  it('answers a long conversation by trimming it, not refusing it', async () => {
    const history = Array.from({ length: 30 }, (_, i) =>
      i % 2 === 0
        ? userMessage(`Earlier question ${i} about leg cramps`, `u${i}`)
        : { id: `a${i}`, role: 'assistant', parts: [{ type: 'text', text: `Earlier answer ${i} [1].` }] },
    );
    const body = JSON.stringify({ messages: [...history, userMessage(QUESTION, 'last')] });
    const res = await handle(chatRequest(body));
    expect(res.status).toBe(200);
    const { chunks, done } = parseSseChunks(await res.text());
    expect(done).toBe(true);
    expect(finishMetadata(chunks)?.disclaimer).toBe(DISCLAIMER);
  });

  it('answers 429 with Retry-After once a client exceeds its bucket, per client behind a trusted proxy', async () => {
    const limited = createChatHandler({ config: { ...config, trustedProxyHops: 1, rateLimit: { perMinute: 6, burst: 2 } } });
    const from = (ip: string) => chatRequest('{', { 'x-forwarded-for': ip });
    expect((await limited(from('203.0.113.1'))).status).toBe(400);
    expect((await limited(from('203.0.113.1'))).status).toBe(400);
    const refused = await limited(from('203.0.113.1'));
    await expectJsonError(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited(from('203.0.113.2'))).status).toBe(400);
    // A client cannot get a fresh bucket by writing its own entries in front of the proxy's.
    await expectJsonError(await limited(from('198.51.100.77, 203.0.113.1')), 429);
  });

  it('cannot be escaped with a spoofed X-Forwarded-For or X-Real-IP when no proxy is trusted', async () => {
    const limited = createChatHandler({ config: { ...config, rateLimit: { perMinute: 6, burst: 2 } } });
    const spoofed = (i: number) => chatRequest('{', { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` });
    expect((await limited(spoofed(1))).status).toBe(400);
    expect((await limited(spoofed(2))).status).toBe(400);
    for (let i = 3; i < 8; i++) await expectJsonError(await limited(spoofed(i)), 429);
  });
});

describe('app/api/chat/route.ts', () => {
  it('declares the Node.js runtime and dynamic rendering', () => {
    expect(route.runtime).toBe('nodejs');
    expect(route.dynamic).toBe('force-dynamic');
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s with 405 JSON', async (method) => {
    const res = route[method]();
    const error = await expectJsonError(res, 405);
    expect(error).toMatch(/POST/);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('rejects a bad body through the exported POST', async () => {
    await expectJsonError(await route.POST(chatRequest('not json')), 400);
  });
});
