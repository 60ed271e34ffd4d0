import type { CaseOrder } from '../cases/case-facts';
import { orderKeyOf, type OrderKey, type OrderRecord } from '../model/order-record';
import { getOrderEvents } from './queries';
import type { SettleDb } from './schema';

/**
 * The other orders of `order`'s case (a case on a buyer lists every order it covers), each with
 * its own timeline; empty for a one-order case or none. All are at the order's own shop.
 */
export async function otherCaseOrders(db: SettleDb, order: OrderRecord): Promise<CaseOrder[]> {
  const ids = (order.chase.case?.orders ?? []).filter((id) => id !== order.orderId);
  if (!ids.length) return [];
  const keys: OrderKey[] = ids.map((id) => [order.marketplace, order.shop, id]);
  const found = (await db.orders.bulkGet(keys)).filter((o): o is OrderRecord => !!o);
  return Promise.all(found.map(async (o) => ({ order: o, events: await getOrderEvents(db, orderKeyOf(o)) })));
}
