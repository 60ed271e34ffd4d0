import { orderKeyText, type OrderRecord } from '../model/order-record';
import type { SettleDb, TotalsSummary } from './schema';
import { getTotals, listOpenOrders } from './queries';
import { listDue } from './due';
import { getChaseSettings } from './settings';
import { unpaidHistories } from './buyers';
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

/** What the popup and the dashboard list: open orders, newest activity first, with their flags. */
export async function openOrdersView(db: SettleDb, limit: number, now: string): Promise<OpenOrdersView> {
  const orders = await listOpenOrders(db, limit);
  const due = await listDue(db, await getChaseSettings(db), now, { limit });
  const repeat = await unpaidHistories(db, orders);
  return {
    orders,
    totals: await getTotals(db),
    dueNow: new Set(due.dueNow.map(orderKeyText)),
    moreDue: !!due.next,
    repeatNonPayers: new Set(repeat.keys()),
    caseDatesSoon: caseWarnings(await listOpenCases(db), now).near.length,
  };
}
