import type { ChaseEvent } from '../model/chase';
import { isAddedByHand } from '../marketplaces/generic/added-by-hand';
import type { SentMessage } from '../model/events';
import { buyerKeyFor, setOpenFlags, type OrderKey, type OrderRecord } from '../model/order-record';
import { isOpenStatus } from '../model/order';
import { applyChaseEvent, type RefusalCode } from '../tracker/lifecycle';
import { appendEvents } from './append-events';
import { withNextDue } from './plan';
import type { SettleDb, TotalsSummary } from './schema';
import { getChaseSettings } from './settings';
import { SUMMARY_IDS } from './tables';
import { applyOrderToTotals, emptyTotals } from './totals';
import { unpaidCountDelta } from './buyers';

export type ChaseResult = { ok: true; order: OrderRecord } | { ok: false; error: string; code?: RefusalCode };

export interface ChaseContext {
  now: string;
  /** Page (or extension page) where the seller did it. */
  url: string;
  message?: SentMessage;
}

/** The tables every chase step writes, together. */
export const chaseTables = (db: SettleDb) => [db.orders, db.events, db.chains, db.buyers, db.summary, db.settings];

/**
 * Applies one chase step to a stored order: the new stage, what is still due, the next reminder,
 * the totals, the buyer and one chained event on the timeline all commit together, or nothing does.
 * Must run inside a transaction over `chaseTables` (or opens its own).
 */
export async function recordChase(
  db: SettleDb,
  key: OrderKey,
  change: ChaseEvent,
  ctx: ChaseContext,
): Promise<ChaseResult> {
  return db.transaction('rw', chaseTables(db), async () => {
    const before = await db.orders.get(key);
    if (!before) return { ok: false, error: 'This order is not in Settle.' };
    // Only the seller's own closing is undone: an order the console shows paid or cancelled stays closed.
    if (change.type === 'reopened' && !isAddedByHand(before) && !isOpenStatus(before.status))
      return { ok: false, code: 'nothing_to_reopen', error: 'The console shows this order closed.' };
    const step = applyChaseEvent(before.chase, change, before.total, ctx.now);
    if (!step.ok) return step;

    const settings = await getChaseSettings(db);
    let after: OrderRecord = { ...before, chase: step.state, lastActivityAt: ctx.now };
    // Orders added by hand have no console to say so: the chase is their status.
    if (isAddedByHand(after))
      after.status =
        step.state.stage === 'paid'
          ? 'paid'
          : step.state.stage === 'cancelled'
            ? 'cancelled'
            : step.state.paid > 0
              ? 'partially_paid'
              : 'unpaid';
    const stillDue = after.total.amount - step.state.paid;
    after.amountDue = { amount: Math.max(0, stillDue), currency: after.total.currency };
    setOpenFlags(after);
    after = withNextDue(after, settings);

    const totals = ((await db.summary.get(SUMMARY_IDS.totals)) as TotalsSummary | undefined) ?? emptyTotals();
    applyOrderToTotals(totals, before, after);
    await db.orders.put(after);
    await db.summary.put(totals);
    await appendEvents(db, [
      {
        marketplace: after.marketplace,
        shop: after.shop,
        orderId: after.orderId,
        at: ctx.now,
        url: ctx.url,
        data: {
          type: 'chase',
          change,
          from: before.chase.stage,
          to: step.state.stage,
          ...(ctx.message && { message: ctx.message }),
        },
      },
    ]);
    const buyer = await db.buyers.get(buyerKeyFor(after));
    if (buyer) {
      buyer.openCount += after.open - before.open;
      buyer.unpaidCount += unpaidCountDelta(before, after);
      if (change.type === 'reminder_sent') buyer.lastReminderAt = ctx.now;
      await db.buyers.put(buyer);
    }
    return { ok: true, order: after };
  });
}
