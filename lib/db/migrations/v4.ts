import type { Transaction } from 'dexie';

/**
 * Schema version 4: open cases. Orders gain `openCaseId`, present only while the order's case is
 * open, so the index holds the few orders in a case and the background reads every case's
 * deadlines without scanning the orders. A second table of cases was weighed and left: a case is
 * open exactly while its orders are in stage `case`, and one place to say so cannot drift.
 */
export const STORES_V4 = {
  shopOrders:
    '[marketplace+shop+orderId], [open+lastActivityAt], nextDueAt, [marketplace+shop+buyerKey], shop, openCaseId',
};

interface OrderRowV3 {
  marketplace: string;
  shop: string;
  orderId: string;
  chase: { stage: string; case?: { id?: string } };
  openCaseId?: string;
}

/** A case's id as version 4 names it: a case from before case ids covers its one order. */
function caseIdOfV4(order: OrderRowV3, openCase: { id?: string }): string {
  return openCase.id ?? `order:${order.marketplace}/${order.shop}/${order.orderId}`;
}

/** Version 3 → 4: orders in an open case get its id. `open` and the totals stay exactly as version 3 counted them. */
export function upgradeToOpenCaseIndex(tx: Transaction): Promise<number> {
  return tx
    .table('shopOrders')
    .filter((order: OrderRowV3) => order.chase.stage === 'case' && !!order.chase.case)
    .modify((order: OrderRowV3) => {
      if (order.chase.case) order.openCaseId = caseIdOfV4(order, order.chase.case);
    });
}
