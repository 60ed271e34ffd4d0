import type { OrderRecord } from '../model/order-record';
import { caseDates, nextDateChange, type CaseDate } from './case-dates';
import { venueOf } from './venues';

/** A case's date within its warning period, with the order a notification about it opens. */
export interface NearDate {
  /** Names this date of this case: announced once, then remembered under this key. */
  key: string;
  caseId: string;
  date: CaseDate;
  /** The order the date comes from (the case's first order for its own deadline). */
  order: OrderRecord;
}

/**
 * The near dates of every open case, and the next moment one turns near or passes (for the
 * alarm). Each case is given as its orders still in the case (lib/db/open-cases.ts); its venue
 * and deadline are read from the first, which every order of the case shares.
 */
export function caseWarnings(
  cases: { id: string; orders: OrderRecord[] }[],
  now: string,
): { near: NearDate[]; nextChangeAt?: number } {
  const near: NearDate[] = [];
  let nextChangeAt: number | undefined;
  for (const { id, orders } of cases) {
    const [first] = orders;
    const opened = first?.chase.case;
    if (!first || !opened) continue;
    const venue = venueOf(opened.venue);
    const dates = caseDates(
      { ...(venue && { venue }), ...(opened.deadline && { deadline: opened.deadline }) },
      orders,
      now,
    );
    for (const date of dates.filter((d) => d.soon)) {
      const order = (date.kind !== 'deadline' && orders.find((o) => o.orderId === date.orderId)) || first;
      near.push({ key: `${id}|${date.kind}|${date.at}`, caseId: id, date, order });
    }
    const next = nextDateChange(dates, now);
    if (next !== undefined && (nextChangeAt === undefined || next < nextChangeAt)) nextChangeAt = next;
  }
  return { near, ...(nextChangeAt !== undefined && { nextChangeAt }) };
}
