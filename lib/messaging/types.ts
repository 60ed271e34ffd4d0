import type { PageReading } from '../marketplaces/types';
import type { ContactChannel } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { Tone } from '../model/tone';
import type { ReminderLocale } from '../reminders/types';

/**
 * Message names, by direction (content script → background, extension page → background).
 * This file has no runtime dependencies so content scripts can import it without pulling in valibot.
 */
export const CsToBg = {
  PAGE_READ: 'cs-bg-page-read',
  CHASE_PANEL: 'cs-bg-chase-panel',
  SEND_BEGIN: 'cs-bg-send-begin',
  SEND_FINISH: 'cs-bg-send-finish',
} as const;

export const PageToBg = {
  /** An extension page (dashboard, options) changed data: recount the badge and reschedule the alarm. */
  CHANGED: 'page-bg-changed',
} as const;

export interface PageReadMessage {
  type: typeof CsToBg.PAGE_READ;
  url: string;
  reading: PageReading;
}

/** The order page asks what to show in its panel (the drafted next reminder, rule dates, flags). */
export interface ChasePanelMessage {
  type: typeof CsToBg.CHASE_PANEL;
  url: string;
  marketplace: MarketplaceId;
  orderId: string;
  /** The language the seller picked for this reminder; the settings' language when absent. */
  locale?: ReminderLocale;
  offers?: ReminderOffers;
}

/** Offers the seller ticked on the panel, added to the reminder as their own paragraphs. */
export interface ReminderOffers {
  instalments: boolean;
  extension: boolean;
}

/**
 * The seller clicked Send. `reading` is the page read again at the click: the background stores
 * it first and refuses when the console now shows the order paid.
 */
export interface SendBeginMessage {
  type: typeof CsToBg.SEND_BEGIN;
  url: string;
  sendId: string;
  marketplace: MarketplaceId;
  orderId: string;
  tone: Tone;
  locale: ReminderLocale;
  channel: ContactChannel;
  offers?: ReminderOffers;
  reading: PageReading;
}

export interface SendFinishMessage {
  type: typeof CsToBg.SEND_FINISH;
  url: string;
  sendId: string;
  ok: boolean;
  error?: string;
}

export interface PageChangedMessage {
  type: typeof PageToBg.CHANGED;
}

export type BgMessage = PageReadMessage | ChasePanelMessage | SendBeginMessage | SendFinishMessage | PageChangedMessage;

export type BgErrorCode = 'invalid-message' | 'forbidden' | 'storage-full' | 'refused' | 'internal';

export type BgResponse<T = unknown> = { ok: true; result: T } | { ok: false; error: BgErrorCode; detail: string };

/** What the background answers to a page read. */
export interface PageReadResult {
  created: number;
  changed: number;
  unchanged: number;
  openCount: number;
  /** Open orders on the page whose buyer left other orders unpaid: flagged on the page at once. */
  repeatNonPayers: { orderId: string; others: string[] }[];
}
