import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startConsole } from '../../console/server.mjs';
import { launchFirefoxWithExtension } from '../../console/launch-firefox.mjs';
import { eventually } from '../support/extension-pages';
import { badgeText, clickInFrame, panelFrame, readStore, screenshot, textOf } from './support';
import type { OrderRecord } from '@/lib/model/order-record';
import type { StoredEvent } from '../support/chase-helpers';

const ORDER_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const ZH_ORDER_PAGE = 'http://shop.example.cn/wp-admin/post.php?post=2088&action=edit';

/** The popup's page, opened again so it reads the database afresh. */
async function openPopup(firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>, page: Page) {
  await firefox.openExtensionPage(page, 'popup.html');
  await page.waitForSelector('main.popup:not([aria-busy])');
}

/**
 * The main path in a real Firefox (Debian's ESR) with the built add-on: what the Chromium tests
 * check, on the browser that differs most — an MV2 background page, browserAction, no
 * IntersectionObserver v2 (so Send asks to confirm in Settle's own frame), and tab addresses hidden
 * from the background.
 */
describe('Firefox: a pending WooCommerce order read, reminded through its order note, and closed when paid', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
  let consolePage: Page;
  let popup: Page;

  beforeAll(async () => {
    demo = await startConsole();
    firefox = await launchFirefoxWithExtension({ demo });
    consolePage = (await firefox.browser.pages())[0]!;
    popup = await firefox.newPage();
    await openPopup(firefox, popup);
  });
  afterAll(async () => {
    await firefox?.close();
    await demo?.stop();
  });

  it('reads the demo order page and stores the order with its id, buyer and amount', async () => {
    await consolePage.goto(ORDER_PAGE);
    const order = await eventually(
      async () => (await readStore<OrderRecord>(popup, 'shopOrders')).find((o) => o.orderId === '1042'),
      {
        what: 'order 1042 in IndexedDB',
      },
    );
    expect(order).toMatchObject({
      marketplace: 'woocommerce',
      shop: 'http://shop.test',
      status: 'unpaid',
      open: 1,
      buyer: { name: 'Jane Doe' },
      total: { amount: 123880, currency: 'USD' },
    });
  });

  it('counts it on the badge and lists it in the popup', async () => {
    await eventually(async () => (await badgeText(popup)) === '1', { what: 'badge "1"' });
    await openPopup(firefox, popup);
    await popup.waitForSelector('li.order-row[data-order-id="1042"]');
    expect(await textOf(popup, 'li.order-row[data-order-id="1042"] .order-buyer')).toBe('Jane Doe');
    expect(await textOf(popup, 'li.order-row[data-order-id="1042"] .order-amount')).toBe('$1,238.80');
    await screenshot(popup, 'popup-one-order-en');
  });

  it('drafts the reminder in the panel and, once confirmed in its own frame, sends it through the order note', async () => {
    const panel = await eventually(
      async () => {
        const frame = await panelFrame(consolePage);
        return frame && (await frame.$('button.send')) ? frame : undefined;
      },
      { what: 'the order panel with its Send button' },
    );
    expect(await textOf(panel, 'section.panel')).toContain('Order #1042 · Jane Doe owes $1,238.80');
    const draft = (await textOf(panel, '.draft'))!;
    expect(draft).toContain('$1,238.80');
    await screenshot(consolePage, 'panel-draft-en');

    await clickInFrame(panel, 'button.send');
    // No IntersectionObserver v2 in Firefox: nothing is sent before a second, deliberate click.
    await panel.waitForSelector('button.confirm-yes');
    expect(demo.outbox()).toHaveLength(0);
    await screenshot(consolePage, 'panel-confirm-en');
    await new Promise((r) => setTimeout(r, 800)); // the confirmation takes clicks after 0.6 s
    await clickInFrame(panel, 'button.confirm-yes');

    await eventually(async () => (await textOf(panel, '[role=status]'))?.includes('Reminder sent and logged.'), {
      timeout: 20_000,
      what: '"Reminder sent and logged."',
    });
    expect(demo.outbox().filter((m) => m.kind === 'customer-note' && m.orderId === '1042')).toHaveLength(1);
    expect(await textOf(consolePage, 'ul.order_notes li.customer-note')).toContain('$1,238.80');
    const events = (await readStore<StoredEvent>(popup, 'events')).filter((e) => e.orderId === '1042');
    expect(events.map((e) => [e.data.type, e.data.change?.type].filter(Boolean).join(':'))).toEqual([
      'detected',
      'chase:reminder_sent',
    ]);
    expect(events[1]!.data.message).toMatchObject({ channel: 'console-form', text: draft });
    await eventually(async () => (await badgeText(popup)) === '', { what: 'empty badge after sending' });
    await screenshot(consolePage, 'panel-sent-en');
  });

  it('renders the dashboard and the options in English', async () => {
    const page = await firefox.newPage();
    await firefox.openExtensionPage(page, 'dashboard.html');
    await page.waitForSelector('table.orders tr[data-order-id="1042"]');
    expect(await textOf(page, 'h1')).toBe('Settle');
    expect(await textOf(page, 'tr[data-order-id="1042"]')).toContain('Jane Doe');
    await screenshot(page, 'dashboard-en');
    await firefox.openExtensionPage(page, 'options.html');
    await page.waitForSelector('#seller-zone');
    expect(await textOf(page, 'h1')).toBe('Settle options');
    await screenshot(page, 'options-en');
    await page.close();
  });

  it('closes the order once the console shows it paid: off the popup and the badge', async () => {
    demo.setStatus('shop.test', '1042', 'processing');
    await consolePage.reload();
    await eventually(
      async () =>
        (await readStore<OrderRecord>(popup, 'shopOrders')).find(
          (o) => o.orderId === '1042' && o.status === 'paid' && o.open === 0,
        ),
      {
        what: 'order 1042 paid and closed',
      },
    );
    await openPopup(firefox, popup);
    expect(await popup.$$('li.order-row')).toHaveLength(0);
    expect(await badgeText(popup)).toBe('');
    await screenshot(popup, 'popup-after-paid-en');
  });

  it('lacks what the README says Firefox lacks: pageCapture, offscreen and IntersectionObserver v2', async () => {
    const apis = await popup.evaluate(() => {
      const b = (globalThis as unknown as { browser: Record<string, unknown> }).browser;
      return {
        pageCapture: typeof b.pageCapture,
        offscreen: typeof b.offscreen,
        browserAction: typeof b.browserAction,
        visibilityCheck: 'isVisible' in IntersectionObserverEntry.prototype,
      };
    });
    expect(apis).toEqual({
      pageCapture: 'undefined',
      offscreen: 'undefined',
      browserAction: 'object',
      visibilityCheck: false,
    });
  });

  it('logged no error from the add-on along the way', () => {
    expect(firefox.errors()).toEqual([]);
  });
});

