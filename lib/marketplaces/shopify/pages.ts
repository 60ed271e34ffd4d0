import type { PageKind } from '../../model/order';
import type { ConsoleAddresses } from '../types';
import { shopifyStoreOf } from './store';

/**
 * Shopify admin addresses, on the current host and the old one (tested in
 * tests/unit/marketplaces/shopify/pages.test.ts):
 *   list          https://admin.shopify.com/store/{handle}/orders[?query=…&after=…]
 *   order         https://admin.shopify.com/store/{handle}/orders/{numeric id}
 *   draft list    https://admin.shopify.com/store/{handle}/draft_orders[?…]
 *   draft order   https://admin.shopify.com/store/{handle}/draft_orders/{numeric id}
 *   old host      https://{handle}.myshopify.com/admin/orders[/{id}] (and draft_orders)
 * Anything else in the admin (products, customers, a draft being created at `draft_orders/new`)
 * is not an order page.
 */
const ORDER_PATH = /^\/(?:store\/[^/]+|admin)\/(orders|draft_orders)(?:\/(\d+))?\/?$/;

function orderPath(url: URL): { drafts: boolean; id?: string } | undefined {
  if (!shopifyStoreOf(url)) return undefined;
  const m = ORDER_PATH.exec(url.pathname);
  return m ? { drafts: m[1] === 'draft_orders', id: m[2] } : undefined;
}

/** True when the URL alone is one of a store's order lists or order pages (drafts included). */
export const isShopifyOrderPageUrl = (url: URL) => !!orderPath(url);

/** True on a draft-order list or page. */
export const isDraftPage = (url: URL) => !!(orderPath(url) ?? { drafts: false }).drafts;

export function detectShopifyPage(url: URL): PageKind | null {
  const path = orderPath(url);
  if (!path) return null;
  return path.id ? 'order-detail' : 'order-list';
}

/**
 * The content script's match patterns: the whole store admin, because it is a single-page app
 * (the seller reaches the orders from its home page without a page load). isShopifyOrderPageUrl
 * decides, before anything else, whether the script does anything on the page it is in.
 */
export const MATCHES = ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'];

/** Where the content script runs and what it reads, for the always-on loader (lib/content/console-loader.ts). */
export const ADDRESSES: ConsoleAddresses = {
  id: 'shopify',
  matches: MATCHES,
  isOrderPageUrl: isShopifyOrderPageUrl,
  singlePageApp: true,
};
