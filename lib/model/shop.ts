import type { MarketplaceId } from './order';
import { HOSTED_SHOPS } from '../marketplaces/hosted-shops';

/**
 * The shop an order belongs to, part of every order's key: two shops may share an order number.
 *
 * - Self-hosted consoles (WooCommerce, and any other console read by the generic reader): the
 *   page's origin, `https://shop.example`. A page speaks only for its own origin's orders.
 * - Orders the seller added by hand: `MANUAL_SHOP`; no page can speak for them.
 * - Hosted consoles: their own key, from their folder (lib/marketplaces/hosted-shops.ts), and
 *   only on their own hosts. eBay Seller Hub: one shop for all of eBay's country sites; Etsy: its
 *   one origin; Shopify, where many stores share one origin: the store,
 *   `https://admin.shopify.com/store/{handle}`.
 */
export const MANUAL_SHOP = 'manual';

/** The shop a console page at `url` speaks for. */
export function shopOfPage(marketplace: MarketplaceId, url: string | URL): string {
  const page = new URL(url);
  // A page elsewhere that claims to be a hosted console is its own origin's shop, never the console's.
  return HOSTED_SHOPS[marketplace]?.shopOf(page) ?? page.origin;
}

/** The origin of an address, or undefined when it is not one. */
export function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url` is a page of this shop's own web site: the only links Settle keeps or opens for its orders. */
export function isOnShop(url: string | undefined, shop: string): boolean {
  // A hosted console's host serves every shop and every buyer: only its orders pages are this shop's.
  const hosted = Object.values(HOSTED_SHOPS);
  const owner = hosted.find((h) => h.owns(shop));
  if (owner) return owner.isOnShop(url, shop);
  if (hosted.some((h) => h.holdsPage?.(url))) return false;
  return /^https?:/.test(shop) && originOf(shop) === shop && originOf(url) === shop;
}

/** The console page Settle may open for an order: its own page on its own shop's site, else none. */
export function consoleUrlOf(order: { url: string; shop: string }): string | undefined {
  return isOnShop(order.url, order.shop) ? order.url : undefined;
}

/**
 * A short name for a shop, to show beside its console: the store's handle on a hosted console
 * (`https://admin.shopify.com/store/acme` → `acme`), else the host without `www.`; undefined for
 * orders added by hand (the page names those in the seller's language).
 */
export function shopLabelOf(shop: string): string | undefined {
  if (shop === MANUAL_SHOP) return undefined;
  try {
    const url = new URL(shop);
    const store = /^\/store\/([^/]+)/.exec(url.pathname)?.[1];
    return store ? decodeURIComponent(store) : url.host.replace(/^www\./, '');
  } catch {
    return shop;
  }
}
