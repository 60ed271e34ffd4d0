import type { OrderRecord } from '../model/order-record';

/**
 * The orders a case opened on `order` may also cover, from its buyer's orders (lib/db/buyers.ts
 * reads them by the buyer index): the buyer's other orders at the same shop that still owe money
 * and are in no case yet. An unknown buyer has no orders to join: a name nobody gave proves no link.
 */
export function caseCandidates(order: OrderRecord, buyerOrders: OrderRecord[]): OrderRecord[] {
  if (order.buyerKey === '(unknown)') return [];
  return buyerOrders.filter(
    (o) =>
      o.orderId !== order.orderId &&
      o.marketplace === order.marketplace &&
      o.shop === order.shop &&
      o.buyerKey === order.buyerKey &&
      o.open === 1 &&
      o.chase.stage !== 'case',
  );
}
