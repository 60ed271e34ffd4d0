import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { readsPerSecond, watchSettleWork } from '../console/settle-work.mjs';
import { eventually } from './support/extension-pages';

// Issue 13 point 2 in Chromium with the built extension: Shopify, eBay and Etsy are single-page
// apps; Settle reads each route the console moves to without a page load, at most 4 times a second
// however fast the console redraws, never again because of its own panel, and sends a reading to
// the background only when it changed. What the content script does is counted in its own world.

type Work = Awaited<ReturnType<Awaited<ReturnType<typeof watchSettleWork>>['read']>>;

const SHOPIFY = 'https://admin.shopify.com/store/acme-goods';
const EBAY_LIST = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const ETSY_LIST = 'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav';

describe('single-page consoles: Settle reads each route and each redraw, within 4 reads a second', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  /** A new tab whose content script's work is counted; the page marks its first document to tell a reload. */
  async function open(url: string) {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(5_000);
    const work = await watchSettleWork(page);
    await page.goto(url);
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
    return { page, work };
  }

  /** Waits until a reading was sent after `before` (a new route's reading differs from the last), and the read is over. */
  async function nextReadingSent(work: Awaited<ReturnType<typeof watchSettleWork>>, before: Work, what: string) {
    return eventually(
      async () => {
        const now = await work.read();
        return now.pageReads > before.pageReads && now.passes > before.passes ? now : undefined;
      },
      { what },
    );
  }

  const sameDocument = (page: Page) =>
    page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce === true);

  async function walk(url: string, toOrder: (page: Page) => Promise<void>, toList: (page: Page) => Promise<void>) {
    const { page, work } = await open(url);
    // The first reading may be sent before the page's load is over: counted from none.
    const list = await nextReadingSent(work, { ...(await work.read()), pageReads: 0, passes: 0 }, 'the list read');
    const listUrl = page.url();
    await toOrder(page);
    await page.waitForURL((u) => u.href !== listUrl);
    const orderUrl = page.url();
    await nextReadingSent(work, list, 'the order read after the route change');
    await toList(page);
    await page.waitForURL((u) => u.href !== orderUrl);
    await nextReadingSent(work, await work.read(), 'the list read again after the route back');
    expect(await sameDocument(page)).toBe(true);
    await work.stop();
    await page.close();
  }

  it('Shopify: list → order → list through the admin router, read each time without a page load', async () => {
    await walk(
      `${SHOPIFY}/orders`,
      (page) => page.locator('a[data-primary-link]', { hasText: '#1024' }).click(),
      (page) => page.locator('#AppFrameNav a', { hasText: 'Orders' }).click(),
    );
  });

  it('Etsy: list → order overlay → list by route, read each time without a page load', async () => {
    await walk(
      ETSY_LIST,
      (page) => page.locator('.panel-body-row a[href*="order_id=3456789000"]').click(),
      (page) => page.locator('[role="dialog"] .wt-overlay__close').click(),
    );
  });

  it('eBay: list → order details → back to the list, drawn in the main column by the router as Seller Hub does', async () => {
    await walk(
      EBAY_LIST,
      (page) => page.locator('a[href*="orderid=12-34567-89012"]').first().click(),
      async (page) => {
        await page.goBack();
      },
    );
  });

  it('reads at most 4 times a second while the console redraws its orders 100 times a second, and sends none of those unchanged reads', async () => {
    for (const url of [
      `${SHOPIFY}/spa-stress?route=/store/acme-goods/orders`,
      'https://www.ebay.com/sh/ord/spa-stress?route=/sh/ord/',
      'https://www.etsy.com/your/orders/sold/spa-stress?route=/your/orders/sold',
    ]) {
      const { page, work } = await open(url);
      await page.waitForTimeout(1_000);
      const before = await work.read();
      await page.waitForTimeout(3_000);
      const after = await work.read();
      const changes = await page.evaluate(
        () => (window as unknown as { __spaStress: { mutations: number } }).__spaStress.mutations,
      );
      expect(changes, url).toBeGreaterThan(300);
      // Reads go on (the table keeps changing), a quarter of a second apart at least.
      expect(after.passes - before.passes, url).toBeGreaterThanOrEqual(6);
      expect(readsPerSecond(before, after), url).toBeLessThanOrEqual(4);
      expect(after.pageReads, url).toBe(before.pageReads);
      await work.stop();
      await page.close();
    }
  });

  it('never reads again because of its own panel', async () => {
    const { page, work } = await open(`${SHOPIFY}/orders/5612345601024`);
    await eventually(async () => (await page.locator('[data-settle="panel"]').count()) === 1, { what: 'the panel' });
    // The panel's frame loads and sizes itself in the next moments: none of it is the console's change.
    await page.waitForTimeout(1_500);
    const settled = await work.read();
    await page.waitForTimeout(3_000);
    expect((await work.read()).passes).toBe(settled.passes);
    // A change of the console's own is read again.
    await page.evaluate(() => document.querySelector('h1')!.append(' '));
    await eventually(async () => (await work.read()).passes > settled.passes, { what: 'a read after a change' });
    await work.stop();
    await page.close();
  });

  it('does nothing beyond the address check on a console route that is not an order page', async () => {
    for (const url of [
      `${SHOPIFY}/products`,
      `${SHOPIFY}/spa-stress/settings`,
      'https://www.ebay.com/sh/ord/spa-stress/settings',
      'https://www.etsy.com/your/orders/sold/spa-stress/settings',
    ]) {
      const { page, work } = await open(url);
      await page.waitForTimeout(2_000);
      // Settle's content script runs there (the console may move to its orders), and stops at the address.
      expect(await work.read(), url).toMatchObject({
        installed: true,
        queries: 0,
        observing: 0,
        timers: 0,
        pageReads: 0,
      });
      await work.stop();
      await page.close();
    }
  });
});
