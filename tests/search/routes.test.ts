import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The routes use the app's singleton index over the real corpus; keep its files out of .data.
let dataDir: string;
let searchRoute: typeof import('@/app/api/search/route');
let passageRoute: typeof import('@/app/api/passages/[id]/route');

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'legwise-routes-'));
  vi.stubEnv('LEGWISE_DATA_DIR', dataDir);
  vi.stubEnv('OPENAI_API_KEY', undefined);
  vi.stubEnv('OPENAI_BASE_URL', undefined);
  vi.spyOn(console, 'log').mockImplementation(() => {});
  searchRoute = await import('@/app/api/search/route');
  passageRoute = await import('@/app/api/passages/[id]/route');
  // These tests check the routes' answers, not how long a cold build takes: on a busy machine the
  // build can outlast the routes' wait and they would (correctly) answer 503.
  await (await import('@/lib/search')).getSearchIndex();
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

const searchGet = (query: string) => searchRoute.GET(new Request(`http://localhost/api/search${query}`));
const passageGet = (id: string) =>
  passageRoute.GET(new Request(`http://localhost/api/passages/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });

type SearchBody = { query: string; passages: Array<Record<string, unknown>> };

describe('GET /api/search', () => {
  it.each([
    ['missing q', ''],
    ['empty q', '?q='],
    ['blank q', '?q=%20%20%20'],
    ['q of 2,000 characters', `?q=${'a'.repeat(2000)}`],
    ['k of 0', '?q=cramps&k=0'],
    ['k of 21', '?q=cramps&k=21'],
    ['k not an integer', '?q=cramps&k=1.5'],
    ['k negative', '?q=cramps&k=-1'],
    ['k not a number', '?q=cramps&k=abc'],
    ['k empty', '?q=cramps&k='],
  ])('rejects %s with a 400 JSON error', async (_name, query) => {
    const res = await searchGet(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { error: unknown };
    expect(typeof body.error).toBe('string');
  });

  it('returns k passages with offsets and scores', async () => {
    const res = await searchGet('?q=what%20causes%20leg%20cramps%20at%20night&k=3');
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchBody;
    expect(body.query).toBe('what causes leg cramps at night');
    expect(body.passages).toHaveLength(3);
    for (const p of body.passages) {
      expect(Object.keys(p).sort()).toEqual(['docId', 'end', 'headings', 'id', 'kind', 'score', 'start', 'text', 'title']);
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it('defaults to 5 passages and accepts a query just under the limit', async () => {
    const body = (await (await searchGet('?q=magnesium')).json()) as SearchBody;
    expect(body.passages).toHaveLength(5);
    const long = await searchGet(`?q=${encodeURIComponent(`magnesium ${'x'.repeat(1989)}`)}`);
    expect(long.status).toBe(200);
  });
});

describe('GET /api/passages/[id]', () => {
  it('returns a passage found by search, without a score', async () => {
    const found = (await (await searchGet('?q=iron&k=1')).json()) as SearchBody;
    const id = String(found.passages[0]!.id);
    const res = await passageGet(id);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.id).toBe(id);
    expect(Object.keys(body).sort()).toEqual(['docId', 'end', 'headings', 'id', 'kind', 'start', 'text', 'title']);
  });

  it('answers 404 JSON for an unknown id', async () => {
    const res = await passageGet('000_nope-0000000000');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/not found/);
  });

  it('rejects ids that are not passage ids without touching the file system', async () => {
    for (const id of ['../../etc/passwd', 'a b', '', 'x'.repeat(201)]) {
      const res = await passageGet(id);
      expect(res.status).toBe(400);
      expect(typeof ((await res.json()) as { error: unknown }).error).toBe('string');
    }
  });
});
