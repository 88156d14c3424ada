/**
 * Bounded memos keyed by user input: the `lru-cache` package (docs/decisions/0005: faster than
 * the Map we had, same eviction order), plus the get-or-compute step every caller here uses.
 */
import { LRUCache } from 'lru-cache';

// lru-cache keys and values are never undefined or null: a miss is `undefined`.
export class LruCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>> extends LRUCache<K, V> {
  constructor(capacity: number) {
    if (!(capacity >= 1)) throw new Error('an LRU cache needs room for at least one entry');
    super({ max: capacity });
  }

  /** The remembered value for `key`, or `compute()`'s, remembered. */
  remember(key: K, compute: () => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = compute();
    this.set(key, value);
    return value;
  }
}
