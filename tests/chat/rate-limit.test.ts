import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter, UNATTRIBUTED_CLIENT } from '@/lib/chat/rate-limit';
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
  it('ignores forwarding headers when no trusted proxy is configured (the default)', () => {
    const spoofed = [
      new Headers({ 'x-forwarded-for': '203.0.113.7' }),
      new Headers({ 'x-forwarded-for': '198.51.100.9, 10.0.0.1' }),
      new Headers({ 'x-real-ip': '198.51.100.2' }),
      new Headers(),
    ];
    expect(new Set(spoofed.map((h) => clientKey(h)))).toEqual(new Set([UNATTRIBUTED_CLIENT]));
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7' }), 0)).toBe(UNATTRIBUTED_CLIENT);
  });

  it('takes the entry the outermost trusted proxy appended: the n-th from the right', () => {
    const headers = new Headers({ 'x-forwarded-for': ' 6.6.6.6 , 203.0.113.7, 10.0.0.1' });
    expect(clientKey(headers, 1)).toBe('ip:10.0.0.1');
    expect(clientKey(headers, 2)).toBe('ip:203.0.113.7');
    // What the client wrote to the left of the proxies' entries never becomes the key.
    const rotated = ['1.1.1.1', '2.2.2.2, 3.3.3.3', 'x'].map((spoof) => clientKey(new Headers({ 'x-forwarded-for': `${spoof}, 203.0.113.7` }), 1));
    expect(new Set(rotated)).toEqual(new Set(['ip:203.0.113.7']));
  });

  it('shares one bucket for requests that did not pass through every trusted proxy', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7' }), 2)).toBe(UNATTRIBUTED_CLIENT);
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }), 1)).toBe(UNATTRIBUTED_CLIENT);
    expect(clientKey(new Headers(), 1)).toBe(UNATTRIBUTED_CLIENT);
  });

  it('bounds the key length', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'a'.repeat(5000) }), 1).length).toBeLessThanOrEqual(110);
  });

  it('reads TRUSTED_PROXY_HOPS from the environment, 0 by default', () => {
    expect(testConfig({}).trustedProxyHops).toBe(0);
    expect(testConfig({ TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
    expect(() => testConfig({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
