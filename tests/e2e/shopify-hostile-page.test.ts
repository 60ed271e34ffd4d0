import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { panel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import hostile from '../fixtures/shopify/order-hostile.expected.json';

// Each of these calls alert() if made into HTML: a dialog would show it (none may).
const NAME = '<img src=x onerror=alert(1)> Eve';
const TITLE = '<script>alert(2)</script> Mug';

describe('a Shopify order page with markup in every field', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    browser.context.on('page', (page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('is stored and shown as text in the panel and the popup, and none of it runs', async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(3_000);
    await page.goto(hostile.url);
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const order = await eventually(
      async () => (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === '1066'),
      { what: 'order 1066' },
    );
    expect(order.buyer.name).toBe(NAME);
    expect(order.items.map((i) => i.title)).toEqual([TITLE]);
    await expect.poll(() => panel(page).textContent(), { timeout: 15_000 }).toContain(NAME);
    expect(await panel(page).locator('img, script').count()).toBe(0);
    await popup.reload();
    expect(await popup.row('1066').locator('.order-buyer').textContent()).toContain(NAME);
    expect(await popup.page.locator('main img, main script').count()).toBe(0);
    await screenshot(page, 'shopify-order-hostile');
    expect(dialogs).toEqual([]);
  });
});
