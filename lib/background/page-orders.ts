import * as v from 'valibot';
import type { MarketplaceId, OrderSnapshot } from '../model/order';
import type { ShopSnapshot } from '../model/order-record';
import { isOnShop, shopOfPage } from '../model/shop';
import { OrderSnapshotSchema, describeIssues } from '../messaging/schemas';
import { ORDER_BYTE_BUDGET, utf8Length } from '../messaging/budgets';
import { t } from '../i18n/t';
import type { NotesReading } from '../db/reconcile-sends';
import { browserZone, resolveOrderDates, type ReadingTime } from '../marketplaces/resolve-dates';

export interface PageOrders {
  /** The orders this page may speak for, each with the page's own shop. */
  orders: ShopSnapshot[];
  /** One line per order refused or changed, in the seller's language. */
  warnings: string[];
  /** The customer notes each admitted order page showed: beside the orders, to settle sends (lib/db/reconcile-sends.ts), never stored with them. */
  notes: NotesReading[];
}

/**
 * Admits a page's orders one by one: a page speaks only for its own shop. Each order must be
 * well formed, within its byte budget, of the page's console and on the page's own site; a pay
 * link on another site is dropped. One bad order is refused alone, never its page.
 * `pageUrl` is the address the browser reports for the sending page, never the message's claim.
 * Dates the page printed are read here, against `readAt` (when the background got the reading) in
 * this browser's zone: the content script carries no date parser (lib/marketplaces/resolve-dates.ts).
 */
export function admitPageOrders(
  marketplace: MarketplaceId,
  raw: readonly unknown[],
  pageUrl: string,
  readAt: string,
): PageOrders {
  const time: ReadingTime = { now: new Date(readAt), viewerZone: browserZone() };
  const shop = shopOfPage(marketplace, pageUrl);
  const admitted: PageOrders = { orders: [], warnings: [], notes: [] };
  raw.forEach((item, index) => {
    const label = labelOf(item, index);
    if (utf8Length(JSON.stringify(item) ?? '') > ORDER_BYTE_BUDGET)
      return void admitted.warnings.push(t('orderRefusedTooBig', label));
    const parsed = v.safeParse(OrderSnapshotSchema, item);
    if (!parsed.success)
      return void admitted.warnings.push(t('orderRefusedInvalid', label, describeIssues(parsed.issues)));
    const order = parsed.output as OrderSnapshot;
    // The order's own page must be on the page's shop: its origin, or (eBay) eBay's order pages on any of its sites.
    if (order.marketplace !== marketplace || !isOnShop(order.url, shop))
      return void admitted.warnings.push(t('orderRefusedOtherSite', label));
    const dated = resolveOrderDates(order, time);
    admitted.warnings.push(...dated.warnings);
    const { payUrl, customerNotes, ...rest } = dated.order;
    if (payUrl && !isOnShop(payUrl, shop)) admitted.warnings.push(t('orderPayLinkDropped', label));
    admitted.orders.push({ ...rest, ...(payUrl && isOnShop(payUrl, shop) && { payUrl }), shop });
    if (customerNotes)
      admitted.notes.push({ marketplace: order.marketplace, shop, orderId: order.orderId, customerNotes });
  });
  return admitted;
}

/** "#1042", or the order's place on the page when it has no usable number. */
function labelOf(item: unknown, index: number): string {
  const id = (item as { orderId?: unknown } | null)?.orderId;
  return typeof id === 'string' && id.length <= 200 ? `#${id}` : t('orderAtPosition', index + 1);
}
