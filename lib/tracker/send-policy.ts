import type { ContactChannel } from '../model/events';
import type { OrderRecord } from '../model/order-record';
import { buyerId, type SendHistory } from './due-limits';
import { outOfQuietHours } from './schedule';
import type { EscalationSchedule } from './schedule-types';
import { startOfLocalDay } from './zoned-time';

/**
 * Why a reminder may not go out now. The order of the list is the order of the checks: the first
 * that holds is the one the seller is told.
 * - `send-in-flight`: this very send (its id) already started — the second click of a double click;
 * - `closed`: paid, cancelled or closed by the seller; `case-open`: a case runs, reminders stop;
 * - `paused` (this order) and `buyer-paused` (every order of the buyer);
 * - `promised`: the buyer promised to pay by a date still to come, reminders wait until then;
 * - `send-unresolved`: a send of this order started and was never confirmed (it may have gone out);
 * - `buyer-reminded-recently`: one reminder per buyer per 24 hours, on any order;
 * - `daily-cap`: the shop's reminders for the seller's day are used up.
 * Quiet hours are a caution, not a block: they decide when a scheduled reminder falls due
 * (lib/tracker/schedule.ts), and a send they cover is allowed with `quietUntil` so every surface
 * says it is the buyer's night before the seller's own click sends anyway (a seller chasing from
 * another zone must still be able to send what they choose).
 */
type SendBlockReason =
  | 'send-in-flight'
  | 'closed'
  | 'case-open'
  | 'paused'
  | 'buyer-paused'
  | 'promised'
  | 'send-unresolved'
  | 'buyer-reminded-recently'
  | 'daily-cap';

export interface SendBlock {
  reason: SendBlockReason;
  /** When sending is possible again, when that is known: the promised date, 24 hours after the buyer's last reminder, the seller's next day. */
  until?: string;
  /** `send-unresolved`: when the unconfirmed send started, and how it was sent. */
  startedAt?: string;
  channel?: ContactChannel;
  /** `closed`: the order's status in the console's own words. */
  statusText?: string;
}

export type SendDecision =
  /** `quietUntil`: it is the buyer's quiet hours until then (shown beside Send). */
  { allowed: true; quietUntil?: string } | { allowed: false; block: SendBlock };

/** Everything a send is judged on; the caller reads it (lib/db/send-facts.ts), the policy only decides. */
export interface SendFacts {
  order: Pick<OrderRecord, 'marketplace' | 'shop' | 'orderId' | 'buyerKey' | 'open' | 'statusText' | 'chase'>;
  buyerPaused: boolean;
  history: SendHistory;
  /** The order's latest send never confirmed, if any. */
  unresolved?: { startedAt: string; channel: ContactChannel };
  /** This send's id was already started (a double click, a second tab on the same draft). */
  inFlight: boolean;
  /** The shop's daily cap, and the seller's zone its day is counted in. */
  dailyCap: number;
  timeZone: string;
  /** The marketplace's quiet hours, kept in the buyer's zone (the seller's when the buyer's is unknown). */
  quietHours: EscalationSchedule['quietHours'];
  buyerTimeZone: string;
  now: string;
}

const blocked = (block: SendBlock): SendDecision => ({ allowed: false, block });

/**
 * Whether a reminder for this order may go out now: the one place every surface asks (the order
 * page's panel through the background, the dashboard's debts added by hand) before anything
 * reaches the buyer, the clipboard or a mail app.
 */
export function sendDecision(facts: SendFacts): SendDecision {
  const { order, now } = facts;
  if (facts.inFlight) return blocked({ reason: 'send-in-flight' });
  if (!order.open) return blocked({ reason: 'closed', statusText: order.statusText });
  if (order.chase.stage === 'case') return blocked({ reason: 'case-open' });
  if (order.chase.paused) return blocked({ reason: 'paused' });
  if (facts.buyerPaused) return blocked({ reason: 'buyer-paused' });
  if (order.chase.promisedBy && order.chase.promisedBy > now)
    return blocked({ reason: 'promised', until: order.chase.promisedBy });
  if (facts.unresolved)
    return blocked({ reason: 'send-unresolved', until: facts.unresolved.startedAt, ...facts.unresolved });
  const last = facts.history.lastSentByBuyer[buyerId(order)];
  if (last && Date.parse(now) - Date.parse(last) < DAY_MS)
    return blocked({ reason: 'buyer-reminded-recently', until: new Date(Date.parse(last) + DAY_MS).toISOString() });
  if ((facts.history.sentTodayByShop[order.shop] ?? 0) >= facts.dailyCap)
    return blocked({ reason: 'daily-cap', until: nextLocalMidnight(now, facts.timeZone) });
  const quietEnds = outOfQuietHours(Date.parse(now), facts.quietHours, facts.buyerTimeZone, 'later');
  return quietEnds > Date.parse(now)
    ? { allowed: true, quietUntil: new Date(quietEnds).toISOString() }
    : { allowed: true };
}

const DAY_MS = 86_400_000;

/** The start of the seller's next local day: today's start plus a day and some, back to that day's start (DST-proof). */
function nextLocalMidnight(now: string, timeZone: string): string {
  return startOfLocalDay(new Date(Date.parse(startOfLocalDay(now, timeZone)) + 30 * 3_600_000).toISOString(), timeZone);
}
