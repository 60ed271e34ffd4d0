import type { Steps } from '../marketplaces/steps';

/**
 * Main-thread work per slice. A step (one list row) takes well under a millisecond, so a slice ends
 * within one step of this and stays under the 16 ms of a frame, far from a 50 ms long task.
 */
const SLICE_MS = 10;
/** Idle time may never come on a busy page: the next slice runs at most this long after the last. */
const IDLE_TIMEOUT_MS = 200;

/** What the page's event loop offers a content script (WXT's ctx, or window). */
export interface Scheduler {
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback?(callback: () => void, options?: IdleRequestOptions): number;
}

/** Gives the main thread back to the page: until idle time where the browser has it, else one macrotask. */
export function yieldToPage(scheduler: Scheduler): Promise<void> {
  return new Promise((resolve) => {
    if (scheduler.requestIdleCallback) scheduler.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else scheduler.setTimeout(resolve, 0);
  });
}

/**
 * Runs `steps` in slices of about SLICE_MS of main-thread work, yielding to the page between them,
 * so a long list is read or flagged without a long task. Resolves to what the steps return.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  now = () => performance.now(),
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = now();
    }
  }
}
