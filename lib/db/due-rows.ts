import type { DueCandidate } from '../tracker/due-limits';
import type { OrderRecord } from '../model/order-record';

/**
 * An order whose next reminder is planned, as "due now" needs it: its key, buyer, shop and due
 * moment, and when its promise or extension runs out. Kept in its own small table beside the
 * order (schema version 6, lib/db/due-mirror.ts), so "due now" and the badge read rows of a few
 * dozen bytes, not whole orders.
 */
export interface DueRow extends DueCandidate {
  /** The earliest moment the order's promise or extension lapses, when it has one (lib/background/refresh-reminders.ts). */
  lapseAt?: string;
}

/** The order's due row, or undefined when no reminder is planned for it. */
export function dueRowOf(order: OrderRecord): DueRow | undefined {
  if (!order.nextDueAt) return undefined;
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

/** Whether two due rows say the same: a write that changes nothing of them leaves the row alone. */
export const sameDueRow = (a: DueRow, b: DueRow | undefined): boolean =>
  !!b && a.dueAt === b.dueAt && a.buyerKey === b.buyerKey && a.lapseAt === b.lapseAt;
