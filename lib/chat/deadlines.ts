/**
 * The deadlines of one model attempt (a first token, no long gap, a total time) and a reader that
 * gives up on a stream once the attempt's signal aborts.
 *
 * All attempts share one timer: a timer per attempt, reset on every delta, cost more than the
 * attempt's own checks (Node creates and deletes a timer list each time the last timer of a
 * duration goes). The shared timer is armed no later than the earliest deadline of any running
 * attempt; when it fires, each attempt compares its deadlines with the clock.
 */
import { clearTimeout, setTimeout } from 'node:timers';

type Watched = {
  /** Fires what is due at `now`; returns when the next deadline falls (Infinity: none). */
  expire(now: number): number;
};

/** Longer delays overflow Node's timer (it would fire at once); the clock re-arms instead. */
const MAX_TIMER_MS = 2 ** 31 - 1;

class DeadlineClock {
  private readonly running = new Set<Watched>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armedFor = Infinity;

  add(watched: Watched, due: number): void {
    this.running.add(watched);
    if (due < this.armedFor) this.arm(due);
    // While an attempt runs, its deadline keeps the process alive, as its own timer would.
    else if (this.running.size === 1) this.timer?.ref();
  }

  remove(watched: Watched): void {
    if (!this.running.delete(watched)) return;
    if (this.running.size === 0) this.timer?.unref();
  }

  private arm(due: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.armedFor = due;
    const delay = Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(due - performance.now())));
    this.timer = setTimeout(() => this.tick(), delay);
    if (this.running.size === 0) this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    this.armedFor = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const watched of [...this.running]) {
      const due = watched.expire(now);
      // Fired: nothing left to watch, even if the attempt never says it is over.
      if (due === Infinity) this.running.delete(watched);
      next = Math.min(next, due);
    }
    if (next < Infinity) this.arm(next);
  }
}

const clock = new DeadlineClock();

/** Aborts after a deadline; `reason` says which deadline fired. */
export class Deadlines implements Watched {
  readonly controller = new AbortController();
  reason: string | undefined;
  private readonly startedAt = performance.now();
  /** When output last arrived; undefined before the first. */
  private lastOutputAt: number | undefined;
  private over = false;

  constructor(
    private readonly firstTokenMs: number,
    private readonly totalMs: number,
  ) {
    clock.add(this, Math.min(this.totalDue(), this.idleDue()));
  }

  /** Output arrived: the model is alive, the gap deadline moves on. */
  touch(): void {
    this.lastOutputAt = performance.now();
  }

  /** The attempt is over: stop watching, and stop whatever is still in flight upstream. */
  finish(streamClosed: boolean): void {
    this.over = true;
    clock.remove(this);
    // A stream read to its end has nothing in flight any more: no abort (nor its Error) needed.
    if (!streamClosed) this.controller.abort(new Error('attempt finished'));
  }

  expire(now: number): number {
    if (this.over) return Infinity;
    const total = this.totalDue();
    const idle = this.idleDue();
    if (now < Math.min(total, idle)) return Math.min(total, idle);
    // The deadline that came due first is the one a timer of its own would have fired.
    if (total <= idle) this.fire(`model did not finish within ${this.totalMs} ms`);
    else if (this.lastOutputAt === undefined) this.fire(`no first token within ${this.firstTokenMs} ms`);
    else this.fire(`model stalled for ${this.firstTokenMs} ms`);
    this.over = true;
    return Infinity;
  }

  private totalDue(): number {
    return this.startedAt + this.totalMs;
  }

  private idleDue(): number {
    return (this.lastOutputAt ?? this.startedAt) + this.firstTokenMs;
  }

  private fire(reason: string): void {
    this.reason ??= reason;
    this.controller.abort(new Error(reason));
  }
}

const DONE = Object.freeze({ done: true, value: undefined });

/**
 * Reads a stream until a signal aborts: a read pending at the abort resolves as `done`. One
 * abort listener serves every read of the attempt.
 */
export class AbortableReader<T> {
  /** The stream itself ended (not an abort). */
  closed = false;
  private pending: ((result: ReadableStreamReadResult<T>) => void) | undefined;
  private readonly onAbort = () => this.pending?.(DONE);

  constructor(
    private readonly reader: ReadableStreamDefaultReader<T>,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Resolves with the read, or with `done` once the signal aborts, whichever comes first. */
  read(): Promise<ReadableStreamReadResult<T>> {
    if (this.signal.aborted) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => {
      this.pending = resolve;
      this.reader.read().then(
        (result) => {
          if (this.pending === resolve) this.pending = undefined;
          if (result.done) this.closed = true;
          resolve(result);
        },
        (error: unknown) => {
          if (this.pending === resolve) this.pending = undefined;
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  dispose(): void {
    this.signal.removeEventListener('abort', this.onAbort);
    this.pending = undefined;
  }
}
