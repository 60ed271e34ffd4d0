/**
 * Chrome allows `captureVisibleTab` about twice a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND);
 * a faster call fails. Every capture of this background waits its turn here.
 */
const CAPTURE_SPACING_MS = 550;

let last = 0;

export async function waitCaptureTurn(
  sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  // Elapsed time, not the date: performance.now() is monotonic.
  const wait = last + CAPTURE_SPACING_MS - performance.now();
  if (wait > 0) await sleep(wait);
  last = performance.now();
}
