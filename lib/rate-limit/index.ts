import { getConfig, type AppConfig } from '@/lib/config';
import { getRedis } from '@/lib/redis/connection';
import { clientKey } from './client-key';
import { createMemoryRateLimiter, createRedisRateLimiter, windowFromRate, type RateDecision, type RateLimiter, type RateWindow } from './limiter';

export { clientKey, UNATTRIBUTED_CLIENT } from './client-key';
export { createMemoryRateLimiter, createRedisRateLimiter, windowFromRate } from './limiter';
export type { RateDecision, RateLimiter, RateWindow } from './limiter';

/** The limits the API routes count against: chats, every other route, and share creation. */
export type LimitName = 'chat' | 'api' | 'share-create';

const SECONDS_PER_HOUR = 3600;

export function limitWindows(config: AppConfig): Record<LimitName, RateWindow> {
  return {
    chat: windowFromRate('chat', config.rateLimit),
    api: windowFromRate('api', config.apiRateLimit),
    'share-create': { name: 'share-create', points: config.shareCreatesPerHour, durationSeconds: SECONDS_PER_HOUR },
  };
}

/** A limiter on Redis when REDIS_URL is set (shared by every instance), else in this process. */
export function createRateLimiter(window: RateWindow, config: AppConfig): RateLimiter {
  return config.redisUrl ? createRedisRateLimiter(window, getRedis(config.redisUrl)) : createMemoryRateLimiter(window);
}

const limiters = new Map<LimitName, RateLimiter>();

export function getRateLimiter(name: LimitName, config = getConfig()): RateLimiter {
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = createRateLimiter(limitWindows(config)[name], config);
    limiters.set(name, limiter);
  }
  return limiter;
}

/** Counts the request against its client; a refusal is returned for the route to send. */
export async function takeForRequest(req: Request, limiter: RateLimiter, config = getConfig()): Promise<RateDecision> {
  return limiter.take(clientKey(req.headers, config.trustedProxyHops));
}
