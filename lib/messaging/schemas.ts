import * as v from 'valibot';
import { ORDER_STATUSES, type MarketplaceId } from '../model/order';
import { CONTACT_CHANNELS } from '../model/events';
import { LANGUAGE_TAG } from '../model/language-tag';
import { consoles } from '../marketplaces/consoles';
import { CsToBg, PageToBg, PanelToBg } from './types';
import { TONES } from '../model/tone';
import { REMINDER_LOCALES } from '../reminders/types';
import { READ_LIMITS } from '../marketplaces/limits';

const PAGE_KINDS = ['order-detail', 'order-list'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const httpUrl = v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https?:/i, 'must be an http(s) URL'));
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be an ISO 8601 date'));
const printedDate = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(READ_LIMITS.printedDate.text)),
  lang: v.optional(v.pipe(v.string(), v.maxLength(READ_LIMITS.printedDate.lang))),
  order: v.optional(v.picklist(['dmy', 'mdy', 'ymd'])),
  timeZone: v.optional(v.pipe(v.string(), v.maxLength(READ_LIMITS.printedDate.timeZone))),
});
const money = v.strictObject({
  // Never negative: a refund or a credit is a status, not a negative total.
  amount: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')),
});

/**
 * The schemas of a page's reading, for the consoles whose ids are `ids`: a console's readings are
 * accepted once it is in the consoles list (lib/marketplaces/consoles.ts), and only then.
 */
export function readingSchemas(ids: readonly MarketplaceId[]) {
  const marketplace = v.picklist(ids);
  const OrderSnapshotSchema = v.strictObject({
    marketplace: marketplace,
    orderId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    url: httpUrl,
    status: v.picklist(ORDER_STATUSES),
    statusText: text(200),
    buyer: v.strictObject({
      name: v.optional(text(500)),
      handle: v.optional(text(200)),
      email: v.optional(text(320)),
      phone: v.optional(text(100)),
      timeZone: v.optional(text(64)),
    }),
    total: money,
    amountDue: v.optional(money),
    placedAt: v.optional(isoDate),
    dueAt: v.optional(isoDate),
    // Dates as the page prints them, read by the background (lib/marketplaces/resolve-dates.ts).
    printedDates: v.optional(v.strictObject({ placedAt: v.optional(printedDate), dueAt: v.optional(printedDate) })),
    items: v.pipe(
      v.array(
        v.strictObject({
          title: text(1000),
          quantity: v.pipe(v.number(), v.finite()),
          price: v.optional(money),
          sku: v.optional(text(200)),
        }),
      ),
      v.maxLength(500),
    ),
    payUrl: v.optional(httpUrl),
    shop: v.optional(text(253)),
    customerNotes: v.optional(
      v.pipe(v.array(text(READ_LIMITS.customerNoteChars)), v.maxLength(READ_LIMITS.customerNotesPerOrder)),
    ),
    previousOrderIds: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
        v.maxLength(READ_LIMITS.previousOrderIdsPerOrder),
      ),
    ),
  });

  const PageReadingSchema = v.variant('ok', [
    v.strictObject({
      ok: v.literal(true),
      marketplace,
      kind: v.picklist(PAGE_KINDS),
      // Each order is checked on its own by the background (lib/background/page-orders.ts): one bad order is refused alone.
      orders: v.pipe(v.array(v.unknown()), v.maxLength(1000)),
      warnings: v.pipe(v.array(text(500)), v.maxLength(100)),
      // The shop's language as its console says it (`en_US`, `zh-TW`): a default for its reminders only.
      shopLanguage: v.optional(v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a language tag'))),
    }),
    v.strictObject({
      ok: v.literal(false),
      marketplace: v.optional(marketplace),
      kind: v.optional(v.picklist(PAGE_KINDS)),
      error: text(1000),
    }),
  ]);

  const PageReadMessageSchema = v.strictObject({
    type: v.literal(CsToBg.PAGE_READ),
    url: httpUrl,
    reading: PageReadingSchema,
  });
  return { marketplace, OrderSnapshotSchema, PageReadingSchema, PageReadMessageSchema };
}

