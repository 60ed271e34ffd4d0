import type { PageReading } from '../marketplaces/types';
import type { ContactChannel } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { Tone } from '../model/tone';
import type { ReminderLocale } from '../reminders/types';
import type { ContactAction } from '../reminders/contact/types';

/**
 * Message names, by direction (content script → background, extension page → background).
 * This file has no runtime dependencies so content scripts can import it without pulling in valibot.
 */
export const CsToBg = {
  PAGE_READ: 'cs-bg-page-read',
} as const;

export const PageToBg = {
  /** An extension page (dashboard, options) changed data: recount the badge and reschedule the alarm. */
  CHANGED: 'page-bg-changed',
  /** The popup: capture the order page in the seller's current tab. */
  CAPTURE_TAB: 'page-bg-capture-tab',
  /** The dashboard: open one order's console page, capture it, close it. */
  CAPTURE_ORDER: 'page-bg-capture-order',
} as const;

/**
 * The order panel is Settle's own page (panel.html) in a frame on the console page: the console's
 * scripts cannot read it, restyle it or click it. It speaks for the order of the tab it is in.
 */
export const PanelToBg = {
  MODEL: 'panel-bg-model',
  SEND: 'panel-bg-send',
  /** The panel carried out a send itself (copied text, mail draft): its outcome. */
  FINISH: 'panel-bg-finish',
  /** The panel's height, passed on to the content script that sizes its frame. */
  SIZE: 'panel-bg-size',
  /** Capture the order page the panel is on as evidence (the seller's click, or right after a send). */
  CAPTURE: 'panel-bg-capture',
  /**
   * Open Settle's options at its page captures, where the seller allows them: the panel, framed in
   * the console page, has no permissions API in Firefox, and the browser asks only from a click.
   */
  OPEN_CAPTURE_SETTINGS: 'panel-bg-open-capture-settings',
} as const;

/** Whether a message (not yet validated) is one of the panel's, which speak for the tab they are framed in. */
export const isPanelMessage = (message: unknown): boolean =>
  String((message as { type?: unknown } | null)?.type).startsWith('panel-bg-');

/** What the background asks of the content script in the console page (only the background may). */
export const BgToCs = {
  /** Read the page again now (at the click): the background stores it before sending. */
  READ: 'bg-cs-read',
  /** Carry out a send through the console's own form or action. */
  PERFORM: 'bg-cs-perform',
  SIZE: 'bg-cs-panel-size',
  /** The page's address (Firefox tells the background a tab's address only with a host permission). */
  WHERE: 'bg-cs-where',
  /** One step of a capture (measure, scroll, restore, snapshot): lib/content/page-capture, loaded at the first capture. */
  CAPTURE_STEP: 'bg-cs-capture-step',
} as const;

/** The panel asks for what to show for one order of its tab's shop. */
export interface PanelModelMessage {
  type: typeof PanelToBg.MODEL;
  marketplace: MarketplaceId;
  orderId: string;
  locale?: ReminderLocale;
  offers?: ReminderOffers;
}

/** The seller clicked Send in Settle's own panel, and the panel saw its button visible where the click landed. */
export interface PanelSendMessage {
  type: typeof PanelToBg.SEND;
  sendId: string;
  marketplace: MarketplaceId;
  orderId: string;
  tone: Tone;
  locale: ReminderLocale;
  channel: ContactChannel;
  offers?: ReminderOffers;
}

export interface PanelFinishMessage {
  type: typeof PanelToBg.FINISH;
  sendId: string;
  ok: boolean;
  error?: string;
}

/** The panel's height, for its order (whose frame holds the panel). */
export interface PanelSizeMessage {
  type: typeof PanelToBg.SIZE;
  height: number;
  marketplace: MarketplaceId;
  orderId: string;
}

export interface PageReadMessage {
  type: typeof CsToBg.PAGE_READ;
  url: string;
  reading: PageReading;
}

/** Offers the seller ticked on the panel, added to the reminder as their own paragraphs. */
export interface ReminderOffers {
  instalments: boolean;
  extension: boolean;
}

interface PageChangedMessage {
  type: typeof PageToBg.CHANGED;
}

/** Why a capture was made: the seller asked, or a reminder was just sent (the "capture on send" setting). */
export type CaptureTrigger = 'seller' | 'send';

export interface PanelCaptureMessage {
  type: typeof PanelToBg.CAPTURE;
  marketplace: MarketplaceId;
  orderId: string;
  trigger: CaptureTrigger;
}

interface PanelOpenCaptureSettingsMessage {
  type: typeof PanelToBg.OPEN_CAPTURE_SETTINGS;
}

interface CaptureTabMessage {
  type: typeof PageToBg.CAPTURE_TAB;
}

export interface CaptureOrderMessage {
  type: typeof PageToBg.CAPTURE_ORDER;
  marketplace: MarketplaceId;
  shop: string;
  orderId: string;
}

/** Every message the background accepts. */
export type BgMessage =
  | PageReadMessage
  | PageChangedMessage
  | PanelModelMessage
  | PanelSendMessage
  | PanelFinishMessage
  | PanelSizeMessage
  | PanelCaptureMessage
  | PanelOpenCaptureSettingsMessage
  | CaptureTabMessage
  | CaptureOrderMessage;

/** One step of a capture, carried out by the console page's content script. */
export type CaptureStep =
  | { kind: 'measure' }
  | { kind: 'scroll'; y: number; hideFixed: boolean }
  | { kind: 'restore'; y: number }
  | { kind: 'snapshot'; capturedAt: string };

/** The page's size and place, as the capture steps see it (CSS pixels). */
export interface PageMetrics {
  url: string;
  title: string;
  scrollY: number;
  scrollHeight: number;
  scrollWidth: number;
  innerWidth: number;
  innerHeight: number;
  devicePixelRatio: number;
}

/** What one capture kept and what it could not take, in the seller's words. */
export interface CaptureOutcome {
  kept: { kind: string; name: string; bytes: number; sha256: string }[];
  failed: { kind: string; error: string }[];
  /** Nothing was taken: the setting is off (after a send), or the browser's permission is not given yet. */
  skipped?: 'off' | 'no-permission';
}

/** Messages the background sends to the console page's content script. */
export type BgToCsMessage =
  | { type: typeof BgToCs.READ }
  | { type: typeof BgToCs.PERFORM; action: ContactAction }
  | { type: typeof BgToCs.SIZE; height: number }
  | { type: typeof BgToCs.WHERE }
  | { type: typeof BgToCs.CAPTURE_STEP; step: CaptureStep };

/** The content script's answer to PERFORM: sent (the console shows it), not sent, or not known (the page stopped answering). */
export type PerformOutcome = { ok: true } | { ok: false; sent: false; error: string };

/** What the background tells the panel after Send. */
export type PanelSendOutcome =
  | { status: 'sent' }
  | { status: 'failed'; error: string }
  /** Sent from the page, but its outcome could not be learned (the tab closed, the worker stopped): never re-sent by itself. */
  | { status: 'unknown' }
  /** The panel carries it out itself (copied text, a mail draft), then reports with FINISH. */
  | { status: 'do-it'; action: ContactAction; text: string };

type BgErrorCode = 'invalid-message' | 'too-large' | 'forbidden' | 'storage-full' | 'refused' | 'internal';

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
