import type { MarketplaceId } from '../model/order';
import type { Tone } from '../reminders/types';

/** One rung of the escalation ladder: send `tone` this many days after the order was placed. */
export interface EscalationStep {
  tone: Tone;
  day: number;
}

/** The seller's schedule for one marketplace (or for orders added by hand: marketplace 'generic'). */
export interface EscalationSchedule {
  marketplace: MarketplaceId;
  steps: EscalationStep[];
  /** Count only Monday–Friday when true. */
  businessDays: boolean;
  /** Local hours in which nothing is sent, in the buyer's time zone when known, else the seller's. */
  quietHours: { start: string; end: string }; // "21:00" → "08:00"
  /** Most reminders sent per shop per day. */
  dailyCap: number;
}

export const DEFAULT_STEPS: EscalationStep[] = [
  { tone: 'friendly', day: 1 },
  { tone: 'firm', day: 3 },
  { tone: 'final_notice', day: 7 },
  { tone: 'formal_demand', day: 14 },
];
