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
import { consoleUrlOf, isOnShop } from '../model/shop';
import { localIso } from '../model/local-time';
import { sha256OfBlob } from '../evidence/package-file';
import { browserCapturer, type AskTab, type TabCapturer } from '../evidence/capture/browser-capturer';
import { hasCapturePermission } from '../browser/capture-permission';
import { browserNameAndVersion, extensionAbout } from '../browser/about';
import { t } from '../i18n/t';
import { admitPageOrders } from './page-orders';

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
  pageUrl: string;
  /** The order the capture is for (the panel's); absent: the page's only order (the popup). */
  orderId?: string;
  marketplace?: MarketplaceId;
}

const refused = (text: string) => new HandledError('refused', text);

/**
 * Captures an order's page as evidence: the page is read again and must show that order, of a
 * shop Settle keeps; then each kind is taken, hashed (SHA-256) and kept with its timeline event
 * (lib/db/evidence.ts). Each item records the page's address and title, the time with its offset,
 * and the Settle and browser versions that took it. A kind that fails is named in the outcome;
 * the others are still kept. `now` is the background's clock (lib/browser/clock.ts).
 */
export async function captureOrderPage(
  db: SettleDb,
  target: CaptureTarget,
  capturer: TabCapturer,
  askTab: AskTab,
  kinds: readonly CaptureKind[],
  now: string,
): Promise<CaptureOutcome> {
  const parsed = v.safeParse(
    PageReadingSchema,
    await askTab(target.tabId, { type: BgToCs.READ }).catch(() => undefined),
  );
  const reading = parsed.success ? parsed.output : undefined;
  if (
    !reading?.ok ||
    reading.kind !== 'order-detail' ||
    (target.marketplace && reading.marketplace !== target.marketplace)
  )
    throw refused(t('captureNotOrderPage'));
  const { orders } = admitPageOrders(reading.marketplace, reading.orders, target.pageUrl, now);
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
      sourceUrl: target.pageUrl,
      pageTitle: metrics.title,
      capturedWith,
    });
    outcome.kept.push({ kind, name, bytes: blob.size, sha256 });
  };

  for (const kind of kinds) {
    try {
      if (kind === 'order-data') {
        const capturedAt = at();
        const record = { capturedAt, url: target.pageUrl, pageTitle: metrics.title, capturedWith, order: asRead };
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
  askTab: AskTab,
  now: string,
): Promise<CaptureOutcome> {
  const tab = senderTab(sender);
  if (message.trigger === 'send' && !(await getChaseSettings(db)).captureOnSend)
    return { kept: [], failed: [], skipped: 'off' };
  if (!(await hasCapturePermission())) return { kept: [], failed: [], skipped: 'no-permission' };
  const target = { tabId: tab.id, pageUrl: tab.url, orderId: message.orderId, marketplace: message.marketplace };
  return captureOrderPage(
    db,
    target,
    browserCapturer(tab.id, tab.windowId, askTab),
    askTab,
    message.trigger === 'send' ? SEND_CAPTURE : SELLER_CAPTURE,
    now,
  );
}

/** Capture, from the popup: the order page in the seller's current tab. */
export async function onCaptureTab(db: SettleDb, askTab: AskTab, now: string): Promise<CaptureOutcome> {
  if (!(await hasCapturePermission())) throw refused(t('capturePermissionMissing'));
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) throw refused(t('captureNotOrderPage'));
  return captureOrderPage(
    db,
    { tabId: tab.id, pageUrl: tab.url },
    browserCapturer(tab.id, tab.windowId, askTab),
    askTab,
    SELLER_CAPTURE,
    now,
  );
}

/** Waits until the tab's content script reads the order's page (it loads, then the script starts). */
async function waitForOrderPage(tabId: number, orderId: string, askTab: AskTab): Promise<void> {
  const until = performance.now() + PAGE_LOAD_TIMEOUT_MS;
  while (performance.now() < until) {
    const reading = v.safeParse(PageReadingSchema, await askTab(tabId, { type: BgToCs.READ }).catch(() => undefined));
    if (
      reading.success &&
      reading.output.ok &&
      reading.output.orders.some((o) => (o as { orderId?: unknown }).orderId === orderId)
    )
      return;
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
  askTab: AskTab,
  now: string,
): Promise<CaptureOutcome> {
  if (!(await hasCapturePermission())) throw refused(t('capturePermissionMissing'));
  const order = await getOrder(db, [message.marketplace, message.shop, message.orderId]);
  const url = order && consoleUrlOf(order);
  if (!url) throw refused(t('captureNoConsolePage'));
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw refused(t('capturePageTimeout'));
  try {
    await waitForOrderPage(tab.id, message.orderId, askTab);
    // Where the tab really is now (a login page, a redirect): it must still be the order's own shop.
    const pageUrl = (await browser.tabs.get(tab.id)).url;
    if (!pageUrl || !isOnShop(pageUrl, message.shop)) throw refused(t('captureNotOrderPage'));
    const target = { tabId: tab.id, pageUrl, orderId: message.orderId, marketplace: message.marketplace };
    return await captureOrderPage(
      db,
      target,
      browserCapturer(tab.id, tab.windowId, askTab),
      askTab,
      SELLER_CAPTURE,
      now,
    );
  } finally {
    await browser.tabs.remove(tab.id).catch(() => undefined);
    if (sender.tab?.id !== undefined) await browser.tabs.update(sender.tab.id, { active: true }).catch(() => undefined);
  }
}
