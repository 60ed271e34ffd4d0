import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { wooListPage } from '../console/generate-woo-list.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, readStore } from './support/extension-pages';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import type { OrderSnapshot } from '@/lib/model/order';

// Issues 12 and 13: a few hundred orders of two shops in one list, read page by page, only the rows in view in the DOM.
const SHOPS = [
  { host: 'north.test', count: 200, firstId: 50_000 },
  { host: 'south.test', count: 150, firstId: 70_000 },
];
const listPages = SHOPS.map(({ host, count, firstId }) => {
  const { html, expected } = wooListPage({ host, count, firstId });
  const url = `http://${host}/wp-admin/admin.php?page=wc-orders`;
  return {
    marketplace: 'woocommerce',
    name: `list-${host}`,
    url,
    html,
    expected: { url, orders: expected as OrderSnapshot[] },
  };
});
const TOTAL = SHOPS.reduce((n, s) => n + s.count, 0);

for (const { locale, tag, shopWord } of [
  { locale: 'en-US', tag: 'en', shopWord: 'Shop' },
  { locale: 'zh-CN', tag: 'zh_CN', shopWord: '店铺' },
]) {
  describe(`the dashboard's long list (${locale})`, () => {
    let demo: Awaited<ReturnType<typeof startConsole>>;
    let browser: Awaited<ReturnType<typeof launchWithExtension>>;

    beforeAll(async () => {
      demo = await startConsole({ extraPages: listPages });
      browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale });
    });
    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    it('filters by shop and console, scrolls through every order, and keeps only the rows in view', async () => {
      for (const page of listPages) await (await browser.context.newPage()).goto(page.url);
      const dashboard = await browser.context.newPage();
      await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/`);
      await eventually(async () => (await readStore<OrderRecord>(dashboard, 'shopOrders')).length === TOTAL, {
        timeout: 120_000,
        what: `${TOTAL} orders`,
      });
      const rows = dashboard.locator('table.orders tbody tr');
      await rows.first().waitFor();
      expect(await dashboard.locator('.filter-bar').textContent()).toContain(shopWord);
      await screenshot(dashboard, `dashboard-long-list-${tag}`);

      // Every status, both shops: a few hundred orders, a screenful of rows in the DOM.
      await dashboard.selectOption('select[name="status"]', 'all');
      await expect.poll(() => dashboard.locator('table.orders').getAttribute('aria-rowcount')).toBe('-1');
      expect(await rows.count()).toBeLessThan(40);

      // One shop, one console: only its orders, each row naming its console and shop.
      expect(await dashboard.locator('select[name="shop"] option').allTextContents()).toEqual(
        expect.arrayContaining(['north.test', 'south.test']),
      );
      await dashboard.selectOption('select[name="shop"]', 'http://south.test');
      await dashboard.selectOption('select[name="marketplace"]', 'woocommerce');
      await expect.poll(async () => (await rows.allTextContents()).every((t) => t.includes('south.test'))).toBe(true);
      const scroller = dashboard.locator('.orders-scroll');
      // Scroll down a screen at a time to the end: every order of the shop shows once on the way.
      const seen = new Set<string>();
      const collect = async () => {
        for (const id of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-order-id')!)))
          seen.add(id);
      };
      await eventually(
        async () => {
          await collect();
          const atEnd =
            (await dashboard.locator('table.orders').getAttribute('aria-rowcount')) === '151' &&
            (await rows.last().getAttribute('aria-rowindex')) === '151';
          // Half a screen, then two frames: the rows for the new place are drawn before they are read.
          if (!atEnd)
            await scroller.evaluate((el) => {
              el.scrollBy(0, el.clientHeight * 0.5);
              return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            });
          return atEnd;
        },
        { timeout: 60_000, interval: 150, what: 'the end of south.test’s orders' },
      );
      expect(seen.size).toBe(150);
      expect([...seen].every((id) => Number(id) > 70_000 - 150 && Number(id) <= 70_000)).toBe(true);
      expect(await rows.count()).toBeLessThan(40);
      await screenshot(dashboard, `dashboard-long-list-south-scrolled-${tag}`);

      // A filter nothing passes: the no-match state, and its way back.
      await dashboard.selectOption('select[name="marketplace"]', 'ebay');
      await dashboard.locator('.no-match').waitFor();
      await screenshot(dashboard, `dashboard-long-list-no-match-${tag}`);
      await dashboard.locator('.no-match button').click();
      await rows.first().waitFor();
    });
  });
}
