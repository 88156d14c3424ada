/**
 * Attempt deadlines on the shared clock: which deadline fires, with which reason, and that an
 * attempt that is over never fires. Short real timeouts; the assertions are about outcomes only.
 */
import { describe, expect, it } from 'vitest';
import { AbortableReader, Deadlines } from '@/lib/chat/deadlines';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function aborted(deadlines: Deadlines): Promise<void> {
  const signal = deadlines.controller.signal;
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

describe('attempt deadlines', () => {
  it('fires the first-token deadline when no output comes', async () => {
    const deadlines = new Deadlines(20, 5_000);
    await aborted(deadlines);
    expect(deadlines.reason).toBe('no first token within 20 ms');
    deadlines.finish(false);
  });

  it('fires the gap deadline when output stops', async () => {
    const deadlines = new Deadlines(30, 5_000);
    deadlines.touch();
    await wait(10);
    deadlines.touch();
    await aborted(deadlines);
    expect(deadlines.reason).toBe('model stalled for 30 ms');
    deadlines.finish(false);
  });

  it('fires the total deadline while output keeps coming', async () => {
    const deadlines = new Deadlines(40, 60);
    const feeding = setInterval(() => deadlines.touch(), 5);
    await aborted(deadlines);
    clearInterval(feeding);
    expect(deadlines.reason).toBe('model did not finish within 60 ms');
    deadlines.finish(false);
  });

  it('keeps the attempts apart: each fires its own deadline', async () => {
    const quick = new Deadlines(15, 5_000);
    const slow = new Deadlines(5_000, 5_000);
    const fed = new Deadlines(60, 5_000);
    const feeding = setInterval(() => fed.touch(), 5);
    await aborted(quick);
    expect(quick.reason).toBe('no first token within 15 ms');
    expect(slow.reason).toBeUndefined();
    expect(fed.reason).toBeUndefined();
    clearInterval(feeding);
    await aborted(fed);
    expect(fed.reason).toBe('model stalled for 60 ms');
    expect(slow.reason).toBeUndefined();
    for (const d of [quick, slow, fed]) d.finish(false);
  });

  it('never fires once the attempt is over', async () => {
    const deadlines = new Deadlines(10, 10);
    deadlines.finish(true);
    await wait(40);
    expect(deadlines.reason).toBeUndefined();
    expect(deadlines.controller.signal.aborted).toBe(false);
  });

  it('aborts what is in flight when the attempt ends early, not after a stream that closed', () => {
    const early = new Deadlines(5_000, 5_000);
    early.finish(false);
    expect(early.controller.signal.aborted).toBe(true);
    expect(early.reason).toBeUndefined();
    const closed = new Deadlines(5_000, 5_000);
    closed.finish(true);
    expect(closed.controller.signal.aborted).toBe(false);
  });
});

describe('abortable reader', () => {
  it('reads to the end and says the stream closed', async () => {
    const stream = new ReadableStream<number>({
      start(controller) {
        controller.enqueue(1);
        controller.enqueue(2);
        controller.close();
      },
    });
    const reads = new AbortableReader(stream.getReader(), new AbortController().signal);
    const values: number[] = [];
    for (let r = await reads.read(); !r.done; r = await reads.read()) values.push(r.value);
    expect(values).toEqual([1, 2]);
    expect(reads.closed).toBe(true);
    reads.dispose();
  });

  it('gives up on a pending read when the signal aborts', async () => {
    const stream = new ReadableStream<number>({ pull: () => new Promise<void>(() => {}) });
    const controller = new AbortController();
    const reads = new AbortableReader(stream.getReader(), controller.signal);
    const pending = reads.read();
    controller.abort();
    await expect(pending).resolves.toMatchObject({ done: true });
    expect(reads.closed).toBe(false);
    await expect(reads.read()).resolves.toMatchObject({ done: true });
    reads.dispose();
  });
});
