import { orderFrameOf, orderFramesOf } from '../browser/order-frames';
import { BgToCs, type BgToCsMessage } from '../messaging/types';
import type { MarketplaceId } from '../model/order';
import { orderKeyOfText, orderKeyText } from '../model/order-record';
import { shopOfPage } from '../model/shop';

/** Asks Settle's content script in one frame of a tab (0: the tab's top page). */
export type AskConsolePage = (tabId: number, message: BgToCsMessage, frameId?: number) => Promise<unknown>;

/** The frame of a console tab that shows an order, and that frame's address as its own script reports it. */
export interface OrderFrame {
  frameId: number;
  url: string;
}

/**
 * The frame the panel's questions about an order go to: the frame of this tab that read the order
 * (eBay shows details in a child frame), if it is still on the order's shop, else the tab's top
 * page as before. The shop is the tab's (the panel speaks for its tab), and a frame was remembered
 * only for the shop its own page spoke for (lib/background/page-read.ts): a frame on another host
 * that claims the same order number is remembered under its own shop, never this one.
 */
export async function orderFrame(
  tab: { id: number; url: string },
  order: { marketplace: MarketplaceId; orderId: string },
  askPage: AskConsolePage,
): Promise<OrderFrame> {
  const top = { frameId: 0, url: tab.url };
  const shop = shopOfPage(order.marketplace, tab.url);
  const frameId = await orderFrameOf(tab.id, orderKeyText({ ...order, shop }));
  if (!frameId) return top;
  // The frame may have navigated since it read the order: ask where it is now, and keep it only on the same shop.
  const url = await askPage(tab.id, { type: BgToCs.WHERE }, frameId).catch(() => undefined);
  return typeof url === 'string' && sameShop(order.marketplace, url, shop) ? { frameId, url } : top;
}

/**
 * The order a child frame of this tab shows, for a capture that names no order (the popup's): the
 * newest order a child frame read for the tab's own shop, if that frame still shows that shop.
 * Orders that frames of other shops read are passed over without asking those frames anything.
 */
export async function childFrameOrder(
  tab: { id: number; url: string },
  askPage: AskConsolePage,
): Promise<(OrderFrame & { marketplace: MarketplaceId; orderId: string }) | undefined> {
  for (const { orderKey, frameId } of await orderFramesOf(tab.id)) {
    const [marketplace, shop, orderId] = orderKeyOfText(orderKey);
    if (!frameId || !sameShop(marketplace, tab.url, shop)) continue;
    const frame = await orderFrame(tab, { marketplace, orderId }, askPage);
    if (frame.frameId === frameId) return { ...frame, marketplace, orderId };
  }
  return undefined;
}

/** Whether the page at `url` speaks for `shop` (a page that is no address speaks for none). */
export function sameShop(marketplace: MarketplaceId, url: string, shop: string): boolean {
  try {
    return shopOfPage(marketplace, url) === shop;
  } catch {
    return false;
  }
}
