import { describe, expect, it } from 'vitest';
import { TurnSlots } from '@/lib/chat/turn-slots';

describe('TurnSlots', () => {
  it('grants up to its size at once and hands freed slots to waiters in arrival order', async () => {
    const slots = new TurnSlots(2);
    const first = await slots.acquire();
    const second = await slots.acquire();
    const order: string[] = [];
    const third = slots.acquire().then((release) => {
      order.push('third');
      return release;
    });
    const fourth = slots.acquire().then((release) => {
      order.push('fourth');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    first?.();
    first?.(); // releasing twice frees one slot only
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(['third']);
    second?.();
    expect(await fourth).toBeTypeOf('function');
    expect(order).toEqual(['third', 'fourth']);
    (await third)?.();
  });

  it('gives up on a waiter whose signal aborts, without losing the slot', async () => {
    const slots = new TurnSlots(1);
    const holder = await slots.acquire();
    const leaving = new AbortController();
    const waiter = slots.acquire(leaving.signal);
    leaving.abort();
    expect(await waiter).toBeUndefined();
    expect(await slots.acquire(AbortSignal.abort())).toBeUndefined();
    holder?.();
    const next = await slots.acquire();
    expect(next).toBeTypeOf('function');
  });
});
