import { browser } from 'wxt/browser';

/**
 * Which frame of a tab read which order: eBay may show an order's details in a child frame of
 * Seller Hub, and the order's panel sits in that frame, so the background asks that frame. Kept in
 * storage.session (it outlives the service worker, not the browser session); a tab keeps the
 * frames of its last few orders. Keys are order keys (lib/model/order-record.ts orderKeyText): the
 * shop is in them, so a frame is remembered only for the shop its page spoke for.
 */
const MAX_ORDERS_PER_TAB = 20;

type OrderFrames = Record<string, number>;

const keyFor = (tabId: number) => `order-frames:${tabId}`;

async function load(tabId: number): Promise<OrderFrames> {
  const key = keyFor(tabId);
  return ((await browser.storage.session.get(key))[key] as OrderFrames | undefined) ?? {};
}

/** The frame `frameId` of tab `tabId` read these orders (already admitted for that frame's own shop). */
export async function rememberOrderFrame(tabId: number, frameId: number, orderKeys: readonly string[]): Promise<void> {
  if (!orderKeys.length) return;
  const known = await load(tabId);
  for (const key of orderKeys) delete known[key];
  const room = Math.max(0, MAX_ORDERS_PER_TAB - orderKeys.length);
  const kept = room ? Object.entries(known).slice(-room) : [];
  const frames = Object.fromEntries([...kept, ...orderKeys.map((key) => [key, frameId] as const)]);
  await browser.storage.session.set({ [keyFor(tabId)]: frames });
}

/** The frame of tab `tabId` that last read the order keyed `orderKey`, if one did. */
export async function orderFrameOf(tabId: number, orderKey: string): Promise<number | undefined> {
  return (await load(tabId))[orderKey];
}

/** Every order a frame of tab `tabId` read, with that frame, the newest first. */
export async function orderFramesOf(tabId: number): Promise<{ orderKey: string; frameId: number }[]> {
  return Object.entries(await load(tabId))
    .reverse()
    .map(([orderKey, frameId]) => ({ orderKey, frameId }));
}
