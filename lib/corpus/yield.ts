import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * The longest a build step keeps the event loop before handing it back, so that during a cold
 * build requests still get their immediate 503 and a SIGTERM is handled (issue 14 item 10).
 */
export const BUILD_SLICE_MS = 20;

/** Lets a long loop hand the event loop back; called between small steps, cheap when not due. */
export type Pause = () => Promise<void>;

/** A pause that yields only once `sliceMs` have passed since the last yield: a build stays as fast. */
export function createPause(sliceMs = BUILD_SLICE_MS): Pause {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}
