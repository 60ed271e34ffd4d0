import { browser } from 'wxt/browser';
import type { SettleDb } from '../db/schema';
import { getOrder } from '../db/queries';
import { getChaseSettings } from '../db/settings';
import { HandledError, type MessageSender } from '../messaging/router';
import type { CaptureOrderMessage, CaptureOutcome, PanelCaptureMessage } from '../messaging/types';
import type { MarketplaceId } from '../model/order';
import { consoleUrlOf, isOnShop } from '../model/shop';
import { browserCapturer } from '../evidence/capture/browser-capturer';
import { hasCapturePermission } from '../browser/capture-permission';
import { t } from '../i18n/t';
import { captureOrderPage, readingOf, refused, SELLER_CAPTURE, SEND_CAPTURE, type CaptureTarget } from './capture';
import { childFrameOrder, orderFrame, type AskConsolePage, type OrderFrame } from './order-frame';

// Where a capture is asked for: Settle's panel on the order's page, the popup for the current tab,
// the dashboard for an order's console page. Each finds the tab and the frame that shows the order,
// then lib/background/capture.ts takes it.

/** How long the dashboard's capture waits for the order's page to load and be read. */
const PAGE_LOAD_TIMEOUT_MS = 30_000;

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
