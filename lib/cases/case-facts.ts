import type { OrderEvent } from '../model/events';
import type { Money } from '../model/money';
import { caseIdOf, type OrderRecord } from '../model/order-record';
import { amountOwed } from '../reminders/draft';
import { caseChecklist } from './checklist';
import { caseDates, type CaseDate } from './case-dates';
import { venueOf, type ChecklistItem, type DisputeWindow, type Fact, type Venue } from './venues';

/** An order of a case with its timeline. */
export interface CaseOrder {
  order: OrderRecord;
  events: OrderEvent[];
}

export interface CaseFacts {
  id: string;
  venue?: Venue;
  openedAt: string;
  /** The case's own deadline, as the seller entered it. */
  deadline?: string;
  /** What the venue asks for, ticked from what every order of the case holds. */
  checklist: { item: ChecklistItem; done: boolean }[];
  /** Its deadline, the venue's window and the time limit to claim, each with its rule: earliest first. */
  dates: CaseDate[];
  /** The venue sets a date for each dispute: only the seller can enter it (as `deadline`). */
  perCaseWindow?: Fact<Extract<DisputeWindow, { perCase: true }>>;
  /** The case's other orders (a case on a buyer), oldest first. */
  others: OrderRecord[];
  /** What is still owed on every order of the case together, one amount per currency. */
  owed: Money[];
}

/** What an order still owes, nothing once it is closed. */
const owedNow = (o: OrderRecord): Money => (o.open ? amountOwed(o) : { amount: 0, currency: o.total.currency });

/** Sums amounts per currency, by currency code: every order of a case shows the sum the same way. */
function sumByCurrency(amounts: Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const m of amounts) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.amount);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

/**
 * What the dashboard and the report say about an order's case, or undefined without one.
 * `others` are the rest of a case on a buyer (lib/db/case-orders.ts loads them): the checklist
 * ticks from all their timelines, the amounts add up per currency, and the dates come from the
 * orders still in the case (from all of them once the case is over).
 */
export function caseFacts(
  order: OrderRecord,
  events: OrderEvent[],
  now: string,
  others: CaseOrder[] = [],
): CaseFacts | undefined {
  const opened = order.chase.case;
  if (!opened) return undefined;
  const venue = venueOf(opened.venue);
  const all = [order, ...others.map((o) => o.order)];
  const inCase = all.filter((o) => o.chase.stage === 'case');
  const window = venue?.window;
  const dated = { ...(venue && { venue }), ...(opened.deadline && { deadline: opened.deadline }) };
  return {
    id: caseIdOf(order)!,
    ...(venue && { venue }),
    openedAt: opened.openedAt,
    ...(opened.deadline && { deadline: opened.deadline }),
    checklist: venue ? caseChecklist(venue, [...events, ...others.flatMap((o) => o.events)]) : [],
    // A case that is over warns of nothing: its dates stay on record.
    dates: inCase.length
      ? caseDates(dated, inCase, now)
      : caseDates(dated, all, now).map((d) => ({ ...d, soon: false })),
    ...(window && 'perCase' in window.value && { perCaseWindow: window as CaseFacts['perCaseWindow'] }),
    others: others
      .map((o) => o.order)
      .sort((a, b) => (a.placedAt ?? a.firstSeenAt).localeCompare(b.placedAt ?? b.firstSeenAt)),
    owed: sumByCurrency(all.map(owedNow)),
  };
}