describe('Firefox in Chinese: the order panel, popup, dashboard and options', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    firefox = await launchFirefoxWithExtension({ demo, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await firefox?.close();
    await demo?.stop();
  });

  it('shows a Chinese console order in Chinese everywhere, and logs no error', async () => {
    const consolePage = (await firefox.browser.pages())[0]!;
    await consolePage.goto(ZH_ORDER_PAGE);
    const panel = await eventually(
      async () => {
        const frame = await panelFrame(consolePage);
        return frame && (await frame.$('button.send')) ? frame : undefined;
      },
      { what: 'the order panel' },
    );
    expect(await textOf(panel, 'button.send')).toBe('发送提醒');
    expect(await textOf(panel, '.draft')).toMatch(/您好/);
    await screenshot(consolePage, 'panel-zh-CN');

    const page = await firefox.newPage();
    await openPopup(firefox, page);
    await page.waitForSelector('li.order-row[data-order-id="2088"]');
    expect(await textOf(page, 'h1')).toBe('未付款订单');
    await screenshot(page, 'popup-zh-CN');
    await firefox.openExtensionPage(page, 'dashboard.html');
    await page.waitForSelector('table.orders tr[data-order-id="2088"]');
    expect(await textOf(page, 'h1')).toBe('Settle 催款助手');
    await screenshot(page, 'dashboard-zh-CN');
    await firefox.openExtensionPage(page, 'options.html');
    await page.waitForSelector('#seller-zone');
    expect(await textOf(page, 'h1')).toBe('Settle 设置');
    await screenshot(page, 'options-zh-CN');
    expect(firefox.errors()).toEqual([]);
  });
});
