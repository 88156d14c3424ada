import type { Redis } from 'ioredis';
import { whenRedisReady } from '@/lib/redis/connection';
import { runDetached } from '@/lib/runtime/detached-scope';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What a route needs from a limiter: count one request against a client, say whether it may go on. */
export type RateLimiter = { take(key: string): Promise<RateDecision> };

/** A fixed window: at most `points` requests per `durationSeconds` per key. */
export type RateWindow = { name: string; points: number; durationSeconds: number };

/**
 * A steady rate with a burst, as the configuration states it, as a window: the burst may be spent
 * at once and is back after the time the steady rate takes to earn it (60 a burst at 240 a minute:
 * 60 per 15 s, the same long-run rate).
 */
export function windowFromRate(name: string, rate: { perMinute: number; burst: number }): RateWindow {
  const points = Math.max(1, rate.burst);
  return { name, points, durationSeconds: Math.max(1, Math.ceil((points * 60) / rate.perMinute)) };
}

function decisionFrom(rejection: unknown): RateDecision {
  if (rejection instanceof RateLimiterRes) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
  // Only a store error without an insurance limiter gets here; a broken counter never blocks a user.
  return { allowed: true };
}

function wrap(limiter: RateLimiterAbstract, ready: () => Promise<unknown> = () => Promise.resolve()): RateLimiter {
  return {
    take: async (key) => {
      await ready();
      return runDetached(() => limiter.consume(key)).then((): RateDecision => ({ allowed: true }), decisionFrom);
    },
  };
}

/** A limiter in this process only (one instance, or tests). */
export function createMemoryRateLimiter(window: RateWindow): RateLimiter {
  return wrap(new RateLimiterMemory({ keyPrefix: window.name, points: window.points, duration: window.durationSeconds }));
}

/**
 * A limiter shared by every instance through Redis (one atomic script per request). While Redis is
 * unreachable it fails open to a limiter in this process, so chats go on with a per-instance limit.
 */
export function createRedisRateLimiter(window: RateWindow, redis: Redis): RateLimiter {
  const options = { keyPrefix: `legwise:rl:${window.name}`, points: window.points, duration: window.durationSeconds };
  return wrap(
    new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    }),
    // A fresh instance waits for its first connection rather than counting its first requests locally.
    () => whenRedisReady(redis),
  );
}
