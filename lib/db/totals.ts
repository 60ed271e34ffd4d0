import type { OrderRecord } from '../model/order-record';
import type { TotalsSummary } from './schema';
import { SUMMARY_IDS } from './tables';

export function emptyTotals(): TotalsSummary {
  return { id: SUMMARY_IDS.totals, openCount: 0, openDueByCurrency: {} };
}

function add(totals: TotalsSummary, order: OrderRecord | undefined, sign: 1 | -1) {
  if (!order?.open) return;
  totals.openCount += sign;
  const due = order.amountDue ?? order.total;
  const sum = (totals.openDueByCurrency[due.currency] ?? 0) + sign * due.amount;
  if (sum) totals.openDueByCurrency[due.currency] = sum;
  else delete totals.openDueByCurrency[due.currency];
}

/** Moves one order's contribution from its old state to its new one (incremental: no table scan). */
export function applyOrderToTotals(totals: TotalsSummary, before: OrderRecord | undefined, after: OrderRecord): void {
  add(totals, before, -1);
  add(totals, after, 1);
}

/** Recounts from the orders themselves; used by tests and repair to check the incremental summary. */
export function totalsOf(orders: Iterable<OrderRecord>): TotalsSummary {
  const totals = emptyTotals();
  for (const o of orders) add(totals, o, 1);
  return totals;
}
