import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from '@/lib/chat/rate-limit';
import { testConfig } from '../helpers/config';

describe('RateLimiter', () => {
  it('with the default settings allows at least 120 requests a minute from one client', () => {
    const limiter = new RateLimiter(testConfig({}).rateLimit);
    let allowed = 0;
    // 120 requests spread evenly over one minute.
    for (let i = 0; i < 120; i++) if (limiter.take('a', i * 500).allowed) allowed++;
    expect(allowed).toBe(120);
  });

  it('refuses past the burst and says when to retry', () => {
    const limiter = new RateLimiter({ perMinute: 6, burst: 2 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0).allowed).toBe(true);
    const refused = limiter.take('a', 0);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
    // Other clients are unaffected.
    expect(limiter.take('b', 0).allowed).toBe(true);
    // One token back after 10 s at 6 a minute.
    expect(limiter.take('a', 10_000).allowed).toBe(true);
    expect(limiter.take('a', 10_000).allowed).toBe(false);
  });

  it('keeps memory bounded by evicting idle and least recently seen clients', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 5 }, 100);
    for (let i = 0; i < 1_000; i++) limiter.take(`client-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The most recent client still has its (spent) bucket.
    const recent = new RateLimiter({ perMinute: 60, burst: 1 }, 10);
    recent.take('x', 0);
    for (let i = 0; i < 5; i++) recent.take(`other-${i}`, 0);
    expect(recent.take('x', 0).allowed).toBe(false);
  });
});

describe('clientKey', () => {
  it('uses the first x-forwarded-for hop, then x-real-ip, else local', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': ' 203.0.113.7 , 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientKey(new Headers())).toBe('local');
  });
});
