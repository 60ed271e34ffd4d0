import { browser } from 'wxt/browser';
import type { MarketplaceId } from '../model/order';

/** Settle's own page (the dashboard), optionally at a route (`#/order/…`). */
export const dashboardUrl = (hash = ''): string => `${browser.runtime.getURL('/dashboard.html')}${hash}`;

/** The dashboard's page for one order: where a notification about an order without a console page leads. */
export function dashboardOrderUrl(o: { marketplace: MarketplaceId; shop: string; orderId: string }): string {
  return dashboardUrl(`#/order/${o.marketplace}/${encodeURIComponent(o.shop)}/${encodeURIComponent(o.orderId)}`);
}
