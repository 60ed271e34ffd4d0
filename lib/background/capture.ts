import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { SettleDb } from '../db/schema';
import { addEvidence } from '../db/evidence';
import { getOrder } from '../db/queries';
import { getChaseSettings } from '../db/settings';
import { StorageFullError } from '../db/storage-full';
import { HandledError, type MessageSender } from '../messaging/router';
import { PageReadingSchema } from '../messaging/schemas';
import { BgToCs, type CaptureOrderMessage, type CaptureOutcome, type PanelCaptureMessage } from '../messaging/types';
import type { EvidenceKind } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { orderKeyOf } from '../model/order-record';
import { consoleUrlOf, isOnShop, shopOfPage } from '../model/shop';
import { localIso } from '../model/local-time';
import { sha256OfBlob } from '../evidence/package-file';
import { browserCapturer, type TabCapturer } from '../evidence/capture/browser-capturer';
import { hasCapturePermission } from '../browser/capture-permission';
import { browserNameAndVersion, extensionAbout } from '../browser/about';
import { t } from '../i18n/t';
import { admitPageOrders } from './page-orders';
import { childFrameOrder, orderFrame, sameShop, type AskConsolePage, type OrderFrame } from './order-frame';

type CaptureKind = Extract<EvidenceKind, 'order-data' | 'screenshot' | 'page-archive' | 'full-page'>;

/**
 * What the seller's Capture takes, in this order: the data (no picture needed), what the seller
 * sees, the archive (nothing moves), then the full page (which scrolls the page and puts it back).
 */
export const SELLER_CAPTURE: readonly CaptureKind[] = ['order-data', 'screenshot', 'page-archive', 'full-page'];
/** Right after a reminder is sent: the page as the seller saw it then, and the order's data. */
export const SEND_CAPTURE: readonly CaptureKind[] = ['order-data', 'screenshot'];

/** How long the dashboard's capture waits for the order's page to load and be read. */
const PAGE_LOAD_TIMEOUT_MS = 30_000;

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

const refused = (text: string) => new HandledError('refused', text);

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
async function readingOf(askPage: AskConsolePage, tabId: number, frameId: number) {
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

/** The tab a message came from, with what a capture needs of it. */
function senderTab(sender: MessageSender): { id: number; url: string; windowId: number } {
  const { id, url, windowId } = sender.tab ?? {};
  if (id === undefined || !url || windowId === undefined)
    throw new HandledError('forbidden', 'The panel is not on a console page.');
  return { id, url, windowId };
}

/** Capture, from Settle's panel on the order's page: at the seller's click, or right after a send (when the setting is on). */
export async function onPanelCapture(
  db: SettleDb,
  message: PanelCaptureMessage,
  sender: MessageSender,
  askPage: AskConsolePage,
  now: string,
): Promise<CaptureOutcome> {
  const tab = senderTab(sender);
  if (message.trigger === 'send' && !(await getChaseSettings(db)).captureOnSend)
    return { kept: [], failed: [], skipped: 'off' };
  if (!(await hasCapturePermission())) return { kept: [], failed: [], skipped: 'no-permission' };
  // The panel sits in the frame that shows its order (eBay's details may be a child frame): that frame is captured.
  const frame = await orderFrame(tab, message, askPage);
  const target = { tabId: tab.id, tabUrl: tab.url, frame, orderId: message.orderId, marketplace: message.marketplace };
  return captureOrderPage(
    db,
    target,
    browserCapturer(tab.id, tab.windowId, askPage, frame.frameId),
    askPage,
    message.trigger === 'send' ? SEND_CAPTURE : SELLER_CAPTURE,
    now,
  );
}

/**
 * Capture, from the popup: the order page in the seller's current tab, or, when the tab's own page
 * is not an order page, the order a child frame of it shows (eBay's details in Seller Hub).
 */
export async function onCaptureTab(db: SettleDb, askPage: AskConsolePage, now: string): Promise<CaptureOutcome> {
  if (!(await hasCapturePermission())) throw refused(t('capturePermissionMissing'));
  const [found] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (found?.id === undefined || !found.url || !/^https?:/.test(found.url)) throw refused(t('captureNotOrderPage'));
  const tab = { id: found.id, url: found.url };
  const top = await readingOf(askPage, tab.id, 0);
  const child = top?.ok && top.kind === 'order-detail' ? undefined : await childFrameOrder(tab, askPage);
  const target: CaptureTarget = child
    ? { tabId: tab.id, tabUrl: tab.url, frame: child, orderId: child.orderId, marketplace: child.marketplace }
    : { tabId: tab.id, tabUrl: tab.url, frame: { frameId: 0, url: tab.url } };
  return captureOrderPage(
    db,
    target,
    browserCapturer(tab.id, found.windowId, askPage, target.frame.frameId),
    askPage,
    SELLER_CAPTURE,
    now,
  );
}

/**
 * Waits until the tab's content script reads the order's page (it loads, then the script starts),
 * in the tab's top page or in the frame of the tab's shop that read it; answers where the tab is then.
 */
async function waitForOrderPage(
  tabId: number,
  order: { marketplace: MarketplaceId; orderId: string },
  askPage: AskConsolePage,
): Promise<{ tabUrl: string; frame: OrderFrame }> {
  const until = performance.now() + PAGE_LOAD_TIMEOUT_MS;
  while (performance.now() < until) {
    const tabUrl = (await browser.tabs.get(tabId)).url;
    const frame = tabUrl
      ? await orderFrame({ id: tabId, url: tabUrl }, order, askPage).catch(() => undefined)
      : undefined;
    const reading = frame && (await readingOf(askPage, tabId, frame.frameId));
    if (
      tabUrl &&
      frame &&
      reading?.ok &&
      reading.orders.some((o) => (o as { orderId?: unknown }).orderId === order.orderId)
    )
      return { tabUrl, frame };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw refused(t('capturePageTimeout'));
}

/**
 * Capture, from the dashboard: opens the order's own console page (never another site) in a tab,
 * waits for it to be read, captures it, closes it and brings the seller back to the dashboard.
 */
export async function onCaptureOrder(
  db: SettleDb,
  message: CaptureOrderMessage,
  sender: MessageSender,
  askPage: AskConsolePage,
  now: string,
): Promise<CaptureOutcome> {
  if (!(await hasCapturePermission())) throw refused(t('capturePermissionMissing'));
  const order = await getOrder(db, [message.marketplace, message.shop, message.orderId]);
  const url = order && consoleUrlOf(order);
  if (!url) throw refused(t('captureNoConsolePage'));
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw refused(t('capturePageTimeout'));
  try {
    const { tabUrl, frame } = await waitForOrderPage(tab.id, message, askPage);
    // Where the tab really is now (a login page, a redirect): it must still be the order's own shop.
    if (!isOnShop(tabUrl, message.shop) || !isOnShop(frame.url, message.shop)) throw refused(t('captureNotOrderPage'));
    const target = { tabId: tab.id, tabUrl, frame, orderId: message.orderId, marketplace: message.marketplace };
    return await captureOrderPage(
      db,
      target,
      browserCapturer(tab.id, tab.windowId, askPage, frame.frameId),
      askPage,
      SELLER_CAPTURE,
      now,
    );
  } finally {
    await browser.tabs.remove(tab.id).catch(() => undefined);
    if (sender.tab?.id !== undefined) await browser.tabs.update(sender.tab.id, { active: true }).catch(() => undefined);
  }
}
