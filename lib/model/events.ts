import type { MarketplaceId, OrderStatus } from './order';
import type { Money } from './money';
import type { ChaseEvent, ChaseStage } from './chase';
import type { Tone } from './tone';

/** How a reminder reached (or was handed towards) the buyer; the type and the message schemas derive from it. */
export const CONTACT_CHANNELS = ['console-form', 'console-invoice', 'mail-draft', 'copied', 'sms-qr', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** The words that went out, kept as evidence. */
export interface SentMessage {
  channel: ContactChannel;
  subject?: string;
  text: string;
  recipient?: string;
}

/** What a piece of evidence is: a file the seller attached, or something Settle captured from the order page. */
export type EvidenceKind = 'attachment' | 'screenshot' | 'full-page' | 'page-archive' | 'order-data' | 'demand-letter';

/** The order details a console reading can change besides its status and total (a timeline names them in words). */
export const DETAIL_FIELDS = [
  'statusText',
  'buyer',
  'items',
  'placedAt',
  'dueAt',
  'payUrl',
  'amountDue',
  'url',
  'shop',
] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

/** What can happen on an order's timeline. */
export type OrderEventData =
  | { type: 'detected'; status: OrderStatus; total: Money }
  | { type: 'status_changed'; from: OrderStatus; to: OrderStatus; statusText: string }
  | { type: 'amount_changed'; from: Money; to: Money }
  | { type: 'details_changed'; fields: DetailField[] }
  /** A step of the chase (see lib/tracker/lifecycle.ts); a sent reminder carries its message. */
  | { type: 'chase'; change: ChaseEvent; from: ChaseStage; to: ChaseStage; message?: SentMessage }
  /** A send that did not go through: logged, not counted. */
  | { type: 'reminder_failed'; tone: Tone; channel: ContactChannel; error: string }
  /**
   * A reminder the console confirmed went out while the chase could not take it as a step (the
   * order closed, a case opened or chasing was paused meanwhile): kept with its words, the stage unmoved.
   */
  | { type: 'reminder_sent_outside_chase'; tone: Tone; stage: ChaseStage; paused: boolean; message: SentMessage }
  /** A capture or attachment kept in the evidence table: its SHA-256 here puts it in the order's chain. */
  | {
      type: 'evidence_added';
      evidenceId: number;
      kind: EvidenceKind;
      name: string;
      mediaType: string;
      bytes: number;
      sha256: string;
      sourceUrl?: string;
      /** A capture's page title and what took it ("Settle 0.1.0 · Firefox 140.0"). */
      pageTitle?: string;
      capturedWith?: string;
    }
  /** The seller's own note on the order. */
  | { type: 'note_added'; text: string }
  /** The console gave the order a new id (eBay, when it is paid): still this order, under its first id. */
  | { type: 'renumbered'; from: string; to: string };

/** An event before it is written: the database adds its id and place in the hash chain. */
export interface OrderEventDraft {
  marketplace: MarketplaceId;
  /** The order's shop (lib/model/shop.ts). */
  shop: string;
  orderId: string;
  at: string;
  /** Page the change was read on. */
  url: string;
  data: OrderEventData;
}

/**
 * A written event. Each order has its own chain: `prevHash` is the hash of the order's previous
 * event (64 zeros for its first), and `hash` covers every other member, so editing, removing or
 * reordering any event of the order breaks its chain.
 */
export interface OrderEvent extends OrderEventDraft {
  id?: number;
  prevHash: string;
  hash: string;
}

/** A reminder the timeline says went out: when, in what tone, its words when kept, and its line (1-based). */
export interface SentReminder {
  at: string;
  tone: Tone;
  message?: SentMessage;
  line: number;
}

/** Every reminder that went out on an order, in or outside the chase, oldest first. */
export function sentReminders(events: OrderEvent[]): SentReminder[] {
  return events.flatMap((e, i) => {
    const d = e.data;
    if (d.type === 'chase' && d.change.type === 'reminder_sent')
      return [{ at: e.at, tone: d.change.tone, message: d.message, line: i + 1 }];
    if (d.type === 'reminder_sent_outside_chase') return [{ at: e.at, tone: d.tone, message: d.message, line: i + 1 }];
    return [];
  });
}
