import { etsyHostedShops } from './etsy/shop';
import { ebayHostedShops } from './ebay/shop';
import { shopifyHostedShops } from './shopify/store';
import type { MarketplaceId } from '../model/order';

/**
 * How a console that hosts many sellers on its own hosts names its shops (lib/model/shop.ts asks;
 * each console answers from its own folder). Self-hosted consoles have none: their shop is the origin.
 */
export interface HostedShops {
  /** The shop a page of this console speaks for; undefined when the page is not on the console's own hosts. */
  shopOf(page: URL): string | undefined;
  /** Whether `shop` is one of this console's shop keys. */
  owns(shop: string): boolean;
  /** Whether `url` is one of `shop`'s own pages on the console: the only links Settle keeps or opens for it. */
  isOnShop(url: string | undefined, shop: string): boolean;
  /** Whether `url` is a page of this console that no self-hosted shop of the same origin may claim. */
  holdsPage?(url: string | undefined): boolean;
}

/** Every hosted console's shop naming, by its id. */
export const HOSTED_SHOPS: Partial<Record<MarketplaceId, HostedShops>> = {
  etsy: etsyHostedShops,
  ebay: ebayHostedShops,
  shopify: shopifyHostedShops,
};
