import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { panel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';

const STORE = 'https://admin.shopify.com/store/acme-goods';
const LIST = `${STORE}/orders`;
const ORDER_1024 = `${STORE}/orders/5612345601024`;
const expectedList = JSON.parse(readFileSync('tests/fixtures/shopify/orders-list-en.expected.json', 'utf8')) as {
  orders: { orderId: string; status: string }[];
};
/** The orders the saved list holds that still owe money: exactly these must be tracked as open. */
const OPEN_IN_FIXTURE = expectedList.orders
  .filter((o) => o.status === 'unpaid' || o.status === 'partially_paid')
  .map((o) => o.orderId)
  .sort();

describe('Shopify: the orders list, an order, a reminder through Send invoice, and the order closing when paid', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;
  let page: Page;
  const shopOrders = () => readStore<OrderRecord>(popup.page, 'shopOrders');

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
    page = await browser.context.newPage();
    page.setDefaultTimeout(3_000);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('finds exactly the unpaid orders the saved list holds, filed under the store', async () => {
    await page.goto(LIST);
    const open = await eventually(
      async () => {
        const orders = (await shopOrders()).filter((o) => o.marketplace === 'shopify' && o.open === 1);
        return orders.length === OPEN_IN_FIXTURE.length ? orders : undefined;
      },
      { what: `${OPEN_IN_FIXTURE.length} open Shopify orders` },
    );
    expect(open.map((o) => o.orderId).sort()).toEqual(OPEN_IN_FIXTURE);
    expect(new Set(open.map((o) => o.shop))).toEqual(new Set([STORE]));
    expect(open.find((o) => o.orderId === '1024')).toMatchObject({
      status: 'unpaid',
      total: { amount: 96944, currency: 'USD' },
      buyer: { name: 'Jane Doe' },
    });
    // The list's Date column, read by the background's date parser (the content script reports the words):
    // "Dec 2, 2025 at 9:05 am" as it stands, "Today at 9:12 am" on the day the background got the page.
    const all = await shopOrders();
    expect(all.find((o) => o.orderId === '1001')?.placedAt).toBe('2025-12-02T09:05:00');
    expect(open.find((o) => o.orderId === '1024')?.placedAt).toMatch(/^\d{4}-\d{2}-\d{2}T09:12:00$/);
    await screenshot(page, 'shopify-orders-list');
  });

  it('files another store’s orders, on the same admin host, under that store', async () => {
    await page.goto('https://admin.shopify.com/store/zhang-shop/orders');
    const other = await eventually(
      async () => {
        const orders = (await shopOrders()).filter((o) => o.shop === 'https://admin.shopify.com/store/zhang-shop');
        return orders.length === 8 ? orders : undefined;
      },
      { what: "zhang-shop's 8 orders" },
    );
    expect(
      other
        .filter((o) => o.open === 1)
        .map((o) => o.orderId)
        .sort(),
    ).toEqual(['1104', '1105', '1106', '1108']);
    // The first store's open orders are as they were.
    expect((await shopOrders()).filter((o) => o.shop === STORE && o.open === 1)).toHaveLength(OPEN_IN_FIXTURE.length);
  });

  it('shows Settle’s panel on the order’s page', async () => {
    await page.goto(ORDER_1024);
    await expect.poll(() => panel(page).locator('button.send').count(), { timeout: 15_000 }).toBe(1);
    const text = await panel(page).textContent();
    expect(text).toContain('Order #1024');
    expect(text).toContain('$44.60');
    const stored = (await shopOrders()).find((o) => o.orderId === '1024');
    expect(stored).toMatchObject({
      shop: STORE,
      total: { amount: 4460, currency: 'USD' },
      buyer: { email: 'jane.doe@example.com' },
    });
    await screenshot(page, 'shopify-order-1024-panel');
  });

  it('sends the reminder through the order’s own Send invoice dialog, once', async () => {
    const draft = (await panel(page).locator('.draft').textContent())!;
    await panel(page).locator('button.send').click();
    await expect
      .poll(() => panel(page).locator('[role=status]').first().textContent(), { timeout: 30_000 })
      .toContain('Reminder sent and logged.');
    const sent = demo.outbox().filter((m) => m.kind === 'invoice' && m.orderId === '1024');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text.replace(/\s+/g, ' ').trim()).toBe(draft.replace(/\s+/g, ' ').trim());
    expect(await page.locator('.Polaris-Frame-Toast').textContent()).toBe('Invoice sent');
    await screenshot(page, 'shopify-order-1024-invoice-sent');
  });

  it('closes the order once the console shows it paid', async () => {
    await page.locator('[data-settle-demo="processing:1024"]').click();
    await page.waitForLoadState('load');
    await eventually(
      async () => (await shopOrders()).find((o) => o.orderId === '1024' && o.status === 'paid' && o.open === 0),
      { what: 'order 1024 paid and closed' },
    );
    await screenshot(page, 'shopify-order-1024-paid');
  });
});
