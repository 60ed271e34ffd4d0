import Dexie, { type IndexableType, type Transaction } from 'dexie';
import { STORES_V4 } from './v4';
import { leftUnpaidV5, owedV5, placedV5, searchWordsV5, type OrderRowV5 } from './frozen/v5-order-keys';

/**
 * Schema version 5: lists that stay fast at 100,000 orders (issue 12).
 * - Each dashboard sort (placed, amount owed, next reminder) has an index, and one per shop,
 *   ending in the order's key so a page continues after its last row's exact key (keyset paging,
 *   no offset, no ties to skip). `[shop+nextDueAt+…]` also lets "due now" ask one shop whether it
 *   has anything due.
 * - `*words` (multi-entry): the buyer's name, handle, email and the order number, for search by prefix.
 * - Buyers keep `unpaidCount`, how many of their orders show they did not pay, moved in the same
 *   transactions as the orders, so a list reads the repeat-non-payer flag from the buyer rows.
 */
export const STORES_V5 = {
  shopOrders: [
    STORES_V4.shopOrders,
    '[placed+marketplace+shop+orderId]',
    '[shop+placed+marketplace+orderId]',
    '[owed+marketplace+shop+orderId]',
    '[shop+owed+marketplace+orderId]',
    '[nextDueAt+marketplace+shop+orderId]',
    '[shop+nextDueAt+marketplace+orderId]',
    '*words',
  ].join(', '),
};

/** Rows read and written at a time, so a large database upgrades without holding every row at once. */
const BATCH_V5 = 500;

interface BuyerRowV5 {
  marketplace: string;
  shop: string;
  buyerKey: string;
  unpaidCount?: number;
}

const buyerTextV5 = (row: { marketplace: string; shop: string; buyerKey: string }) =>
  `${row.marketplace}\u0000${row.shop}\u0000${row.buyerKey}`;

/** Every row of a table, batch by batch in key order, each batch written back as `change` left it. */
async function rewriteInBatches<T>(tx: Transaction, table: string, change: (row: T) => void): Promise<void> {
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const rows = (await tx.table(table).where(':id').above(after).limit(BATCH_V5).toArray()) as T[];
    if (!rows.length) return;
    rows.forEach(change);
    const keys = await tx.table(table).bulkPut(rows, { allKeys: true });
    after = keys[keys.length - 1]!;
  }
}

/** Version 4 → 5: every order gets its sort and search keys, every buyer the count of orders they left unpaid. */
export async function upgradeToListIndexes(tx: Transaction): Promise<void> {
  const unpaidByBuyer = new Map<string, number>();
  await rewriteInBatches<OrderRowV5>(tx, 'shopOrders', (order) => {
    order.placed = placedV5(order);
    order.owed = owedV5(order);
    order.words = searchWordsV5(order);
    if (leftUnpaidV5(order)) unpaidByBuyer.set(buyerTextV5(order), (unpaidByBuyer.get(buyerTextV5(order)) ?? 0) + 1);
  });
  await rewriteInBatches<BuyerRowV5>(tx, 'shopBuyers', (buyer) => {
    buyer.unpaidCount = unpaidByBuyer.get(buyerTextV5(buyer)) ?? 0;
  });
}
