/**
 * Admission for CPU-bound work: at most `size` holders at once, the rest wait in arrival order.
 * Offline turns use it so that fifty concurrent chats run a few at a time to the end, instead of
 * all interleaving with fifty sets of working memory alive and every answer finishing late.
 */
export class TurnSlots {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    this.#free = size;
  }

  /** Resolves with a release function once a slot is free, or undefined if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<(() => void) | undefined> {
    if (signal?.aborted) return Promise.resolve(undefined);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve) => {
      const grant = () => {
        signal?.removeEventListener('abort', giveUp);
        resolve(this.#releaser());
      };
      const giveUp = () => {
        const at = this.#waiting.indexOf(grant);
        if (at !== -1) this.#waiting.splice(at, 1);
        resolve(undefined);
      };
      this.#waiting.push(grant);
      signal?.addEventListener('abort', giveUp, { once: true });
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}
