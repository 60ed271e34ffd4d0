import { orderKeyText, type OrderRecord } from '../model/order-record';
import type { SettleDb, TotalsSummary } from './schema';
import { getTotals, listOpenOrders } from './queries';
import { listDue } from './due';
import { getChaseSettings } from './settings';
import { repeatNonPayersAmong } from './buyers';
import { listOpenCases } from './open-cases';
import { caseWarnings } from '../cases/case-warnings';

export interface OpenOrdersView {
  orders: OrderRecord[];
  totals: TotalsSummary;
  /** Keys (orderKeyText) of the orders whose reminder may go out now: at most `limit`. */
  dueNow: Set<string>;
  /** More reminders may go out now than `dueNow` holds (it stopped at `limit`; "50+"). */
  moreDue: boolean;
  /** Keys of the listed orders whose buyer left another order unpaid. */
  repeatNonPayers: Set<string>;
  /** Dates of open cases within their warning period (deadline, venue window, time limit to claim). */
  caseDatesSoon: number;
}

/** What the popup lists: open orders, newest activity first, with their flags. */
export async function openOrdersView(db: SettleDb, limit: number, now: string): Promise<OpenOrdersView> {
  // Independent reads, asked together: the popup waits for the slowest, not for their sum.
  const [orders, due, totals, cases] = await Promise.all([
    listOpenOrders(db, limit),
    getChaseSettings(db).then((settings) => listDue(db, settings, now, { limit })),
    getTotals(db),
    listOpenCases(db),
  ]);
  return {
    orders,
    totals,
    dueNow: new Set(due.dueNow.map(orderKeyText)),
    moreDue: !!due.next,
    repeatNonPayers: await repeatNonPayersAmong(db, orders),
    caseDatesSoon: caseWarnings(cases, now).near.length,
  };
}
