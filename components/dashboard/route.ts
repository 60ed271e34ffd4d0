import type { MarketplaceId } from '@/lib/model/order';

/** The dashboard's pages, kept in the address's hash so the browser's back button works. */
export type Route = { page: 'list' } | { page: 'add' } | { page: 'order'; marketplace: MarketplaceId; orderId: string };

const MARKETPLACES = new Set(['ebay', 'etsy', 'shopify', 'woocommerce', 'taobao', 'pinduoduo', 'douyin', 'generic']);

export function parseRoute(hash: string): Route {
  const [, page, marketplace, ...rest] = hash.replace(/^#/, '').split('/');
  if (page === 'add') return { page: 'add' };
  if (page === 'order' && marketplace && MARKETPLACES.has(marketplace) && rest.length) {
    return { page: 'order', marketplace: marketplace as MarketplaceId, orderId: decodeURIComponent(rest.join('/')) };
  }
  return { page: 'list' };
}

export function hrefOf(route: Route): string {
  if (route.page === 'add') return '#/add';
  if (route.page === 'order') return `#/order/${route.marketplace}/${encodeURIComponent(route.orderId)}`;
  return '#/';
}
