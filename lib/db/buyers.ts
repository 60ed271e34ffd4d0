import { buyerKeyFor, orderKeyText, type BuyerKey, type OrderRecord } from '../model/order-record';
import type { BuyerRecord, SettleDb } from './schema';

/** Every order of one buyer of one shop, newest first (read by the buyer index). */
export async function buyerOrders(db: SettleDb, key: BuyerKey): Promise<OrderRecord[]> {
  return (await db.orders.where('[marketplace+shop+buyerKey]').equals(key).toArray()).sort(newestFirst);
}

/**
 * An order that shows the buyer did not pay: written off, cancelled by the console while still
 * owed (an order Settle first met already cancelled says nothing), or still owed after a reminder.
 */
export function leftUnpaid(order: OrderRecord): boolean {
  const { chase } = order;
  if (chase.stage === 'written_off') return true;
  if (chase.stage === 'cancelled') return !!chase.cancelledUnpaidAt;
  return order.open === 1 && chase.remindersSent > 0;
}

/** How an order moves its buyer's `unpaidCount` when it goes from `before` (absent: new) to `after`. */
export function unpaidCountDelta(before: OrderRecord | undefined, after: OrderRecord): number {
  return Number(leftUnpaid(after)) - Number(!!before && leftUnpaid(before));
}

/**
 * The repeat-non-payer flag, read from the buyer row (schema version 5): another of the buyer's
 * orders shows they did not pay — the same as `unpaidHistory` being non-empty, without reading their orders.
 */
export function isRepeatNonPayer(
  order: OrderRecord | Pick<OrderRecord, 'buyerKey'>,
  buyer: Pick<BuyerRecord, 'unpaidCount'> | undefined,
): boolean {
  if (order.buyerKey === '(unknown)' || !buyer) return false;
  const own = 'chase' in order && leftUnpaid(order) ? 1 : 0;
  return buyer.unpaidCount - own > 0;
}

/** Keys (orderKeyText) of the orders whose buyer left another order unpaid: one bulkGet of their buyers. */
export async function repeatNonPayersAmong(db: SettleDb, orders: OrderRecord[]): Promise<Set<string>> {
  const buyers = await db.buyers.bulkGet(orders.map(buyerKeyFor));
  return new Set(orders.filter((o, i) => isRepeatNonPayer(o, buyers[i])).map(orderKeyText));
}

/**
 * The buyer's other orders left unpaid, for the repeat-non-payer flag. Empty means no flag.
 * Check before you trust: the seller may ask for prepayment or decline.
 */
export async function unpaidHistory(
  db: SettleDb,
  order: Pick<OrderRecord, 'marketplace' | 'shop' | 'buyerKey' | 'orderId'>,
): Promise<OrderRecord[]> {
  if (order.buyerKey === '(unknown)') return [];
  return (await buyerOrders(db, buyerKeyFor(order))).filter((o) => o.orderId !== order.orderId && leftUnpaid(o));
}

type OrderOfBuyer = Pick<OrderRecord, 'marketplace' | 'shop' | 'buyerKey' | 'orderId'>;
const buyerText = (o: OrderOfBuyer) => buyerKeyFor(o).join('\u0000');
const newestFirst = (a: OrderRecord, b: OrderRecord) =>
  (b.placedAt ?? b.firstSeenAt).localeCompare(a.placedAt ?? a.firstSeenAt);

/**
 * `unpaidHistory` of many orders at once, in one query by the buyer index (never one per order):
 * each order's key (orderKeyText) with its buyer's other orders left unpaid, newest first, for those that have any.
 */
export async function unpaidHistories(db: SettleDb, orders: OrderOfBuyer[]): Promise<Map<string, OrderRecord[]>> {
  const known = orders.filter((o) => o.buyerKey !== '(unknown)');
  const keys = [...new Map(known.map((o) => [buyerText(o), buyerKeyFor(o)])).values()];
  const byBuyer = new Map<string, OrderRecord[]>();
  for (const o of (await db.orders.where('[marketplace+shop+buyerKey]').anyOf(keys).toArray()).sort(newestFirst))
    byBuyer.set(buyerText(o), [...(byBuyer.get(buyerText(o)) ?? []), o]);
  const histories = new Map<string, OrderRecord[]>();
  for (const o of known) {
    const others = (byBuyer.get(buyerText(o)) ?? []).filter((x) => x.orderId !== o.orderId && leftUnpaid(x));
    if (others.length) histories.set(orderKeyText(o), others);
  }
  return histories;
}
