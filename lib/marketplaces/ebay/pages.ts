import type { PageKind } from '../../model/order';
import type { ConsoleAddresses } from '../types';
import { EBAY_HOSTS, isEbayHost } from './hosts';

/**
 * Seller Hub's order pages, told apart by path and query alone (MARKETPLACES.md §1.1; tested in
 * tests/unit/marketplaces/ebay/pages.test.ts):
 *   list          /sh/ord/?filter=status:AWAITING_PAYMENT   (also status:ALL_ORDERS, ?status=…, none)
 *   detail        /sh/ord/details?orderid=12-34567-89012[&srn=…]
 *   mesh detail   /mesh/ord/details?mode=SH&srn=171&orderid=…&source=Orders   (also `orderId=`; may be a child frame)
 */
const LIST_PATH = /^\/sh\/ord\/?$/;
const DETAIL_PATH = /^\/sh\/ord\/details\/?$/;
const MESH_DETAIL_PATH = /^\/mesh\/ord\/details\/?$/;

/**
 * The first value of a parameter in `url`'s query, as URLSearchParams reads it. A query without
 * escapes (`%`, `+`) is read by splitting it: the orders list reads an address on every row, and
 * making a URLSearchParams for each costs more than the rest of the address.
 */
function queryParam(url: URL, name: string): string | null {
  const query = url.search.slice(1);
  if (/[%+]/.test(query)) return url.searchParams.get(name);
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if ((eq === -1 ? pair : pair.slice(0, eq)) === name) return eq === -1 ? '' : pair.slice(eq + 1);
  }
  return null;
}

/** The order id a detail address names: `orderid=`, or the mesh page's `orderId=`. */
export function orderIdParam(url: URL): string | undefined {
  return (queryParam(url, 'orderid') || queryParam(url, 'orderId') || '').trim() || undefined;
}

function isEbayOrderList(url: URL): boolean {
  return isEbayHost(url) && LIST_PATH.test(url.pathname);
}

function isEbayOrderDetail(url: URL): boolean {
  return (
    isEbayHost(url) && (DETAIL_PATH.test(url.pathname) || MESH_DETAIL_PATH.test(url.pathname)) && !!orderIdParam(url)
  );
}

/** True when the URL alone can be a Seller Hub order page, on one of eBay's own sites. */
export function isEbayOrderPageUrl(url: URL): boolean {
  return isEbayOrderList(url) || isEbayOrderDetail(url);
}

/** The list filter the address asks for (`AWAITING_PAYMENT`), from `filter=status:…` or `status=…`. */
export function statusFilter(url: URL): string | undefined {
  const filter = /(?:^|,)status:([A-Z_]+)/.exec(queryParam(url, 'filter') || '');
  return (filter ? filter[1] : queryParam(url, 'status')) || undefined;
}

/**
 * The page's kind. A details page whose order sits in a child frame (`framed`: the mesh page in an
 * iframe, and no order fields of its own) is not an order page itself: the frame's script reads it.
 */
export function detectEbayPage(url: URL, framed: boolean): PageKind | null {
  if (isEbayOrderList(url)) return 'order-list';
  if (isEbayOrderDetail(url) && !framed) return 'order-detail';
  return null;
}

/**
 * The content script's match patterns: the orders list and details and the mesh details, on every
 * site. `/sh/ord*` also takes `/sh/ordinary`: isEbayOrderPageUrl checks the rest before anything runs.
 */
export const MATCHES = EBAY_HOSTS.flatMap((host) => [`https://${host}/sh/ord*`, `https://${host}/mesh/ord/details*`]);

/** Where the content script runs and what it reads, for the always-on loader (lib/content/console-loader.ts). */
export const ADDRESSES: ConsoleAddresses = {
  id: 'ebay',
  matches: MATCHES,
  allFrames: true,
  isOrderPageUrl: isEbayOrderPageUrl,
  singlePageApp: true,
};
