import type { Scheduler } from './run-in-slices';
import { yieldToPage } from './run-in-slices';

/**
 * How long after its document is parsed a page's load may keep Settle waiting. A console whose load
 * never ends (an image or a script whose server does not answer) is read all the same: its order
 * is in the document by then; only what the page fetches besides is still coming.
 */
export const STALLED_LOAD_MS = 3_000;

/**
 * Resolves once the page's own load event has passed (or the load has stalled, STALLED_LOAD_MS after
 * the document was parsed), and then in idle time: what Settle adds to the page (its panel) is built
 * after the console is up, never in the way of its loading.
 */
export async function afterPageLoad(
  doc: Pick<Document, 'readyState' | 'addEventListener'>,
  win: Pick<Window, 'addEventListener'>,
  scheduler: Scheduler,
) {
  if (doc.readyState !== 'complete') await loadedOrStalled(doc, win, scheduler);
  await yieldToPage(scheduler);
}

function loadedOrStalled(
  doc: Pick<Document, 'readyState' | 'addEventListener'>,
  win: Pick<Window, 'addEventListener'>,
  scheduler: Scheduler,
): Promise<void> {
  return new Promise((resolve) => {
    let stallTimer: number | undefined;
    win.addEventListener(
      'load',
      () => {
        clearTimeout(stallTimer);
        resolve();
      },
      { once: true },
    );
    const startStallTimer = () => (stallTimer = scheduler.setTimeout(resolve, STALLED_LOAD_MS));
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', startStallTimer, { once: true });
    else startStallTimer();
  });
}
