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

/** The key every request shares when no trusted proxy names the client. */
export const UNATTRIBUTED_CLIENT = 'unattributed';
const MAX_KEY_CHARS = 100;

/**
 * The client a request is counted against.
 *
 * A route handler sees no socket address, and X-Forwarded-For / X-Real-IP are whatever the
 * client sent unless a proxy we trust rewrote them: keying on them as sent lets anyone mint a
 * fresh bucket per request. So:
 * - `trustedProxyHops` 0 (the default, TRUSTED_PROXY_HOPS): no trusted proxy; forwarding headers
 *   are ignored and every request shares one bucket (a server-wide limit).
 * - `trustedProxyHops` n > 0: n proxies that each append the address they saw to
 *   X-Forwarded-For stand in front of the app. The outermost of them appended the client's
 *   address, which is the n-th entry from the right; everything left of it is client-supplied
 *   and ignored. A header with fewer entries did not come through the proxies and shares the
 *   unattributed bucket. X-Real-IP is never used: a proxy that only appends X-Forwarded-For
 *   passes a client's X-Real-IP through untouched.
 */
export function clientKey(headers: Headers, trustedProxyHops = 0): string {
  if (trustedProxyHops <= 0) return UNATTRIBUTED_CLIENT;
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const client = entries[entries.length - trustedProxyHops];
  if (entries.length < trustedProxyHops || client === undefined) return UNATTRIBUTED_CLIENT;
  return `ip:${client.slice(0, MAX_KEY_CHARS)}`;
}
