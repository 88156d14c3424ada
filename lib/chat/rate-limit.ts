/**
 * Per-client token buckets. Memory stays bounded: buckets idle long enough to have refilled
 * are indistinguishable from new ones and are swept; past `maxClients` the least recently
 * seen client is dropped.
 */

export type RateLimitSettings = { perMinute: number; burst: number };
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedAt: number };

const DEFAULT_MAX_CLIENTS = 10_000;
const SWEEP_EVERY = 1_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly tokensPerMs: number;
  private readonly capacity: number;
  private takesSinceSweep = 0;

  constructor(
    settings: RateLimitSettings,
    private readonly maxClients = DEFAULT_MAX_CLIENTS,
  ) {
    this.tokensPerMs = settings.perMinute / 60_000;
    // A burst smaller than one would refuse every request.
    this.capacity = Math.max(1, settings.burst);
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string, now = Date.now()): RateDecision {
    if (++this.takesSinceSweep >= SWEEP_EVERY || this.buckets.size >= this.maxClients) this.sweep(now);
    const bucket = this.refilled(key, now);
    // Re-inserting keeps the map in least-recently-seen order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    const waitMs = (1 - bucket.tokens) / this.tokensPerMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.capacity, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    return { tokens: Math.min(this.capacity, bucket.tokens + elapsed * this.tokensPerMs), updatedAt: now };
  }

  private sweep(now: number): void {
    this.takesSinceSweep = 0;
    const fullAfterMs = this.capacity / this.tokensPerMs;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= fullAfterMs) this.buckets.delete(key);
    }
    // Still full: drop the least recently seen clients (the map's oldest entries).
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxClients) break;
      this.buckets.delete(key);
    }
  }
}

/** The client a request is counted against: the first forwarded hop, else the real IP header. */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const realIp = headers.get('x-real-ip')?.trim();
  if (realIp) return realIp.slice(0, 100);
  return 'local';
}
