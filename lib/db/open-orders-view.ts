import { orderKeyText, type OrderRecord } from '../model/order-record';
import type { SettleDb, TotalsSummary } from './schema';
import { getTotals, listOpenOrders } from './queries';
import { listDue } from './due';
import { listOpenCases } from './open-cases';
import { caseWarnings } from '../cases/case-warnings';

export interface OpenOrdersView {
  orders: OrderRecord[];
  totals: TotalsSummary;
  /** Dates of open cases within their warning period (deadline, venue window, time limit to claim). */
  caseDatesSoon: number;
}

export interface DueNowView {
  /** Keys (orderKeyText) of the orders whose reminder may go out now: at most `limit`. */
  dueNow: Set<string>;
  /** More reminders may go out now than `dueNow` holds (it stopped at `limit`; "50+"). */
  moreDue: boolean;
}

/** What the popup lists: open orders, newest activity first (their flags are read after them, components/use-repeat-non-payers.ts). */
export async function openOrdersView(db: SettleDb, limit: number, now: string): Promise<OpenOrdersView> {
  // Independent reads, asked together: the popup waits for the slowest, not for their sum.
  const [orders, totals, cases] = await Promise.all([listOpenOrders(db, limit), getTotals(db), listOpenCases(db)]);
  return {
    orders,
    totals,
    caseDatesSoon: caseWarnings(cases, now).near.length,
  };
}

/** The popup's reminders due now, up to `limit`: read after its list, which does not wait for them. */
export async function dueNowView(db: SettleDb, limit: number, now: string): Promise<DueNowView> {
  const due = await listDue(db, now, { limit });
  return { dueNow: new Set(due.dueNow.map(orderKeyText)), moreDue: !!due.next };
}
