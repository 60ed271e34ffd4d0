import type { PageKind } from '../../model/order';
import type { ConsoleAddresses } from '../types';

/**
 * Etsy's orders page is one single-page app at www.etsy.com (every shop's Shop Manager is there):
 *   list      /your/orders/sold[?ref=seller-platform-mcnav]   /your/orders/sold/new   /your/orders/sold/completed
 *   overlay   the same page with ?order_id=<receipt id>        (opened by route, without a page load)
 *   receipt   /your/orders/sold/<receipt id>
 * The page kind is told by the URL alone (tests/unit/marketplaces/etsy/pages.test.ts).
 */
const SOLD = /^\/your\/orders\/sold(?:\/([a-z_-]+|\d+))?\/?$/;
const RECEIPT_ID = /^\d{1,20}$/;

/** The receipt id the URL names (`order_id=` or the path), or undefined. */
export function receiptIdOfUrl(url: URL): string | undefined {
  const m = SOLD.exec(url.pathname);
  if (!m) return undefined;
  const fromQuery = url.searchParams.get('order_id');
  if (fromQuery !== null) return RECEIPT_ID.test(fromQuery) ? fromQuery : undefined;
  return m[1] && RECEIPT_ID.test(m[1]) ? m[1] : undefined;
}

/** True when the URL alone can be Etsy's orders page or an order open on it. */
export function isEtsyOrderPageUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.host === 'www.etsy.com' && SOLD.test(url.pathname);
}

export function detectEtsyPage(url: URL): PageKind | null {
  if (!isEtsyOrderPageUrl(url)) return null;
  // An order_id that is not a receipt id opens nothing: not an order page, and not the list either.
  if (url.searchParams.has('order_id')) return receiptIdOfUrl(url) ? 'order-detail' : null;
  return receiptIdOfUrl(url) ? 'order-detail' : 'order-list';
}

/** The content script's match pattern: the orders page and everything under it (isEtsyOrderPageUrl checks the rest). */
export const MATCHES = ['https://www.etsy.com/your/orders/sold*'];

/** Where the content script runs and what it reads, for the always-on loader (lib/content/console-loader.ts). */
export const ADDRESSES: ConsoleAddresses = {
  id: 'etsy',
  matches: MATCHES,
  isOrderPageUrl: isEtsyOrderPageUrl,
  singlePageApp: true,
};
