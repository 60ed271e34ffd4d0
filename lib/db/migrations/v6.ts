import Dexie, { type IndexableType, type Transaction } from 'dexie';

/**
 * Schema version 6: the due table (issue 12). One small row per order with a reminder planned
 * (its key, buyer, due moment, and when its promise or extension lapses), kept in the same
 * transactions as the orders (lib/db/due-mirror.ts). "Due now" and the badge read these rows,
 * a few dozen bytes each, instead of whole orders: at 100,000 orders a page of them costs what
 * one small read costs. Indexed by due moment across shops and within each shop, each ending in
 * the order's key, so a page continues after its last row's exact key.
 */
export const STORES_V6 = {
  dueOrders: '[marketplace+shop+orderId], [dueAt+marketplace+shop+orderId], [shop+dueAt+marketplace+orderId]',
};

/** Orders read at a time, so a large database upgrades without holding every due order at once. */
const BATCH_V6 = 500;

interface OrderRowV6 {
  marketplace: string;
  shop: string;
  orderId: string;
  buyerKey: string;
  nextDueAt: string;
  chase: { stage: string; extendedUntil?: string; promisedBy?: string };
}

/** An order's due row as version 6 made it. */
function dueRowV6(order: OrderRowV6) {
  const { chase } = order;
  const lapses = [chase.stage === 'extended' ? chase.extendedUntil : undefined, chase.promisedBy].filter(
    (at): at is string => !!at,
  );
  return {
    marketplace: order.marketplace,
    shop: order.shop,
    orderId: order.orderId,
    buyerKey: order.buyerKey,
    dueAt: order.nextDueAt,
    ...(lapses.length && { lapseAt: lapses.sort()[0] }),
  };
}

/** Version 5 → 6: a due row for every order with a reminder planned, read from the orders' own due index. */
export async function upgradeToDueTable(tx: Transaction): Promise<void> {
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const rows = (await tx
      .table('shopOrders')
      .where('[nextDueAt+marketplace+shop+orderId]')
      .above(after)
      .limit(BATCH_V6)
      .toArray()) as OrderRowV6[];
    if (!rows.length) return;
    await tx.table('dueOrders').bulkAdd(rows.map(dueRowV6));
    const last = rows[rows.length - 1]!;
    after = [last.nextDueAt, last.marketplace, last.shop, last.orderId];
  }
}
