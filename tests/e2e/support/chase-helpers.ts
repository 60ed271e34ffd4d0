import type { Locator, Page } from 'playwright';
import { readStore } from './extension-pages';
import { PANEL_MAX_HEIGHT } from '@/lib/content/panel-frame';

const DAY_MS = 86_400_000;

type Chrome = {
  storage: { local: { get(key: string): Promise<Record<string, number>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};

/**
 * Moves the extension's clock forward (test builds only: lib/browser/clock.ts) and has the
 * background bring reminders up to date, as its alarm would when the time comes.
 */
export async function advanceClock(extensionPage: Page, days: number): Promise<void> {
  await extensionPage.evaluate(async (ms) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const key = 'test-clock-offset-ms';
    const before = Number((await chrome.storage.local.get(key))[key] ?? 0);
    await chrome.storage.local.set({ [key]: before + ms });
    await chrome.runtime.sendMessage({ type: 'page-bg-changed' });
  }, days * DAY_MS);
}

export interface StoredEvent {
  orderId: string;
  data: {
    type: string;
    change?: { type: string; tone?: string; amount?: number };
    to?: string;
    message?: { channel: string; text: string; recipient?: string };
    channel?: string;
    error?: string;
  };
}

/** One order's timeline as stored, oldest first. */
export async function timeline(extensionPage: Page, orderId: string): Promise<StoredEvent[]> {
  return (await readStore<StoredEvent>(extensionPage, 'events')).filter((e) => e.orderId === orderId);
}

/** The timeline as short words: "detected", "chase:reminder_sent:friendly", "status_changed". */
export const steps = (events: StoredEvent[]) =>
  events.map((e) => [e.data.type, e.data.change?.type, e.data.change?.tone].filter(Boolean).join(':'));

/** Ids of the notifications showing (Chrome gives ids only; ours carry the page they open). */
export async function notificationIds(extensionPage: Page): Promise<string[]> {
  return Object.keys(
    await extensionPage.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
  );
}

/**
 * Settle's order panel: its own page (panel.html) framed in a closed shadow root on the console
 * page, so only the browser (not the page, not a CSS selector) reaches it: found among the page's frames.
 */
export function panel(page: Page): Locator {
  const frame = findPanelFrame(page);
  return frame ? frame.locator('section.panel') : page.locator('#settle-panel-frame-not-mounted-yet');
}

/** The frame of Settle's order panel (panel.html) on the page, once it is there. */
const findPanelFrame = (page: Page) => page.frames().find((f) => f.url().includes('/panel.html'));

/**
 * Waits until the order panel's frame is on the page, shows its Send button and has taken the
 * panel's height; returns the panel. The frame starts 140 px tall and takes the height the panel
 * reports through the background (lib/content/panel-frame.ts), which on a busy machine comes a
 * while after the panel has drawn: the page's own height is not final before.
 */
export async function waitForPanel(page: Page, timeout = 15_000): Promise<Locator> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const frame = findPanelFrame(page);
    const drawn = frame && (await frame.locator('section.panel button.send').count()) > 0;
    // Within the frame: its content no taller than the frame, but for content past the frame's cap.
    const sized =
      drawn &&
      (await frame
        .evaluate((max) => innerHeight >= Math.min(max, document.documentElement.scrollHeight), PANEL_MAX_HEIGHT)
        .catch(() => false));
    if (sized) return panel(page);
    await page.waitForTimeout(100);
  }
  throw new Error("Settle's order panel never showed a Send button at its height");
}
