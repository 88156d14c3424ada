/**
 * The rate limiter on both backends, against a real redis-server: one limit shared by two
 * "instances" (two clients), fail-open to a per-process limit while Redis is down (logged once),
 * and shared again once Redis is back.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeRedisClients, getRedis, REDIS_CONNECTION_SETTINGS } from '@/lib/redis/connection';
import { createMemoryRateLimiter, createRedisRateLimiter, limitWindows, windowFromRate, type RateLimiter } from '@/lib/rate-limit';
import { startLocalRedis, type LocalRedis } from '@/scripts/lib/redis-server';
import { testConfig } from '../helpers/config';

let redis: LocalRedis;
let otherInstance: Redis;

beforeAll(async () => {
  redis = await startLocalRedis();
  otherInstance = new Redis(redis.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: () => REDIS_CONNECTION_SETTINGS.reconnectMaxDelayMs,
  });
  await new Promise((resolve) => otherInstance.once('ready', resolve));
});

afterAll(async () => {
  otherInstance.disconnect();
  await closeRedisClients();
  await redis.stop();
});

async function allowedOf(limiter: RateLimiter, key: string, requests: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < requests; i++) if ((await limiter.take(key)).allowed) allowed++;
  return allowed;
}

describe('limit windows from the configuration', () => {
  it('turns a rate and a burst into a window with the same long-run rate', () => {
    expect(windowFromRate('chat', { perMinute: 240, burst: 60 })).toEqual({ name: 'chat', points: 60, durationSeconds: 15 });
    expect(windowFromRate('x', { perMinute: 6, burst: 2 })).toEqual({ name: 'x', points: 2, durationSeconds: 20 });
    const windows = limitWindows(testConfig({ SHARE_CREATES_PER_HOUR: '7' }));
    expect(windows['share-create']).toEqual({ name: 'share-create', points: 7, durationSeconds: 3600 });
    expect(windows.api.points).toBeGreaterThanOrEqual(windows.chat.points);
  });
});

describe('memory limiter', () => {
  it('refuses past the burst, says when to retry, and keeps clients apart', async () => {
    const limiter = createMemoryRateLimiter({ name: 't1', points: 3, durationSeconds: 20 });
    expect(await allowedOf(limiter, 'a', 5)).toBe(3);
    const refused = await limiter.take('a');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(19);
    expect((await limiter.take('b')).allowed).toBe(true);
  });
});

describe('Redis limiter', () => {
  it('counts one limit across two instances', async () => {
    const window = { name: `shared-${Date.now()}`, points: 10, durationSeconds: 60 };
    const first = createRedisRateLimiter(window, getRedis(redis.url));
    const second = createRedisRateLimiter(window, otherInstance);
    let allowed = 0;
    for (let i = 0; i < 20; i++) if ((await (i % 2 === 0 ? first : second).take('client')).allowed) allowed++;
    expect(allowed).toBe(10);
  });

  it('fails open to a per-process limit while Redis is down, logs it once, and shares again after', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const window = { name: `outage-${Date.now()}`, points: 5, durationSeconds: 60 };
    const client = getRedis(redis.url);
    const limiter = createRedisRateLimiter(window, client);
    expect(await allowedOf(limiter, 'k', 2)).toBe(2);
    await redis.stop();
    await expect.poll(() => client.status, { timeout: 3_000 }).not.toBe('ready');
    const started = performance.now();
    // The local fallback still enforces the window: 5 of 8 pass, none waits on the dead server.
    expect(await allowedOf(limiter, 'k', 8)).toBe(5);
    expect(performance.now() - started).toBeLessThan(1_000);
    const outageLines = warn.mock.calls.filter((args) => /\[redis\].*unreachable/.test(String(args[0])));
    expect(outageLines).toHaveLength(1);
    await redis.start();
    await expect.poll(() => client.status, { timeout: 5_000, interval: 100 }).toBe('ready');
    // Back on Redis (emptied by the restart): the shared count starts again.
    expect(await allowedOf(limiter, 'k', 7)).toBe(5);
    expect(warn.mock.calls.some((args) => /\[redis\].*reachable again/.test(String(args[0])))).toBe(true);
    warn.mockRestore();
  });
});
