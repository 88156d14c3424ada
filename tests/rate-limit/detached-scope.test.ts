/**
 * Timers the limiter sets while counting a request must not keep that request's async context
 * (Next holds the whole request in AsyncLocalStorage): they run in the scope captured at start-up.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '@/lib/rate-limit';
import { captureDetachedScope, runDetached } from '@/lib/runtime/detached-scope';

const requestStore = new AsyncLocalStorage<{ request: string }>();

function storeSeenByTimer(work: (f: () => void) => void): Promise<unknown> {
  return new Promise((resolve) => {
    requestStore.run({ request: 'a big request' }, () => work(() => setTimeout(() => resolve(requestStore.getStore()), 1)));
  });
}

describe('the detached scope', () => {
  it('a timer set inside a request keeps the request (why the scope exists)', async () => {
    expect(await storeSeenByTimer((setTimer) => setTimer())).toEqual({ request: 'a big request' });
  });

  it('a timer set in runDetached, once the scope is captured, sees no request', async () => {
    captureDetachedScope();
    expect(await storeSeenByTimer((setTimer) => runDetached(setTimer))).toBeUndefined();
  });

  it('the limiter counts in it and still limits', async () => {
    captureDetachedScope();
    const limiter = createMemoryRateLimiter({ name: 'detached', points: 2, durationSeconds: 10 });
    const decisions = await requestStore.run({ request: 'r' }, async () => [await limiter.take('k'), await limiter.take('k'), await limiter.take('k')]);
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
  });
});
