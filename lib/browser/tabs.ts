import { browser } from 'wxt/browser';
import type { BgToCsMessage } from '../messaging/types';

/**
 * Asks the content script in a tab's top frame (the console page, never a frame inside it).
 * Rejects when the tab is gone or its page no longer answers.
 */
export function askConsolePage(tabId: number, message: BgToCsMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}
