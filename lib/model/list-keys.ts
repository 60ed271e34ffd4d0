import type { OrderRecord } from './order-record';

/** Words kept per order for search: enough for a name, an email and an order number. */
const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 64;

/** How search compares text: width-folded (NFKC), lower case, single spaces. */
export function searchTextOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * What the dashboard searches an order by, for the multi-entry `words` index (schema version 5):
 * the buyer's name, handle and email and the order number (and the number the console renumbered
 * it to, eBay's at payment), each whole and in parts, so a prefix
 * of any of them finds it ("jane", "doe", "jane@", "1042"). Names written without spaces (王芳)
 * are found by their first characters.
 */
export function searchWordsOf(order: Pick<OrderRecord, 'buyer' | 'orderId' | 'consoleOrderId'>): string[] {
  const words = new Set<string>();
  for (const text of [order.buyer.name, order.buyer.handle, order.buyer.email, order.orderId, order.consoleOrderId]) {
    const whole = text ? searchTextOf(text) : '';
    if (!whole) continue;
    words.add(whole);
    for (const part of whole.split(/[\s@._+,-]+/)) if (part) words.add(part);
  }
  return [...words].slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/**
 * When the order was placed, for the "newest" and "oldest" sorts: its placed date as the console
 * wrote it (ISO 8601 from every reader, so it sorts as text), else when Settle first saw it.
 */
export function placedKeyOf(order: Pick<OrderRecord, 'placedAt' | 'firstSeenAt'>): string {
  return order.placedAt ?? order.firstSeenAt;
}

/** What is still owed on an order, in its currency's minor units, for the "amount owed" sort; 0 once closed. */
export function owedOf(order: Pick<OrderRecord, 'open' | 'amountDue' | 'total'>): number {
  return order.open ? (order.amountDue ?? order.total).amount : 0;
}
