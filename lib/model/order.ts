import type { Money } from './money';

/**
 * Every console Settle knows, and 'generic' for debts added by hand. The type and the message
 * schemas derive from this array; each id has its folder under lib/marketplaces/ and its entry in
 * lib/marketplaces/consoles.ts (a test checks the three agree).
 */
export const MARKETPLACE_IDS = [
  'woocommerce',
  'generic',
  'ebay',
  'etsy',
  'shopify',
  'taobao',
  'pinduoduo',
  'douyin',
] as const;
export type MarketplaceId = (typeof MARKETPLACE_IDS)[number];

export const ORDER_STATUSES = ['unpaid', 'partially_paid', 'paid', 'cancelled', 'refunded', 'unknown'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type PageKind = 'order-detail' | 'order-list';

export interface Buyer {
  name?: string;
  handle?: string;
  email?: string;
  phone?: string;
  /** IANA zone, when known (orders added by hand): quiet hours are kept in the buyer's time. */
  timeZone?: string;
}

/**
 * A date as a console page prints it ("Yesterday at 2:05 pm", "vor 3 Tagen", "3. Dez. 2026"), with
 * what the page says about how to read it. Readers report it; the background reads it into an ISO
 * date with the shared parser (lib/marketplaces/resolve-dates.ts), which is too big for a content script.
 */
export interface PrintedDate {
  /** The words as the page shows them (at most READ_LIMITS.printedDate.text characters). */
  text: string;
  /** The page's language (`<html lang>`): for month and weekday names and relative words. */
  lang?: string;
  /** Field order of the console's all-numeric dates, when the console is known to print one. */
  order?: 'dmy' | 'mdy' | 'ymd';
  /** IANA zone the console prints its times in, when the page says it. */
  timeZone?: string;
}

export interface OrderItem {
  title: string;
  quantity: number;
  price?: Money;
  sku?: string;
}

/** One order as a console page shows it at one moment: the contract between readers, tracker and tests. */
export interface OrderSnapshot {
  marketplace: MarketplaceId;
  /** Exactly as the console shows it, without decoration such as a leading "#". */
  orderId: string;
  url: string;
  status: OrderStatus;
  /** The console's own words for the status. */
  statusText: string;
  buyer: Buyer;
  /** Amount in minor units (cents, fen); JPY has none. */
  total: Money;
  amountDue?: Money;
  /** ISO 8601. With an offset when the page gives one; local wall time when it does not. */
  placedAt?: string;
  dueAt?: string;
  /**
   * Extension: placedAt and dueAt as the page prints them, when the reader does not have them as
   * ISO. Read into placedAt and dueAt (or left out, with a warning) before an order is stored or
   * returned by readPage: never stored itself (lib/marketplaces/resolve-dates.ts).
   */
  printedDates?: { placedAt?: PrintedDate; dueAt?: PrintedDate };
  items: OrderItem[];
  /** Extension: the link a buyer opens to pay (WooCommerce "Customer payment page"). */
  payUrl?: string;
  /**
   * Extension: the shop this page speaks for (lib/model/shop.ts). A reader's value is a hint only:
   * the background sets it from the page the reading came from.
   */
  shop?: string;
  /**
   * Extension, order pages only: the texts of the newest customer notes the console shows (newest
   * first, at most READ_LIMITS.customerNotesPerOrder); absent when the page has no notes list. Read
   * to settle a reminder sent as a note (lib/db/reconcile-sends.ts); never stored on the order.
   */
  customerNotes?: string[];
  /**
   * Extension: ids the console gave this same order before (eBay gives an unpaid order a new id
   * when it is paid, and its details page names the old one). The background joins the order
   * tracked under an old id to this reading (lib/db/renumbered.ts): one order, its whole timeline.
   */
  previousOrderIds?: string[];
}

/** Statuses that mean money is still owed: these orders are tracked as open. */
export function isOpenStatus(status: OrderStatus): boolean {
  return status === 'unpaid' || status === 'partially_paid';
}
