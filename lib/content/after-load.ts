import type { Scheduler } from './run-in-slices';
import { yieldToPage } from './run-in-slices';

/**
 * Resolves once the page's own load event has passed, and then in idle time: what Settle adds to
 * the page (its panel) is built after the console is up, never in the way of its loading.
 */
export async function afterPageLoad(doc: Document, win: Pick<Window, 'addEventListener'>, scheduler: Scheduler) {
  if (doc.readyState !== 'complete')
    await new Promise<void>((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
  await yieldToPage(scheduler);
}
