import type { Tone } from './tone';
import type { VenueId } from './venue-id';
import { minorDigits } from './money';

/** The chase of one order: its stage and what has happened (lib/tracker/lifecycle.ts moves it). */
export const OPEN_STAGES = [
  'unpaid',
  'reminded',
  'final_notice',
  'demand',
  'case',
  'partially_paid',
  'instalment_plan',
  'extended',
] as const;
export const CLOSED_STAGES = ['paid', 'settled', 'cancelled', 'written_off'] as const;
export type ChaseStage = (typeof OPEN_STAGES)[number] | (typeof CLOSED_STAGES)[number];

export interface Instalment {
  amount: number; // minor units of the order's currency
  dueAt: string;
  paidAt?: string;
}

export interface ChaseState {
  stage: ChaseStage;
  /** Reminders actually sent (a failed send is not counted). */
  remindersSent: number;
  lastTone?: Tone;
  /** When the latest reminder went out: the next one waits at least a day after it. */
  lastReminderAt?: string;
  /** Received so far, minor units (the whole total once the console shows the order paid). */
  paid: number;
  /** Of that, what the seller recorded in Settle (payments, a settlement): the console does not know it. */
  paidInSettle?: number;
  plan?: Instalment[];
  extendedUntil?: string;
  /** The stage to return to when an extension lapses. */
  resumeStage?: ChaseStage;
  promisedBy?: string;
  paused: boolean;
  /** Kept apart for the statistics: recovered money vs what was given up. */
  waived?: number;
  writtenOff?: number;
  reason?: string;
  /** The order's case: its venue, when it was opened, and what `case_opened` / `case_deadline_set` said. */
  case?: CaseState;
  /** When the console cancelled the order while money was still owed (a sign for the buyer's record). */
  cancelledUnpaidAt?: string;
  /** Received beyond what was owed, minor units, recorded only once the seller confirmed it: not part of `paid`. */
  overpaid?: number;
  /** The chase as it was before the seller closed it in Settle (paid in full, settled, written off): `reopened` restores it. */
  beforeClose?: ReopenPoint;
}

/**
 * An order's case. A case on a buyer covers several of their orders at one shop: each order
 * carries the same `id` and the list of all its orders, so every order's own chain says which
 * case it belongs to and with which orders.
 */
interface CaseState {
  venue?: VenueId;
  openedAt: string;
  /** Shared by every order of the case; absent on cases opened before cases had ids (one order each). */
  id?: string;
  /** Every order number of a case on a buyer (this one included, same shop); absent for a one-order case. */
  orders?: string[];
  /** The case's own deadline, entered by the seller (a dispute's evidence due date, a hearing): ISO instant. */
  deadline?: string;
}

/** What a seller's closing replaced: everything a reopening needs to put back. */
export type ReopenPoint = Omit<ChaseState, 'beforeClose'>;

export type ChaseEvent =
  | { type: 'reminder_sent'; tone: Tone }
  /** `overpaid`: the part above what was owed, as the seller confirmed it; without it an overpayment is refused. */
  | { type: 'payment_recorded'; amount: number; overpaid?: number }
  | { type: 'plan_agreed'; instalments: Instalment[] }
  | { type: 'extension_granted'; until: string }
  | { type: 'extension_lapsed' }
  | { type: 'promise_recorded'; by: string }
  | { type: 'promise_broken' }
  | { type: 'paused' }
  | { type: 'resumed' }
  /**
   * A case (a dispute, a claim) is open at `venue` (lib/cases/venues.ts). `caseId` and `orders`
   * (every order of a case on a buyer) tie the orders of one case together; `deadline` is the
   * date the venue gave this case, when the seller knows it.
   */
  | { type: 'case_opened'; venue?: VenueId; caseId?: string; orders?: string[]; deadline?: string }
  /** The seller sets (or, without `deadline`, clears) the open case's own deadline. */
  | { type: 'case_deadline_set'; deadline?: string }
  | { type: 'settled'; amount: number; reason: string }
  | { type: 'written_off'; reason: string }
  | { type: 'console_paid' }
  | { type: 'console_cancelled' }
  | { type: 'console_reopened' }
  /** The seller undoes their own closing in Settle (paid in full, settled, written off). */
  | { type: 'reopened' };

/** Currencies whose unit is worth so little that a real invoice can pass a billion units. */
const SMALL_UNIT = new Set([
  'VND',
  'IDR',
  'IRR',
  'LAK',
  'UZS',
  'PYG',
  'GNF',
  'SLL',
  'SLE',
  'LBP',
  'MMK',
  'KHR',
  'UGX',
  'COP',
  'KRW',
  'MNT',
  'TZS',
  'MGA',
  'BIF',
  'RWF',
]);

/** The largest amount Settle records, in major units: 1,000,000,000 (a thousand times more where the unit is tiny). More is a typing slip. */
const maxMajorAmount = (currency: string): number => (SMALL_UNIT.has(currency.toUpperCase()) ? 1e12 : 1e9);

/** The same bound in minor units of `currency` (always a safe integer). */
export const maxMinorAmount = (currency: string): number => maxMajorAmount(currency) * 10 ** minorDigits(currency);

/** True for an amount Settle can record: a whole number of minor units, not above the bound (zero only when `zero` allows it). */
export function isSaneAmount(minor: number, currency: string, zero = false): boolean {
  return Number.isSafeInteger(minor) && (zero ? minor >= 0 : minor > 0) && minor <= maxMinorAmount(currency);
}
