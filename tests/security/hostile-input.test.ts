/**
 * Hostile input against the real route module (app/api/chat/route.ts) with real `Request`s and
 * the offline default configuration: every request gets a 4xx JSON `{ error }` or a complete,
 * safe streamed answer ending with the disclaimer; never a 5xx, a hang, an internal error or an
 * unhandled rejection.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as route from '@/app/api/chat/route';
import * as shareIdRoute from '@/app/api/share/[id]/route';
import * as shareRoute from '@/app/api/share/route';
import { createShareResponseSchema, getShareResponseSchema, shareErrorSchema } from '@/lib/share/schema';
import { loadCorpusPassages } from '@/lib/corpus';
import { testConfig } from '../helpers/config';
import { citedTexts, fixedLines, readOutcome, within, type ChatOutcome } from './chat-outcome';
import { HOSTILE_CASES, QUESTION, type HostileCase } from './hostile-requests';
import { HOSTILE_SHARE_CASES, WRONG_DELETE_TOKENS, type HostileShareCase } from './hostile-share-requests';
import { buildVocabulary, findViolations } from './output-checks';

const CASE_DEADLINE_MS = 20_000;
const shareDir = mkdtempSync(path.join(os.tmpdir(), 'legwise-hostile-share-'));

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let consoleError: MockInstance<typeof console.error>;
let vocabulary: Set<string>;

beforeAll(async () => {
  // The route reads its configuration lazily, on the first request: make that the offline
  // default whatever the shell exports, with a limiter that lets the whole table through.
  vi.stubEnv('OPENAI_API_KEY', '');
  vi.stubEnv('OPENAI_BASE_URL', '');
  vi.stubEnv('LEGWISE_CORPUS_DIR', '');
  vi.stubEnv('LEGWISE_DATA_DIR', '');
  vi.stubEnv('RATE_LIMIT_PER_MINUTE', '1000000');
  vi.stubEnv('RATE_LIMIT_BURST', '1000000');
  // Share links go to a temp SQLite file, with limits that let the share table through.
  vi.stubEnv('LEGWISE_SHARE_DB', path.join(shareDir, 'shares.sqlite'));
  vi.stubEnv('SHARE_CREATES_PER_HOUR', '1000000');
  vi.stubEnv('API_RATE_LIMIT_BURST', '1000000');
  process.on('unhandledRejection', onRejection);
  const corpus = await loadCorpusPassages(testConfig().corpusDir);
  vocabulary = buildVocabulary(corpus.documents.map((d) => d.source));
});

afterAll(() => {
  process.off('unhandledRejection', onRejection);
  vi.unstubAllEnvs();
});

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(async () => {
  // Let any stray rejection from the case surface before judging it.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const internal = consoleError.mock.calls.filter((args) => /\[chat\] (request|turn) failed/.test(String(args[0])));
  consoleError.mockRestore();
  expect(internal, 'the route hit an internal error').toEqual([]);
  expect(rejections, 'unhandled rejections').toEqual([]);
});

async function send(c: HostileCase): Promise<ChatOutcome> {
  const deadline = AbortSignal.timeout(CASE_DEADLINE_MS);
  const res = await within(route.POST(c.request()), deadline, `POST ${c.name}`);
  return readOutcome(res, deadline);
}

function checkOutcome(c: HostileCase, outcome: ChatOutcome): void {
  expect(outcome.problems, `${c.name}: contract problems`).toEqual([]);
  expect(outcome.status).toBeLessThan(500);
  if (c.expect !== 'either') expect(outcome.kind).toBe(c.expect);
  if (c.status !== undefined && outcome.kind === 'error') expect(outcome.status).toBe(c.status);
  if (outcome.kind !== 'answer') return;
  for (const planted of c.mustNotLeak ?? []) {
    expect(outcome.wire, `leaked on the wire: ${planted}`).not.toContain(planted);
    expect(outcome.body).not.toContain(planted);
  }
  const violations = findViolations({ body: outcome.body, sources: citedTexts(outcome), fixedLines: fixedLines(outcome) }, { vocabulary, grounding: true });
  expect(violations, 'the answer left the articles').toEqual([]);
}

describe('POST /api/chat under hostile input (offline default)', () => {
  it('has a table of at least 60 hostile requests', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  it('answers a normal question (the baseline the table is measured against)', async () => {
    const outcome = await send({
      name: 'baseline',
      request: () =>
        new Request('http://127.0.0.1/api/chat', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ messages: [{ id: 'u', role: 'user', parts: [{ type: 'text', text: QUESTION }] }] }),
        }),
      expect: 'answer',
    });
    expect(outcome.kind).toBe('answer');
    expect(outcome.problems).toEqual([]);
    if (outcome.kind === 'answer') expect(outcome.meta.citations?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    checkOutcome(c, await send(c));
  });

  it('keeps Object.prototype clean after __proto__ and constructor keys', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s with a 405 JSON error', async (method) => {
    const outcome = await readOutcome(route[method](), AbortSignal.timeout(CASE_DEADLINE_MS));
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe(405);
  });

  it('answers 200 concurrent hostile requests without a 5xx', async () => {
    const picks = Array.from({ length: 200 }, (_, i) => HOSTILE_CASES[(i * 7) % HOSTILE_CASES.length]!);
    const outcomes = await Promise.all(picks.map(send));
    expect(outcomes.filter((o) => o.problems.length > 0).map((o) => o.problems)).toEqual([]);
  });
});

describe('share routes under hostile input (SQLite store in a temp file)', () => {
  afterAll(() => rmSync(shareDir, { recursive: true, force: true }));

  async function sendShare(c: HostileShareCase): Promise<Response> {
    const req = c.request();
    const context = { params: Promise.resolve({ id: c.id ?? '' }) };
    if (c.route === 'create') return shareRoute.POST(req);
    return c.route === 'read' ? shareIdRoute.GET(req, context) : shareIdRoute.DELETE(req, context);
  }

  async function createShare(): Promise<{ id: string; deleteToken: string }> {
    const res = await shareRoute.POST(
      new Request('http://127.0.0.1/api/share', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: QUESTION }] }], extra: 'dropped' }),
      }),
    );
    expect(res.status).toBe(201);
    return createShareResponseSchema.parse(await res.json());
  }

  it('has a table of at least 30 hostile share requests', () => {
    expect(HOSTILE_SHARE_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_SHARE_CASES.map((c) => c.name)).size).toBe(HOSTILE_SHARE_CASES.length);
  });

  it.each(HOSTILE_SHARE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await sendShare(c);
    expect(res.status).toBe(c.status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(shareErrorSchema.safeParse(await res.json()).success).toBe(true);
  });

  it('keeps a link that wrong or missing delete tokens try to delete', async () => {
    const { id, deleteToken } = await createShare();
    for (const token of WRONG_DELETE_TOKENS) {
      const res = await shareIdRoute.DELETE(
        new Request(`http://127.0.0.1/api/share/${id}`, { method: 'DELETE', headers: token === undefined ? {} : { 'x-delete-token': token } }),
        { params: Promise.resolve({ id }) },
      );
      expect(res.status).toBe(403);
    }
    const read = await shareIdRoute.GET(new Request(`http://127.0.0.1/api/share/${id}`), { params: Promise.resolve({ id }) });
    const snapshot = getShareResponseSchema.parse(await read.json());
    expect(snapshot.messages[0]?.parts).toEqual([{ type: 'text', text: QUESTION }]);
    expect(Object.keys(snapshot)).not.toContain('extra');
    const removed = await shareIdRoute.DELETE(
      new Request(`http://127.0.0.1/api/share/${id}`, { method: 'DELETE', headers: { 'x-delete-token': deleteToken } }),
      { params: Promise.resolve({ id }) },
    );
    expect(await removed.json()).toEqual({ deleted: true });
    expect((await shareIdRoute.GET(new Request(`http://127.0.0.1/api/share/${id}`), { params: Promise.resolve({ id }) })).status).toBe(404);
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s /api/share with a 405 JSON error', async (method) => {
    const res = shareRoute[method]();
    expect(res.status).toBe(405);
    expect(shareErrorSchema.safeParse(await res.json()).success).toBe(true);
  });
});
