import type { ChaseStage } from '../model/chase';
import type { ContactChannel } from '../model/events';
import type { Tone } from '../model/tone';
import type { ReminderLocale } from '../reminders/types';
import type { SendBlock } from '../tracker/send-policy';
import type { PlannedReminder } from '../tracker/schedule';
import type { ContactAction } from '../reminders/contact/types';
import type { ReminderOffers } from './types';

/**
 * What the order-page panel shows, built by the background (which owns the database and the
 * templates) and rendered as plain text by the content script. Types only: no runtime code.
 */
export interface ChasePanelModel {
  /**
   * `owed` is formatted as the draft writes money (lib/reminders/draft.ts), so headline and draft agree;
   * `outcome` says what a closed order came to ("Paid in full", "Refunded"), and then nothing is owed.
   */
  order: {
    orderId: string;
    buyer: string;
    owed: string;
    outcome?: string;
    stage: ChaseStage;
    remindersSent: number;
    paused: boolean;
    promisedBy?: string;
  };
  /** The next reminder, when one is planned; `due` when it is due now (or overdue). */
  next?: { tone: Tone; dueAt: string; timing: PlannedReminder['timing']; due: boolean };
  /**
   * Why Send is held back right now: the send policy's decision (lib/tracker/send-policy.ts). The
   * panel's words about sending and its Send button both follow it, so they never disagree.
   */
  blocked?: SendBlock;
  /** Send is open, but it is the buyer's quiet hours until then: the panel says so beside it. */
  quietUntil?: string;
  /**
   * What became of the order's latest send (a pending one is `blocked`: `send-unresolved`). Shown on
   * every fresh panel: after the invoice action the page reloads, and this is how the seller learns it went.
   */
  lastSend?:
    | { channel: ContactChannel; at: string; status: 'sent' }
    | { channel: ContactChannel; at: string; status: 'failed'; error: string };
  /** The drafted reminder in `locale`; absent when nothing is planned or the template has problems. */
  draft?: {
    tone: Tone;
    locale: ReminderLocale;
    subject: string;
    text: string;
    warnings: string[];
    offers: ReminderOffers;
  };
  /** A template with problems is never sent: the panel says so and links to the options. */
  templateProblem?: string;
  /** The ways open for this order, best first, named in the console's own words (`note`: a line shown under one). */
  channels: { channel: ContactChannel; label: string; note?: string; maxLength?: number }[];
  /** The marketplace's own dates for this order (may cancel, auto-close, window closes). */
  /** `day`: the date is that calendar day, without a time (lib/marketplaces/rules `RuleDate`). */
  ruleDates: { kind: string; at: string; day?: string; unverified: boolean }[];
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
