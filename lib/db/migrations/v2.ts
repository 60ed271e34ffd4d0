import type { Transaction } from 'dexie';
import { STORES_V1 } from './v1';
import { firstReminderDueV2 } from './frozen/v2-first-reminder';

/**
 * Schema version 2: the chase. Orders gain `chase`, an index on when their next reminder is due
 * and one by buyer (history, repeat non-payers); `sends` logs every send attempt (double-click
 * guard, daily cap, per-buyer limit).
 */
export const STORES_V2 = {
  ...STORES_V1,
  orders: '[marketplace+orderId], [open+lastActivityAt], nextDueAt, [marketplace+buyerKey]',
  sends: 'sendId, [marketplace+orderId], startedAt',
};

/** A version 1 order row: only what this upgrade reads. */
interface V1Order {
  status: string;
  open: 0 | 1;
  total: { amount: number };
  amountDue?: { amount: number };
  placedAt?: string;
  firstSeenAt: string;
  chase?: V2Chase;
  nextDueAt?: string;
}

/** Version 2's chase state as this upgrade starts it: nothing has happened yet. */
interface V2Chase {
  stage: 'unpaid' | 'partially_paid' | 'paid' | 'cancelled';
  remindersSent: 0;
  paid: number;
  paused: false;
}

/** Where version 2 started an order's chase, from the status its console showed. */
function chaseFromStatusV2(order: V1Order): V2Chase {
  const chase: V2Chase = { stage: 'unpaid', remindersSent: 0, paid: 0, paused: false };
  switch (order.status) {
    case 'paid':
      return { ...chase, stage: 'paid', paid: order.total.amount };
    case 'cancelled':
    case 'refunded':
      return { ...chase, stage: 'cancelled' };
    case 'partially_paid':
      return {
        ...chase,
        stage: 'partially_paid',
        paid: order.total.amount - (order.amountDue?.amount ?? order.total.amount),
      };
    default:
      return chase;
  }
}

/**
 * Version 1 → 2: every order starts its chase from its console status, and each open one gets
 * its first reminder planned under the default settings (version 1 had no settings to keep).
 */
export function upgradeToV2(tx: Transaction): Promise<number> {
  return tx
    .table('orders')
    .toCollection()
    .modify((order: V1Order) => {
      order.chase = chaseFromStatusV2(order);
      const stillOwed = order.chase.stage === 'unpaid' || order.chase.stage === 'partially_paid';
      if (order.open === 1 && stillOwed) order.nextDueAt = firstReminderDueV2(order.placedAt ?? order.firstSeenAt);
    });
}
