import { browser } from 'wxt/browser';
import type { PageReading } from '../marketplaces/types';

/** What Settle last read in a tab, so the popup can say "3 orders read here" or why it could not read. */
export interface TabReading {
  url: string;
  at: string;
  reading: Pick<PageReading, 'ok' | 'marketplace' | 'kind'> & { count: number; error?: string; warnings: string[] };
}

const keyFor = (tabId: number) => `tab-reading:${tabId}`;

/** Kept in storage.session: it lives as long as the browser session, not the service worker. */
export async function saveTabReading(tabId: number, value: TabReading): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: value });
}

export async function loadTabReading(tabId: number): Promise<TabReading | undefined> {
  const key = keyFor(tabId);
  return (await browser.storage.session.get(key))[key] as TabReading | undefined;
}
