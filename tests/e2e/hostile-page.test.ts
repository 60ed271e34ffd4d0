import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import hostileDetail from '../fixtures/woocommerce/hpos-edit-hostile.expected.json';
import hostileList from '../fixtures/woocommerce/hpos-list-hostile.expected.json';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

describe('hostile text in a buyer name and an item title', () => {
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

  it('is stored and shown as text, and no script runs', async () => {
    const page = await browser.context.newPage();
    await page.goto(hostileList.url);
    await page.goto(hostileDetail.url);
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const hostileId = hostileDetail.orders[0]!.orderId;
    const order = await eventually(
      async () => (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === hostileId && o.items.length > 0),
      { what: 'the hostile order with its items' },
    );
    expect(order.buyer.name).toContain(HOSTILE_NAME);
    expect(order.items.map((i) => i.title).join(' ')).toContain('<script>');
    await popup.reload();
    const row = popup.row(hostileId);
    expect(await row.locator('.order-buyer').textContent()).toContain(HOSTILE_NAME);
    // Rendered as text: no element was made from it, and nothing ran.
    expect(await popup.page.locator('main img, main script').count()).toBe(0);
    await screenshot(popup.page, 'popup-hostile-en');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __settleHostile?: number }).__settleHostile)).toBeUndefined();
  });
});
