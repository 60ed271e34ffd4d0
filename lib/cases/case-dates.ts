import type { OrderRecord } from '../model/order-record';
import { ruleDeadline } from '../marketplaces/rules';
import { LIMITATION, limitationEnds } from './limitation';
import type { DisputeWindow, Fact, Venue } from './venues';

const DAY_MS = 86_400_000;

/**
 * How many days ahead each kind of date is flagged: on the case, in the badge, and once in a notification.
 * - `deadline`: the date the venue gave this case (a dispute's evidence due date, which card
 *   disputes set 7–21 days after they open). Settle already holds the evidence, so a week is
 *   enough to export it and answer; a longer warning would go off the moment the date is entered.
 * - `window`: a venue's own window (eBay: cancel within 30 days of the sale; PayPal: a dispute
 *   within 180 days of the payment). Two weeks to decide and act, without flagging eBay's short
 *   window from its first day.
 * - `limitation`: bringing a claim takes a letter before claim (30 days for the reply in England
 *   and Wales) and the court's forms: 90 days.
 */
export const WARN_DAYS = { deadline: 7, window: 14, limitation: 90 } as const;

type CaseDateKind = keyof typeof WARN_DAYS;

interface Flags {
  /** ISO instant. */
  at: string;
  /** Within its warning period and not yet passed. */
  soon: boolean;
  passed: boolean;
}

type WindowFact = Fact<Extract<DisputeWindow, { days: number }>>;
type LimitationFact = (typeof LIMITATION)[keyof typeof LIMITATION];

/**
 * A date that matters to a case, with the rule it comes from: the case's own deadline (the
 * seller entered it), the end of the venue's window, and the last day to bring a claim. For a
 * case on several orders the window and the limitation are those of the order whose end comes first.
 */
export type CaseDate =
  | (Flags & { kind: 'deadline' })
  | (Flags & { kind: 'window'; orderId: string; fact: WindowFact })
  | (Flags & { kind: 'limitation'; orderId: string; fact: LimitationFact });

/** Whether `at` is near (within `kind`'s warning period) or passed, at `now`. */
function flagsOf(kind: CaseDateKind, at: string, now: string): Flags {
  const left = Date.parse(at) - Date.parse(now);
  // Near from the very moment its warning period starts: the alarm wakes the background then (nextDateChange).
  return { at, passed: left < 0, soon: left >= 0 && left <= WARN_DAYS[kind] * DAY_MS };
}

/** The earliest end among the orders, with the order it comes from. */
function earliest(
  orders: OrderRecord[],
  endOf: (o: OrderRecord) => string | undefined,
): { at: string; orderId: string } | undefined {
  let first: { at: string; orderId: string } | undefined;
  for (const o of orders) {
    const at = endOf(o);
    if (at && (!first || Date.parse(at) < Date.parse(first.at))) first = { at, orderId: o.orderId };
  }
  return first;
}

/**
 * Every date that matters to a case whose open orders are `orders`, earliest first.
 * The window counts from the order date; the limitation from when payment fell due, else the order date.
 */
export function caseDates(
  opened: { venue?: Venue; deadline?: string },
  orders: OrderRecord[],
  now: string,
): CaseDate[] {
  const dates: CaseDate[] = [];
  if (opened.deadline) dates.push({ kind: 'deadline', ...flagsOf('deadline', opened.deadline, now) });
  const window = opened.venue?.window;
  if (window && 'days' in window.value) {
    const fact = window as WindowFact;
    const end = earliest(orders, (o) =>
      ruleDeadline(o.placedAt ?? o.firstSeenAt, { hours: fact.value.days * 24, calendar: 'calendar' }),
    );
    if (end) dates.push({ kind: 'window', orderId: end.orderId, fact, ...flagsOf('window', end.at, now) });
  }
  const jurisdiction = opened.venue?.jurisdiction;
  if (jurisdiction) {
    const end = earliest(orders, (o) => limitationEnds(o.dueAt ?? o.placedAt ?? o.firstSeenAt, jurisdiction));
    if (end)
      dates.push({
        kind: 'limitation',
        orderId: end.orderId,
        fact: LIMITATION[jurisdiction],
        ...flagsOf('limitation', end.at, now),
      });
  }
  return dates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * The next moment after `now` at which one of these dates turns near (its warning period starts)
 * or, being near, passes: when the badge and the notifications must be brought up to date again.
 */
export function nextDateChange(dates: CaseDate[], now: string): number | undefined {
  const t = Date.parse(now);
  let next: number | undefined;
  for (const d of dates) {
    const at = Date.parse(d.at);
    const warnFrom = at - WARN_DAYS[d.kind] * DAY_MS;
    const moment = warnFrom > t ? warnFrom : at > t ? at : undefined;
    if (moment !== undefined && (next === undefined || moment < next)) next = moment;
  }
  return next;
}
