import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import hostileDetail from '../fixtures/woocommerce/hpos-edit-hostile.expected.json';
import hostileList from '../fixtures/woocommerce/hpos-list-hostile.expected.json';

// If any of this were parsed as HTML, its handler would set the page's __settleHostile (checked below).
const HOSTILE_NAME = '<img src=x onerror=__settleHostile=1>';
const hostileRan = (page: Page) =>
  page.evaluate(() => (window as unknown as { __settleHostile?: number }).__settleHostile);

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
    const list = await browser.context.newPage();
    await list.goto(hostileList.url);
    const page = await browser.context.newPage();
    await page.goto(hostileDetail.url);
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const hostileId = hostileDetail.orders[0]!.orderId;
    const order = await eventually(
      async () =>
        (await readStore<OrderRecord>(popup.page, 'shopOrders')).find(
          (o) => o.orderId === hostileId && o.items.length > 0,
        ),
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
    // The console's list (where repeat non-payers are flagged), its order page (with Settle's panel) and the popup.
    for (const shown of [list, page, popup.page]) expect(await hostileRan(shown)).toBeUndefined();
  });

  it('would have been caught: the same text parsed as HTML runs and sets the global', async () => {
    const control = await browser.context.newPage();
    await control.goto(hostileList.url);
    await control.evaluate((name) => {
      const box = document.createElement('div');
      box.innerHTML = name;
      document.body.append(box);
    }, HOSTILE_NAME);
    await eventually(async () => (await hostileRan(control)) === 1 || undefined, {
      what: 'the payload to run when parsed as HTML',
    });
  });
});
