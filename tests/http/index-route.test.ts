import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The helper reads the app's singleton index over the real corpus; keep its files out of .data.
let dataDir: string;
let indexRoute: typeof import('@/lib/http/index-route');

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'legwise-index-route-'));
  vi.stubEnv('LEGWISE_DATA_DIR', dataDir);
  vi.spyOn(console, 'log').mockImplementation(() => {});
  indexRoute = await import('@/lib/http/index-route');
  await (await import('@/lib/search')).getSearchIndex();
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

const route = { name: 'probe', unavailable: 'probes are unavailable' };

describe('answerFromIndex', () => {
  it('passes the lookup’s own response through once the index is ready', async () => {
    const res = await indexRoute.answerFromIndex(route, () => Promise.resolve(Response.json({ found: true }, { status: 404 })));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ found: true });
  });

  it.each([
    ['an Error', () => Promise.reject(new Error('disk gone at /secret/path'))],
    ['a thrown string', () => Promise.reject('plain failure')],
  ])('turns %s from the lookup into a logged 500 JSON body that names no detail', async (_name, lookup) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await indexRoute.answerFromIndex(route, lookup);
    expect(res.status).toBe(500);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'probes are unavailable' });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/^\[api\/probe\] (disk gone|plain failure)/);
    logged.mockRestore();
  });
});

describe('lookupIdSchema', () => {
  it('accepts index ids and refuses anything that could name a path or run long', () => {
    expect(indexRoute.lookupIdSchema.safeParse('leg-pain_3').success).toBe(true);
    for (const bad of ['../etc/passwd', 'a/b', 'id with space', '', 'x'.repeat(201), 'é']) {
      expect(indexRoute.lookupIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});
