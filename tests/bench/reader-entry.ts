// Bundled by the benchmark into the page: times the WooCommerce reader as the content script runs it.
import { adapter } from '../../lib/marketplaces/woocommerce';
import { readPageWith } from '../../lib/marketplaces/read-page';

declare global {
  interface Window {
    settleBench: { read: () => number; floor: () => number };
  }
}

window.settleBench = {
  /** One full read of the page as the content script does it; returns the orders read. */
  read: () => {
    const reading = readPageWith(adapter, document, new URL(location.href));
    if (!reading?.ok) throw new Error(`bench page not readable: ${reading ? reading.error : 'not detected'}`);
    return reading.orders.length;
  },
  /** The floor: touch every element's text once, the least any DOM reader must do. */
  floor: () => {
    let chars = 0;
    for (const el of document.querySelectorAll('*')) chars += el.textContent?.length ?? 0;
    return chars;
  },
};
