import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import { STALLED_LOAD_MS } from '@/lib/content/after-load';

const PENDING_ORDER = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';

/** Keeps, as `panelAt` in the page, when Settle's panel entered it, by the page's own clock. */
function notePanelArrival(page: Page) {
  return page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('settle-chase-panel')) return;
      observer.disconnect();
      (globalThis as { panelAt?: number }).panelAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
}

describe('a pending WooCommerce order, from console page to popup and back out when paid', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('shows the empty state before any console page was opened', async () => {
    expect(await popup.page.locator('.empty h2').textContent()).toBe('No unpaid orders yet');
    expect(await popup.badgeText()).toBe('');
    await screenshot(popup.page, 'popup-empty-en');
  });

  it('stores the order read from its page with the right id, buyer and amount; its panel comes after the page loaded', async () => {
    const page = await browser.context.newPage();
    await notePanelArrival(page);
    await page.goto(PENDING_ORDER);
    const order = await eventually(
      async () => (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === '1042'),
      { what: 'order 1042 in IndexedDB' },
    );
    expect(order).toMatchObject({
      marketplace: 'woocommerce',
      orderId: '1042',
      status: 'unpaid',
      open: 1,
      buyer: { name: 'Jane Doe' },
      total: { amount: 123880, currency: 'USD' },
    });
    expect(order.payUrl).toMatch(/pay_for_order=true/);
    const [panelAt, loadedAt] = await eventually(
      () =>
        page.evaluate(() => {
          const at = (globalThis as { panelAt?: number }).panelAt;
          const { loadEventEnd } = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return at === undefined ? undefined : [at, loadEventEnd];
        }),
      { what: "Settle's panel on the order page" },
    );
    expect(panelAt).toBeGreaterThanOrEqual(loadedAt!);
    await screenshot(page, 'console-order-1042-pending');
    await page.close();
  });

  it('counts it on the badge and lists it in the popup', async () => {
    await eventually(async () => (await popup.badgeText()) === '1', { what: 'badge "1"' });
    await popup.reload();
    await expect.poll(() => popup.rows().count()).toBe(1);
    const row = popup.row('1042');
    expect(await row.locator('.order-buyer').textContent()).toBe('Jane Doe');
    expect(await row.locator('.order-amount').textContent()).toBe('$1,238.80');
    expect(await row.locator('.order-marketplace').textContent()).toBe('WooCommerce');
    await screenshot(popup.page, 'popup-one-order-en');
  });

  it('drops it from the popup and the badge once the console shows it paid', async () => {
    const page = await browser.context.newPage();
    await page.goto(PENDING_ORDER);
    await page.locator('[data-settle-demo="processing:1042"]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('select#order_status option[selected]').getAttribute('value')).toBe('wc-processing');
    await page.reload();
    await eventually(async () => (await popup.badgeText()) === '', { what: 'empty badge' });
    await popup.reload();
    expect(await popup.rows().count()).toBe(0);
    const order = (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === '1042');
    expect(order).toMatchObject({ status: 'paid', open: 0 });
    const events = await readStore<{ orderId: string; data: { type: string } }>(popup.page, 'events');
    expect(events.filter((e) => e.orderId === '1042').map((e) => e.data.type)).toEqual([
      'detected',
      'status_changed',
      'chase',
    ]);
    await screenshot(popup.page, 'popup-after-paid-en');
    await page.close();
  });

  it('reports an order page it cannot read, with the reason, and stores nothing from it', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=9999');
    type Stored = Record<string, { url: string; reading: { ok: boolean; error?: string } }>;
    type Chrome = { storage: { session: { get(): Promise<Stored> } } };
    const reading = await eventually(
      async () =>
        Object.entries(
          await popup.page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get()),
        )
          // The session also keeps which frame read an order (lib/browser/order-frames.ts): only the tab readings.
          .filter(([key]) => key.startsWith('tab-reading:'))
          .map(([, r]) => r)
          .find((r) => r.url.endsWith('id=9999')),
      { what: 'the unreadable page reported' },
    );
    expect(reading.reading).toMatchObject({ ok: false, error: expect.stringContaining('#order_data') });
    expect((await readStore<OrderRecord>(popup.page, 'shopOrders')).some((o) => o.orderId === '9999')).toBe(false);
    await page.close();
  });

  it('reads an order page whose load never ends (its item pictures never come), 3 s after it was parsed', async () => {
    const page = await browser.context.newPage();
    // The shop's media server does not answer: the page's load waits for the pictures for good.
    await page.route('**/wp-content/uploads/**', () => undefined);
    await notePanelArrival(page);
    await page.goto(PENDING_ORDER, { waitUntil: 'domcontentloaded' });
    const [panelAt, parsedAt, readyState] = await eventually(
      () =>
        page.evaluate(() => {
          const at = (globalThis as { panelAt?: number }).panelAt;
          const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return at === undefined ? undefined : ([at, timing.domContentLoadedEventStart, document.readyState] as const);
        }),
      { what: "Settle's panel on the page still loading" },
    );
    expect(readyState).toBe('interactive');
    expect(panelAt).toBeGreaterThanOrEqual(parsedAt + STALLED_LOAD_MS);
    await page.close();
  });
});
