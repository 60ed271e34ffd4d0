// Bundled by the benchmark into the page: times a console's reader as the content script runs it.
import { adapter as ebay } from '../../lib/marketplaces/ebay';
import { adapter as etsy } from '../../lib/marketplaces/etsy';
import { adapter as shopify } from '../../lib/marketplaces/shopify';
import { adapter as woocommerce } from '../../lib/marketplaces/woocommerce';
import { readPageSteps, readPageWith } from '../../lib/marketplaces/read-page';
import { runInSlices, yieldToPage } from '../../lib/content/run-in-slices';
import { sendOnChange } from '../../lib/content/send-on-change';
import { CsToBg } from '../../lib/messaging/types';

const ADAPTERS = { ebay, etsy, shopify, woocommerce };
type Console = keyof typeof ADAPTERS;

declare global {
  interface Window {
    settleBench: {
      read: (console: Console) => number;
      floor: () => number;
      longestTask: (console: Console) => Promise<number>;
    };
  }
}

function readingOf(console: Console) {
  const reading = readPageWith(ADAPTERS[console], document, new URL(location.href));
  if (!reading?.ok) throw new Error(`bench page not readable: ${reading ? reading.error : 'not detected'}`);
  return reading;
}

window.settleBench = {
  /** One full read of the page as the content script does it; returns the orders read. */
  read: (console) => readingOf(console).orders.length,
  /** The floor: touch every element's text once, the least any DOM reader must do. */
  floor: () => {
    let chars = 0;
    for (const el of document.querySelectorAll('*')) chars += el.textContent?.length ?? 0;
    return chars;
  },
  /**
   * The longest task of one read as the content script runs it (lib/content/console-page.ts): the
   * reading in slices, yielding to the page between them, then, in the last slice's task, the
   * comparison with the last reading sent (lib/content/send-on-change.ts).
   */
  longestTask: async (console) => {
    const url = new URL(location.href);
    let longest = 0;
    let taskStart = performance.now();
    const pause = async () => {
      longest = Math.max(longest, performance.now() - taskStart);
      await yieldToPage(window);
      taskStart = performance.now();
    };
    const reading = await runInSlices(readPageSteps(ADAPTERS[console], document, url), pause);
    if (!reading?.ok) throw new Error('bench page not readable');
    await sendOnChange(async () => undefined)({ type: CsToBg.PAGE_READ, url: url.href, reading });
    return Math.max(longest, performance.now() - taskStart);
  },
};
