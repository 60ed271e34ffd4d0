import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import listEn from '../fixtures/ebay/sh-ord-list-en.expected.json';

const EBAY_SHOP = 'ebay:seller-hub';
const LIST = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';

// eBay Seller Hub in a real Chromium with the built extension: the demo console serves the saved
// pages under www.ebay.com and www.ebay.de (its certificate covers them), so the shipped match
// patterns, all_frames and the shop key are what a seller's browser sees.
describe('eBay Seller Hub: the orders list, an order in a child frame, and an order renumbered at payment', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;
  const orders = () => readStore<OrderRecord>(popup.page, 'shopOrders');

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('finds exactly the unpaid orders the saved list holds, all under the one eBay shop', async () => {
    const page = await browser.context.newPage();
    await page.goto(LIST);
    const unpaid = listEn.orders.filter((o) => o.status === 'unpaid').map((o) => o.orderId);
    const stored = await eventually(async () => ((await orders()).length === 22 ? await orders() : undefined), {
      what: '22 eBay orders in IndexedDB',
    });
    expect(
      stored
        .filter((o) => o.open === 1)
        .map((o) => o.orderId)
        .sort(),
    ).toEqual([...unpaid].sort());
    expect(new Set(stored.map((o) => o.shop))).toEqual(new Set([EBAY_SHOP]));
    await screenshot(page, 'ebay-list-en');
    await page.close();
    await eventually(async () => (await popup.badgeText()) === String(unpaid.length), { what: 'badge' });
    await popup.reload();
    await screenshot(popup.page, 'ebay-popup-list');
  });

  it('reads an order shown in a child frame from the frame, as the same order', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.ebay.com/sh/ord/details?orderid=12-34567-89022');
    await eventually(
      async () => {
        const order = (await orders()).find((o) => o.orderId === '12-34567-89022');
        return order && order.url.includes('/mesh/ord/details') ? order : undefined;
      },
      { what: 'order 12-34567-89022 read from its frame' },
    );
    expect((await orders()).filter((o) => o.orderId === '12-34567-89022')).toHaveLength(1);
    await screenshot(page, 'ebay-details-in-frame');
    await page.close();
  });

  it('sends a reminder from the panel of an order shown in a child frame, through the frame’s Message buyer box; marked paid there, the order closes', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.ebay.com/sh/ord/details?orderid=12-34567-89022');
    const panel = await waitForPanel(page);
    const details = page.frames().find((f) => f.url().includes('/mesh/ord/details'))!;
    // The panel is in the frame that shows the order, not on the outer Seller Hub page.
    expect(
      page
        .frames()
        .find((f) => f.url().includes('/panel.html'))!
        .parentFrame(),
    ).toBe(details);
    await screenshot(page, 'ebay-frame-order-panel');
    await panel.locator('button.send').click();
    const sent = await eventually(
      async () => demo.outbox().find((m) => m.kind === 'ebay-message' && m.orderId === '12-34567-89022'),
      { what: 'the reminder sent from the frame, in the demo console’s outbox' },
    );
    expect(sent.text).toContain('12-34567-89022');
    await expect.poll(() => details.locator('.inline-notice--confirmation').count()).toBe(1);
    const sends = async () =>
      (await readStore<{ orderId: string; status: string; url: string }>(popup.page, 'sends')).filter(
        (s) => s.orderId === '12-34567-89022',
      );
    const [recorded] = await eventually(
      async () => ((await sends())[0]?.status === 'sent' ? await sends() : undefined),
      {
        what: 'the send recorded as sent',
      },
    );
    expect(recorded!.url).toContain('/mesh/ord/details');
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain('Reminder sent and logged.');
    await screenshot(page, 'ebay-frame-message-sent');

    // The frame's demo bar sits at the frame's bottom, below the window: pressed as a person scrolled to it would.
    await details
      .locator('[data-settle-demo="processing:12-34567-89022"]')
      .evaluate((b: HTMLButtonElement) => b.click());
    await eventually(async () => (await orders()).find((o) => o.orderId === '12-34567-89022' && o.open === 0), {
      what: 'the order read paid in its frame, closed',
    });
    await screenshot(page, 'ebay-frame-marked-paid');
    await page.close();
  });

  it('keeps one order when eBay renumbers it at payment, read on two eBay sites', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.ebay.com/sh/ord/details?orderid=05-11111-22222');
    await eventually(async () => (await orders()).find((o) => o.orderId === '05-11111-22222' && o.open === 1), {
      what: 'the unpaid order 05-11111-22222',
    });
    await screenshot(page, 'ebay-renumber-unpaid');
    await page.goto('https://www.ebay.com/sh/ord/details?orderid=05-33333-44444');
    const joined = await eventually(
      async () => (await orders()).find((o) => o.orderId === '05-11111-22222' && o.open === 0),
      { what: 'the order closed as paid under its first id' },
    );
    expect(joined).toMatchObject({ status: 'paid', consoleOrderId: '05-33333-44444', shop: EBAY_SHOP });
    expect((await orders()).find((o) => o.orderId === '05-33333-44444')).toBeUndefined();
    const events = await readStore<{ orderId: string; data: { type: string } }>(popup.page, 'events');
    expect(events.filter((e) => e.orderId === '05-11111-22222').map((e) => e.data.type)).toContain('renumbered');
    await screenshot(page, 'ebay-renumber-paid');
    await page.close();
  });

  it('walks list → order → a reminder through eBay’s Message buyer box → marked paid on the console → the order closes, still one order', async () => {
    const page = await browser.context.newPage();
    await page.goto(LIST);
    await page.locator('tr.orderid_12-34567-89012 a.order-details-link').click();
    await page.waitForURL(/details\?orderid=12-34567-89012/);
    const panel = await waitForPanel(page);
    await screenshot(page, 'ebay-order-panel');
    await panel.locator('button.send').click();
    const sent = await eventually(
      async () => demo.outbox().find((m) => m.kind === 'ebay-message' && m.orderId === '12-34567-89012'),
      { what: 'the reminder in the demo console’s outbox' },
    );
    expect(sent.text).toContain('12-34567-89012');
    await expect.poll(() => page.locator('.inline-notice--confirmation').count()).toBe(1);
    const events = async () =>
      (await readStore<{ orderId: string; data: { type: string; change?: { type: string } } }>(popup.page, 'events'))
        .filter((e) => e.orderId === '12-34567-89012')
        .map((e) => (e.data.change ? `${e.data.type}:${e.data.change.type}` : e.data.type));
    await eventually(async () => (await events()).includes('chase:reminder_sent'), {
      what: 'the reminder on the timeline',
    });
    await screenshot(page, 'ebay-message-sent');

    await page.locator('[data-settle-demo="processing:12-34567-89012"]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('dt + dd').first().textContent()).toBe('62-34567-89012');
    const closed = await eventually(
      async () => (await orders()).find((o) => o.orderId === '12-34567-89012' && o.open === 0),
      { what: 'the order closed as paid under its first id' },
    );
    expect(closed).toMatchObject({ status: 'paid', consoleOrderId: '62-34567-89012', shop: EBAY_SHOP });
    expect((await orders()).find((o) => o.orderId === '62-34567-89012')).toBeUndefined();
    expect(await events()).toEqual(
      expect.arrayContaining(['detected', 'chase:reminder_sent', 'status_changed', 'renumbered']),
    );
    await screenshot(page, 'ebay-marked-paid-renumbered');
    await popup.reload();
    await screenshot(popup.page, 'ebay-popup-after-paid');
    await page.close();
  });
});
