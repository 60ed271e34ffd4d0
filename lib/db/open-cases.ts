import type { OrderRecord } from '../model/order-record';
import type { SettleDb } from './schema';

/** An open case: its id and its orders still in it, oldest first. */
export interface OpenCase {
  id: string;
  orders: OrderRecord[];
}

/**
 * Every open case, read by the `openCaseId` index (schema version 4): only orders in an open case
 * are in it, so this reads a handful of rows however many orders the shop has.
 */
export async function listOpenCases(db: SettleDb): Promise<OpenCase[]> {
  const byCase = new Map<string, OrderRecord[]>();
  for (const order of await db.orders.orderBy('openCaseId').toArray()) {
    const id = order.openCaseId!;
    byCase.set(id, [...(byCase.get(id) ?? []), order]);
  }
  const placed = (o: OrderRecord) => o.placedAt ?? o.firstSeenAt;
  return [...byCase].map(([id, orders]) => ({ id, orders: orders.sort((a, b) => placed(a).localeCompare(placed(b))) }));
}
