import type { OrderRecord } from '../model/order-record';
import { isAddedByHand } from '../marketplaces/generic/added-by-hand';
import { reminderCloseAt, ruleDates } from '../marketplaces/rules';
import { nextReminder, type PlannedReminder } from '../tracker/schedule';
import { isKnownTimeZone } from '../tracker/zoned-time';
import { scheduleFor, type ChaseSettings } from './settings';

/**
 * The order's next reminder under the seller's settings. Quiet hours follow the buyer's zone when
 * known. The platform's auto-close pulls reminders forward only where its rule says it can
 * (AutoCloseRule.movesReminders).
 * A debt added by hand climbs the ladder from its payment due date.
 */
export function planReminder(order: OrderRecord, settings: ChaseSettings): PlannedReminder | undefined {
  const zone = order.buyer.timeZone && isKnownTimeZone(order.buyer.timeZone) ? order.buyer.timeZone : settings.timeZone;
  const closes = reminderCloseAt(order);
  // A debt added by hand is chased from its payment due date (its own, or the seller's terms), not from the sale.
  const due = isAddedByHand(order)
    ? ruleDates(order, { terms: settings.sellerTerms }).find((d) => d.kind === 'payment-due')?.at
    : undefined;
  return nextReminder(order, scheduleFor(settings, order.marketplace), {
    timeZone: zone,
    ...(closes && { autoCloseAt: closes }),
    ...(due && { countFrom: due }),
  });
}

/** Sets (or clears) the indexed `nextDueAt` of an order from its plan. */
export function withNextDue(order: OrderRecord, settings: ChaseSettings): OrderRecord {
  const planned = planReminder(order, settings);
  const next = { ...order };
  if (planned) next.nextDueAt = planned.dueAt;
  else delete next.nextDueAt;
  return next;
}
