import { describe, expect, it } from 'vitest';
import { LruCache } from '@/lib/lru';

describe('LruCache', () => {
  it('keeps at most its capacity, forgetting the least recently used entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now more recent than b
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('replaces a value without evicting anything', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBe(10);
    expect(cache.get('b')).toBe(2);
  });

  it('remember computes a missing value once and keeps it within the bound', () => {
    const cache = new LruCache<string, number>(2);
    let computed = 0;
    const square = (n: number) => cache.remember(String(n), () => (computed++, n * n));
    expect(square(3)).toBe(9);
    expect(square(3)).toBe(9);
    expect(computed).toBe(1);
    square(4);
    square(5);
    expect(cache.size).toBe(2);
    expect(square(3)).toBe(9);
    expect(computed).toBe(4);
  });

  it('refuses a capacity below one', () => {
    expect(() => new LruCache(0)).toThrow();
  });
});
