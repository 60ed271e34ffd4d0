import { browser } from 'wxt/browser';
import { BgToCs, type BgToCsMessage } from '../messaging/types';
import type { MessageSender } from '../messaging/router';

/**
 * Asks the content script in one frame of a tab: the tab's top page unless a frame is named (the
 * frame that read an order: lib/background/order-frame.ts). Rejects when the tab is gone or the
 * page no longer answers.
 */
export function askConsolePage(tabId: number, message: BgToCsMessage, frameId = 0): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

/**
 * The sender with its tab's address. Chrome gives it; Firefox leaves `tab.url` out for a tab the
 * extension holds no host permission for, so there Settle's own content script in the tab's top
 * frame says where its page is (a page's scripts cannot answer in its place). Without an answer the
 * sender stays as it was, and a panel message from it is refused.
 */
export async function withTabUrl<S extends MessageSender>(sender: S): Promise<S> {
  const tab = sender.tab;
  if (!tab || tab.url || tab.id === undefined) return sender;
  const url = await askConsolePage(tab.id, { type: BgToCs.WHERE }).catch(() => undefined);
  return typeof url === 'string' ? { ...sender, tab: { ...tab, url } } : sender;
}
