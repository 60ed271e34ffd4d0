import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { panel, timeline, waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';

const LIST = 'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav';
const ORDER = 'https://www.etsy.com/your/orders/sold/new?order_id=3456789000';
/** The unpaid orders the saved list holds ("Unpaid" and "Payment processing"). */
const UNPAID = (
  JSON.parse(readFileSync('tests/fixtures/etsy/sold-list-en.expected.json', 'utf8')).orders as OrderRecord[]
)
  .filter((o) => o.status === 'unpaid')
  .map((o) => o.orderId)
  .sort();

const etsyOrders = async (popup: PopupPage) =>
  (await readStore<OrderRecord>(popup.page, 'shopOrders')).filter((o) => o.marketplace === 'etsy');

describe('Etsy on the demo console: list → order → Message buyer → paid → closed', () => {
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

  it('reads the orders list and finds exactly the unpaid orders it holds, under the Etsy shop', async () => {
    expect(UNPAID).toHaveLength(6);
    const page = await browser.context.newPage();
    await page.goto(LIST);
    const orders = await eventually(
      async () => ((await etsyOrders(popup)).length === 24 ? etsyOrders(popup) : undefined),
      {
        what: 'the 24 Etsy orders in IndexedDB',
      },
    );
    expect(
      orders
        .filter((o) => o.open === 1)
        .map((o) => o.orderId)
        .sort(),
    ).toEqual(UNPAID);
    expect(new Set(orders.map((o) => o.shop))).toEqual(new Set(['https://www.etsy.com']));
    await screenshot(page, 'etsy-list-en');
    await page.close();
  });

  it('opens the order over the list by route, without a page load', async () => {
    const page = await browser.context.newPage();
    await page.goto(LIST);
    await page.evaluate(() => ((window as unknown as { settleDemoMark: number }).settleDemoMark = 1));
    await page.locator('.panel-body-row a[href*="order_id=3456789000"]').click();
    await expect.poll(() => page.url()).toBe(ORDER);
    await expect.poll(() => page.locator('[role="dialog"] #order-details-order-info').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { settleDemoMark?: number }).settleDemoMark)).toBe(1);
    await screenshot(page, 'etsy-overlay-by-route');
    await page.close();
  });

  it("sends a reminder through the overlay's Message buyer box, which Etsy shows in the conversation", async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(3_000);
    await page.goto(ORDER);
    await waitForPanel(page);
    await panel(page).locator('select').nth(1).selectOption('console-form');
    await screenshot(page, 'etsy-order-panel-en');
    // The panel sits below the overlay's header and is taller than what is left above the demo bar:
    // scrolled up, as a seller would, so nothing covers it when Send is clicked.
    await page.evaluate(() => window.scrollTo(0, 200));
    await panel(page).locator('button.send').click();
    await expect
      .poll(() => panel(page).locator('[role=status]').first().textContent(), { timeout: 30_000 })
      .toContain('Reminder sent and logged.');
    expect(demo.outbox().filter((m) => m.orderId === '3456789000')).toEqual([
      expect.objectContaining({ kind: 'etsy-message', text: expect.stringContaining('Jane Doe') }),
    ]);
    expect(await page.locator('[role="dialog"] .msg-list-container').textContent()).toContain('Jane Doe');
    const sent = (await timeline(popup.page, '3456789000')).filter((e) => e.data.change?.type === 'reminder_sent');
    expect(sent.map((e) => e.data.message)).toEqual([expect.objectContaining({ channel: 'console-form' })]);
    await screenshot(page, 'etsy-order-sent-en');
    await page.close();
  });

  it('closes the order once Etsy shows it paid', async () => {
    const page = await browser.context.newPage();
    await page.goto(ORDER);
    await page.locator('[data-settle-demo="processing:3456789000"]').click();
    await page.waitForLoadState('load');
    await eventually(
      async () => (await etsyOrders(popup)).find((o) => o.orderId === '3456789000' && o.status === 'paid'),
      { what: 'order 3456789000 paid' },
    );
    const order = (await etsyOrders(popup)).find((o) => o.orderId === '3456789000');
    expect(order).toMatchObject({ status: 'paid', open: 0, statusText: 'Not shipped' });
    expect((await etsyOrders(popup)).filter((o) => o.open === 1)).toHaveLength(UNPAID.length - 1);
    await screenshot(page, 'etsy-order-paid-en');
    await page.close();
  });
});
