import type { MarketplaceId } from '@/lib/model/order';

/** The dashboard's pages, kept in the address's hash so the browser's back button works. */
export type Route = { page: 'list' } | { page: 'add' } | { page: 'order'; marketplace: MarketplaceId; shop: string; orderId: string };

const MARKETPLACES = new Set(['ebay', 'etsy', 'shopify', 'woocommerce', 'taobao', 'pinduoduo', 'douyin', 'generic']);

/** `#/order/<marketplace>/<shop>/<order id>`: an order is named by its shop too (two shops may share a number). */
export function parseRoute(hash: string): Route {
  const [, page, marketplace, shop, ...rest] = hash.replace(/^#/, '').split('/');
  if (page === 'add') return { page: 'add' };
  if (page === 'order' && marketplace && MARKETPLACES.has(marketplace) && shop && rest.length) {
    return { page: 'order', marketplace: marketplace as MarketplaceId, shop: decodeURIComponent(shop), orderId: decodeURIComponent(rest.join('/')) };
  }
  return { page: 'list' };
}

export function hrefOf(route: Route): string {
  if (route.page === 'add') return '#/add';
  if (route.page === 'order') return `#/order/${route.marketplace}/${encodeURIComponent(route.shop)}/${encodeURIComponent(route.orderId)}`;
  return '#/';
}
