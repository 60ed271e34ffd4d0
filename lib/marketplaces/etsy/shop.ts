import type { HostedShops } from '../hosted-shops';
import { isEtsyOrderPageUrl } from './pages';

/**
 * The shop key of every Etsy order: Etsy's own origin. Every shop's Shop Manager lives on
 * www.etsy.com and its orders page names no shop in its address, so Settle keeps one Etsy shop per
 * browser profile. A seller who switches one profile between two Etsy shops sees both shops'
 * orders under this one key (README, "Limits"); two shops are kept apart by two browser profiles.
 */
export const ETSY_SHOP = 'https://www.etsy.com';

/**
 * The shop an Etsy page speaks for: its origin, which is ETSY_SHOP only on Etsy's own host over
 * https (no path, query or page content can make it so); a page on any other host, which may call
 * itself Etsy and name Etsy receipt ids, speaks for its own origin alone.
 */
export const etsyShopOfPage = (page: URL): string => page.origin;

/** Whether `url` is Etsy's own orders page (or an order on it): the only Etsy links Settle keeps or opens. */
export function isEtsyOrderPageOnEtsy(url: string | undefined): boolean {
  try {
    return !!url && isEtsyOrderPageUrl(new URL(url));
  } catch {
    return false;
  }
}

/** Etsy's shops for lib/model/shop.ts: its one origin, and only its orders pages are that shop's. */
export const etsyHostedShops: HostedShops = {
  shopOf: etsyShopOfPage,
  owns: (shop) => shop === ETSY_SHOP,
  isOnShop: (url) => isEtsyOrderPageOnEtsy(url),
};
