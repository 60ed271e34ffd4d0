import type { BrowserContext, Page } from 'playwright';

/** Runs in one of Settle's pages: every record of one IndexedDB store, exactly as Settle stored it. */
export function readAllInPage<T>(name: string): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('settle');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) return resolve([]);
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => {
        resolve(req.result as T[]);
        db.close();
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** Raw IndexedDB reads from an extension page: the test sees exactly what Settle stored. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(readAllInPage<T>, store) as Promise<T[]>;
}

/** The toolbar popup, opened as a tab (a real popup cannot be driven headless). */
export class PopupPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const popup = new PopupPage(await context.newPage(), extensionId);
    await popup.reload();
    return popup;
  }

  async reload() {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    await this.page.locator('main.popup:not([aria-busy])').waitFor();
  }

  rows() {
    return this.page.locator('li.order-row');
  }

  row(orderId: string) {
    return this.page.locator(`li.order-row[data-order-id="${orderId}"]`);
  }

  async badgeText(): Promise<string> {
    type Chrome = { action: { getBadgeText(details: object): Promise<string> } };
    return this.page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
  }
}

/** Polls until `check` returns a truthy value (the content script and worker work asynchronously). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false | ''>,
  { timeout = 15_000, interval = 100, what = 'condition' } = {},
): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Stops every service worker now, as the browser does to an idle extension. The ServiceWorker
 * domain answers on a page's CDP session; a browser-level session does not have it.
 */
export async function workerStopper(
  context: BrowserContext,
): Promise<{ stop: () => Promise<void>; detach: () => Promise<void> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return {
    stop: async () => void (await cdp.send('ServiceWorker.stopAllWorkers')),
    detach: async () => {
      await cdp.detach();
      await page.close();
    },
  };
}