const readings = readingSchemas(consoles.ids);
export const { OrderSnapshotSchema, PageReadMessageSchema } = readings;
const { PageReadingSchema } = readings;

const orderKey = { marketplace: readings.marketplace, orderId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) };
const offers = v.strictObject({ instalments: v.boolean(), extension: v.boolean() });
const sendId = v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/, 'must be a UUID'));

const PageChangedMessageSchema = v.strictObject({ type: v.literal(PageToBg.CHANGED) });

/** Panel messages come from Settle's own panel page; the order's shop is the tab's, never a field. */
const PanelModelMessageSchema = v.strictObject({
  type: v.literal(PanelToBg.MODEL),
  ...orderKey,
  locale: v.optional(v.picklist(REMINDER_LOCALES)),
  offers: v.optional(offers),
});

const PanelSendMessageSchema = v.strictObject({
  type: v.literal(PanelToBg.SEND),
  sendId,
  ...orderKey,
  tone: v.picklist(TONES),
  locale: v.picklist(REMINDER_LOCALES),
  channel: v.picklist(CONTACT_CHANNELS),
  offers: v.optional(offers),
});

const PanelFinishMessageSchema = v.strictObject({
  type: v.literal(PanelToBg.FINISH),
  sendId,
  ok: v.boolean(),
  error: v.optional(text(1000)),
});

const PanelSizeMessageSchema = v.strictObject({
  type: v.literal(PanelToBg.SIZE),
  height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  ...orderKey,
});

const PanelCaptureMessageSchema = v.strictObject({
  type: v.literal(PanelToBg.CAPTURE),
  ...orderKey,
  trigger: v.picklist(['seller', 'send']),
});

const PanelOpenCaptureSettingsMessageSchema = v.strictObject({ type: v.literal(PanelToBg.OPEN_CAPTURE_SETTINGS) });

const CaptureTabMessageSchema = v.strictObject({ type: v.literal(PageToBg.CAPTURE_TAB) });

const CaptureOrderMessageSchema = v.strictObject({
  type: v.literal(PageToBg.CAPTURE_ORDER),
  ...orderKey,
  shop: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
});

/** Every message the background accepts; anything else is rejected with a clear error. */
export const BgMessageSchema = v.variant('type', [
  PageReadMessageSchema,
  PageChangedMessageSchema,
  PanelModelMessageSchema,
  PanelSendMessageSchema,
  PanelFinishMessageSchema,
  PanelSizeMessageSchema,
  PanelCaptureMessageSchema,
  PanelOpenCaptureSettingsMessageSchema,
  CaptureTabMessageSchema,
  CaptureOrderMessageSchema,
]);

/** The content script's answer to a capture's `measure`, `scroll` or `restore` step. */
export const PageMetricsSchema = v.strictObject({
  url: httpUrl,
  title: text(2000),
  scrollY: v.pipe(v.number(), v.finite()),
  scrollHeight: v.pipe(v.number(), v.finite(), v.minValue(0)),
  scrollWidth: v.pipe(v.number(), v.finite(), v.minValue(0)),
  innerWidth: v.pipe(v.number(), v.finite(), v.minValue(1)),
  innerHeight: v.pipe(v.number(), v.finite(), v.minValue(1)),
  devicePixelRatio: v.pipe(v.number(), v.finite(), v.minValue(0.1), v.maxValue(10)),
});

/** The content script's reading of its page at a click (the background asked for it). */
export { PageReadingSchema };

/** The content script's answer to PERFORM. */
export const PerformOutcomeSchema = v.variant('ok', [
  v.strictObject({ ok: v.literal(true) }),
  v.strictObject({ ok: v.literal(false), sent: v.literal(false), error: text(1000) }),
]);

/** A short, human-readable reason a message failed validation, naming the field path. */
export function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
