import type { ChaseStage } from '../model/chase';
import type { ContactChannel } from '../model/events';
import type { Tone } from '../model/tone';
import type { ReminderLocale } from '../reminders/types';
import type { HoldReason } from '../tracker/due-limits';
import type { PlannedReminder } from '../tracker/schedule';
import type { ContactAction } from '../reminders/contact/types';
import type { ReminderOffers } from './types';

/**
 * What the order-page panel shows, built by the background (which owns the database and the
 * templates) and rendered as plain text by the content script. Types only: no runtime code.
 */
export interface ChasePanelModel {
  /** Formatted for the seller (UI language). */
  order: { orderId: string; buyer: string; owed: string; stage: ChaseStage; remindersSent: number; paused: boolean; promisedBy?: string };
  /** The next reminder, when one is planned; `due` when it is due now (or overdue). */
  next?: { tone: Tone; dueAt: string; timing: PlannedReminder['timing']; due: boolean };
  /**
   * Why Send is held back right now (one per buyer per 24 hours, the shop's daily cap, or
   * `send-unresolved`: a send of this order started at `startedAt` through `channel` was never
   * confirmed — it may have gone out — so no other goes until it is settled; then `until` is `startedAt`).
   */
  blocked?: { reason: HoldReason; until: string; startedAt?: string; channel?: ContactChannel };
  /** The drafted reminder in `locale`; absent when nothing is planned or the template has problems. */
  draft?: { tone: Tone; locale: ReminderLocale; subject: string; text: string; warnings: string[]; offers: ReminderOffers };
  /** A template with problems is never sent: the panel says so and links to the options. */
  templateProblem?: string;
  /** The ways open for this order, best first, named in the console's own words (`note`: a line shown under one). */
  channels: { channel: ContactChannel; label: string; note?: string; maxLength?: number }[];
  /** The marketplace's own dates for this order (may cancel, auto-close, window closes). */
  ruleDates: { kind: string; at: string; unverified: boolean }[];
  /** The buyer's other orders left unpaid: the repeat-non-payer flag. */
  unpaidElsewhere: { orderId: string; stage: ChaseStage }[];
  /** The seller has not given the name reminders are signed with (Options): the panel says so. */
  unsigned?: boolean;
  /** Made once per draft: every click on this draft carries it, so a double click sends once. */
  sendId: string;
}

/** The background's plan for a Send: what goes out, and how (lib/background/panel.ts carries it out). */
export interface SendPlan {
  action: ContactAction;
  /** The exact words going out (logged with the send). */
  text: string;
  subject: string;
}
