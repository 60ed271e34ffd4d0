import * as v from 'valibot';
import type { SettleDb } from '../db/schema';
import { addEvidence } from '../db/evidence';
import { getOrder } from '../db/queries';
import { StorageFullError } from '../db/storage-full';
import { HandledError } from '../messaging/router';
import { PageReadingSchema } from '../messaging/schemas';
import { BgToCs, type CaptureOutcome } from '../messaging/types';
import type { EvidenceKind } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { orderKeyOf } from '../model/order-record';
import { shopOfPage } from '../model/shop';
import { localIso } from '../model/local-time';
import { sha256OfBlob } from '../evidence/package-file';
import type { TabCapturer } from '../evidence/capture/browser-capturer';
import { browserNameAndVersion, extensionAbout } from '../browser/about';
import { t } from '../i18n/t';
import { admitPageOrders } from './page-orders';
import { sameShop, type AskConsolePage, type OrderFrame } from './order-frame';

type CaptureKind = Extract<EvidenceKind, 'order-data' | 'screenshot' | 'page-archive' | 'full-page'>;

/**
 * What the seller's Capture takes, in this order: the data (no picture needed), what the seller
 * sees, the archive (nothing moves), then the full page (which scrolls the page and puts it back).
 */
export const SELLER_CAPTURE: readonly CaptureKind[] = ['order-data', 'screenshot', 'page-archive', 'full-page'];
/** Right after a reminder is sent: the page as the seller saw it then, and the order's data. */
export const SEND_CAPTURE: readonly CaptureKind[] = ['order-data', 'screenshot'];

export interface CaptureTarget {
  tabId: number;
  /** The tab's address as the browser reports it: it decides the shop, never a message. */
  tabUrl: string;
  /**
   * The frame that shows the order and its address (lib/background/order-frame.ts): the tab's top
   * page, or the child frame eBay shows an order's details in. It must be on the tab's shop.
   */
  frame: OrderFrame;
  /** The order the capture is for (the panel's); absent: the page's only order (the popup). */
  orderId?: string;
  marketplace?: MarketplaceId;
}

/** A capture refused, with why, in the seller's words. */
export const refused = (text: string) => new HandledError('refused', text);

/**
 * Captures an order's page as evidence: the page is read again and must show that order, of a
 * shop Settle keeps and of the tab's own shop; then each kind is taken, hashed (SHA-256) and kept
 * with its timeline event (lib/db/evidence.ts). Each item records the page's address (the frame's,
 * when the order is shown in a child frame) and title, the time with its offset,
 * and the Settle and browser versions that took it. A kind that fails is named in the outcome;
 * the others are still kept. `now` is the background's clock (lib/browser/clock.ts).
 */
export async function captureOrderPage(
  db: SettleDb,
  target: CaptureTarget,
  capturer: TabCapturer,
  askPage: AskConsolePage,
  kinds: readonly CaptureKind[],
  now: string,
): Promise<CaptureOutcome> {
  const pageUrl = target.frame.url;
  const reading = await readingOf(askPage, target.tabId, target.frame.frameId);
  if (
    !reading?.ok ||
    reading.kind !== 'order-detail' ||
    (target.marketplace && reading.marketplace !== target.marketplace) ||
    // A frame speaks for its tab's shop only: a frame of another host in a console tab never files a capture.
    !onTabShop(reading.marketplace, pageUrl, target.tabUrl)
  )
    throw refused(t('captureNotOrderPage'));
  const { orders } = admitPageOrders(reading.marketplace, reading.orders, pageUrl, now);
  const order =
    target.orderId === undefined
      ? orders.length === 1
        ? orders[0]
        : undefined
      : orders.find((o) => o.orderId === target.orderId);
  if (!order) throw refused(t('captureNotOrderPage'));
  const key = orderKeyOf(order);
  if (!(await getOrder(db, key))) throw refused(t('captureOrderUnknown', order.orderId));
  const asRead = reading.orders.find((o) => (o as { orderId?: unknown }).orderId === order.orderId);

  const metrics = await capturer.measure();
  const startedAt = performance.now();
  // The background's clock, moved on by the time the capture has taken so far.
  const at = () => localIso(new Date(Date.parse(now) + performance.now() - startedAt));
  const stamp = at().slice(0, 19).replace(/:/g, '-');
  const about = extensionAbout();
  const capturedWith = `${about.name} ${about.version} · ${browserNameAndVersion()}`;
  const outcome: CaptureOutcome = { kept: [], failed: [] };
  const keep = async (kind: CaptureKind, blob: Blob, name: string, capturedAt = at()) => {
    const sha256 = await sha256OfBlob(blob);
    await addEvidence(db, key, {
      kind,
      blob,
      name,
      mediaType: blob.type || 'application/octet-stream',
      sha256,
      capturedAt,
      sourceUrl: pageUrl,
      pageTitle: metrics.title,
      capturedWith,
    });
    outcome.kept.push({ kind, name, bytes: blob.size, sha256 });
  };

  for (const kind of kinds) {
    try {
      if (kind === 'order-data') {
        const capturedAt = at();
        const record = { capturedAt, url: pageUrl, pageTitle: metrics.title, capturedWith, order: asRead };
        await keep(
          kind,
          new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' }),
          `order-data-${stamp}.json`,
          capturedAt,
        );
      } else if (kind === 'screenshot') {
        await keep(kind, await capturer.visible(), `screenshot-${stamp}.png`);
      } else if (kind === 'page-archive') {
        const capturedAt = at();
        const { blob, extension } = await capturer.archive(capturedAt);
        await keep(kind, blob, `page-${stamp}.${extension}`, capturedAt);
      } else {
        const { parts, truncated } = await capturer.fullPage(metrics);
        for (const [i, part] of parts.entries())
          await keep(
            kind,
            part,
            parts.length > 1 ? `full-page-${stamp}-${i + 1}-of-${parts.length}.png` : `full-page-${stamp}.png`,
          );
        if (truncated) outcome.failed.push({ kind, error: t('captureTruncated') });
      }
    } catch (error) {
      const full = error instanceof StorageFullError;
      outcome.failed.push({ kind, error: full ? t('captureStorageFull') : (error as Error).message || String(error) });
      if (full) break; // nothing more fits: stop rather than fail each kind the same way
    }
  }
  return outcome;
}

/** What the content script of one frame of the tab reads there now; undefined when it gives no reading. */
export async function readingOf(askPage: AskConsolePage, tabId: number, frameId: number) {
  const parsed = v.safeParse(
    PageReadingSchema,
    await askPage(tabId, { type: BgToCs.READ }, frameId).catch(() => undefined),
  );
  return parsed.success ? parsed.output : undefined;
}

/** Whether the page at `pageUrl` speaks for the shop of the tab at `tabUrl`. */
function onTabShop(marketplace: MarketplaceId, pageUrl: string, tabUrl: string): boolean {
  try {
    return sameShop(marketplace, pageUrl, shopOfPage(marketplace, tabUrl));
  } catch {
    return false;
  }
}
