import type { Tone } from './tone';

/** The chase of one order: its stage and what has happened (lib/tracker/lifecycle.ts moves it). */
export const OPEN_STAGES = ['unpaid', 'reminded', 'final_notice', 'demand', 'case', 'partially_paid', 'instalment_plan', 'extended'] as const;
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
  /** When the console cancelled the order while money was still owed (a sign for the buyer's record). */
  cancelledUnpaidAt?: string;
}

export type ChaseEvent =
  | { type: 'reminder_sent'; tone: Tone }
  | { type: 'payment_recorded'; amount: number }
  | { type: 'plan_agreed'; instalments: Instalment[] }
  | { type: 'extension_granted'; until: string }
  | { type: 'extension_lapsed' }
  | { type: 'promise_recorded'; by: string }
  | { type: 'promise_broken' }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'case_opened' }
  | { type: 'settled'; amount: number; reason: string }
  | { type: 'written_off'; reason: string }
  | { type: 'console_paid' }
  | { type: 'console_cancelled' }
  | { type: 'console_reopened' };

export type ChaseEventType = ChaseEvent['type'];
