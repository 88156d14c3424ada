/**
 * GET /api/health on the real route module: 200 with the index's content hash, passage count and
 * instance name once the index is loaded; 503 JSON (never a 5xx page or a hang) when it cannot be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const healthSchema = z.object({
  ok: z.literal(true),
  contentHash: z.string().regex(/^[0-9a-f]{16,}$/),
  passages: z.number().int().positive(),
  instance: z.string(),
});
const unhealthySchema = z.object({ ok: z.literal(false), instance: z.string(), error: z.string() });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function freshRoute() {
  vi.resetModules();
  return import('@/app/api/health/route');
}

describe('GET /api/health', () => {
  it('answers 200 with the content hash, passage count and instance name', async () => {
    vi.stubEnv('LEGWISE_CORPUS_DIR', '');
    vi.stubEnv('LEGWISE_DATA_DIR', '');
    vi.stubEnv('INSTANCE_NAME', 'instance-test');
    const route = await freshRoute();
    const res = await route.GET();
    expect(res.status).toBe(200);
    const body = healthSchema.parse(await res.json());
    expect(body.instance).toBe('instance-test');
    const { getSearchIndex } = await import('@/lib/search');
    const opened = await getSearchIndex();
    expect(body.contentHash).toBe(opened.corpusHash);
    expect(body.passages).toBe(opened.engine.index.passages.length);
  });

  it('answers 503 JSON with Retry-After when the index cannot load (empty corpus)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legwise-health-'));
    try {
      vi.stubEnv('LEGWISE_CORPUS_DIR', path.join(dir, 'corpus'));
      vi.stubEnv('LEGWISE_DATA_DIR', path.join(dir, 'data'));
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const route = await freshRoute();
      const res = await route.GET();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      unhealthySchema.parse(await res.json());
      errors.mockRestore();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers other methods with 405 JSON', async () => {
    const route = await freshRoute();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = route[method]();
      expect(res.status).toBe(405);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/method not allowed/) });
    }
  });
});
