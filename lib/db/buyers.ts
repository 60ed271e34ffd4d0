import { buyerKeyFor, type BuyerKey, type OrderRecord } from '../model/order-record';
import type { SettleDb } from './schema';

/** Every order of one buyer of one shop, newest first (read by the buyer index). */
export async function buyerOrders(db: SettleDb, key: BuyerKey): Promise<OrderRecord[]> {
  const orders = await db.orders.where('[marketplace+shop+buyerKey]').equals(key).toArray();
  return orders.sort((a, b) => (b.placedAt ?? b.firstSeenAt).localeCompare(a.placedAt ?? a.firstSeenAt));
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
