import type { HostedShops } from '../hosted-shops';
import { isEbayHost } from './hosts';
import { isEbayOrderPageUrl } from './pages';

/**
 * The one shop of every eBay Seller Hub page. eBay's order ids are global across its sites, and one
 * seller account sees the same orders on www.ebay.de and www.ebay.com, so an order read on both is
 * one order. Not an origin on purpose: no page's origin can ever equal it.
 *
 * Limit: the key names the seller's eBay, not their account. A browser profile that signs in to two
 * eBay accounts files both accounts' orders under this one shop (their ids still never collide);
 * the pages show no account id Settle could read without guessing.
 */
export const EBAY_SHOP = 'ebay:seller-hub';

const urlOf = (url: string | URL | undefined): URL | undefined => {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
};

/** The eBay shop for a page on one of eBay's own Seller Hub sites, else undefined (the page is not eBay's). */
function ebayShopOfPage(url: string | URL): string | undefined {
  const parsed = urlOf(url);
  return parsed && isEbayHost(parsed) ? EBAY_SHOP : undefined;
}

/** Whether `url` is one of eBay's own order pages, on any eBay site: the only links kept or opened for the eBay shop. */
export function isEbayOrderUrl(url: string | URL | undefined): boolean {
  const parsed = urlOf(url);
  return !!parsed && isEbayOrderPageUrl(parsed);
}

/** eBay's shops for lib/model/shop.ts: one shop for every Seller Hub site, its order pages on any of them. */
export const ebayHostedShops: HostedShops = {
  shopOf: ebayShopOfPage,
  owns: (shop) => shop === EBAY_SHOP,
  isOnShop: (url) => isEbayOrderUrl(url),
};
