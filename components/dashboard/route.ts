import type { MarketplaceId } from '@/lib/model/order';
import { consoles, type ConsoleRegistry } from '@/lib/marketplaces/consoles';

/** The dashboard's pages, kept in the address's hash so the browser's back button works. */
export type Route =
  { page: 'list' } | { page: 'add' } | { page: 'order'; marketplace: MarketplaceId; shop: string; orderId: string };

/**
 * `#/order/<marketplace>/<shop>/<order id>`: an order is named by its shop too (two shops may share a
 * number). The marketplace must be one of `known` (the consoles list).
 */
export function parseRoute(hash: string, known: Pick<ConsoleRegistry, 'has'> = consoles): Route {
  const [, page, marketplace, shop, ...rest] = hash.replace(/^#/, '').split('/');
  if (page === 'add') return { page: 'add' };
  if (page === 'order' && marketplace && known.has(marketplace) && shop && rest.length) {
    return { page: 'order', marketplace, shop: decodeURIComponent(shop), orderId: decodeURIComponent(rest.join('/')) };
  }
  return { page: 'list' };
}

export function hrefOf(route: Route): string {
  if (route.page === 'add') return '#/add';
  if (route.page === 'order')
    return `#/order/${route.marketplace}/${encodeURIComponent(route.shop)}/${encodeURIComponent(route.orderId)}`;
  return '#/';
}
