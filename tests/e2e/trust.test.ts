import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { attackPages, EVIL } from '../console/attack-pages.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { panel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';
import type { SendRecord } from '@/lib/db/sends';

const REAL_1042 = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const evilPage = (name: string) => attackPages().find((p) => p.name === name)!.url;
const DRAFT_WORDS = 'it may simply have slipped your mind';

/** The panel's frame once it shows a draft. */
async function panelFrame(page: Page): Promise<Frame> {
  await expect.poll(() => panel(page).locator('button.send').count(), { timeout: 15_000 }).toBe(1);
  return page.frames().find((f) => f.url().includes('/panel.html'))!;
}

/**
 * Every page may be an attacker's: a site serving pages that look like a WooCommerce console
 * (evil.test, served by the demo console) tries what was seen working against Settle before.
 */
describe("trust: a hostile site cannot touch another shop's orders, nor use Settle's panel", () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;
  let page: Page;
  const orders = async () => readStore<OrderRecord>(popup.page, 'shopOrders');
  const sends = async () => readStore<SendRecord>(popup.page, 'sends');

  beforeAll(async () => {
    demo = await startConsole({ extraPages: attackPages() });
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('keeps the real shop\'s order as the real shop showed it, whatever evil.test says about "#1042"', async () => {
    await page.goto(REAL_1042);
    await eventually(async () => (await orders()).some((o) => o.shop === 'http://shop.test' && o.orderId === '1042'), {
      what: 'the real #1042 stored',
    });
    await page.goto(evilPage('attack-claims-1042'));
    await page.goto(evilPage('attack-list-1000'));
    await eventually(async () => (await orders()).filter((o) => o.shop === `http://${EVIL}`).length === 1000, {
      what: "1,000 orders of evil.test, as evil.test's own",
      timeout: 30_000,
    });
    const real = (await orders()).find((o) => o.shop === 'http://shop.test' && o.orderId === '1042')!;
    expect(real).toMatchObject({
      open: 1,
      status: 'unpaid',
      url: REAL_1042,
      payUrl: 'http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_AbC123xYz',
    });
    // evil.test's own "#1042" is its own order: paid on its list, never the real one.
    expect((await orders()).find((o) => o.shop === `http://${EVIL}` && o.orderId === '1042')).toMatchObject({
      status: 'paid',
      open: 0,
    });
  });

  it('lets the page read nothing of the panel, and a click on a hidden, stretched panel sends nothing', async () => {
    await page.goto(evilPage('attack-hide-panel'));
    const frame = await panelFrame(page);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __attack: { tries: number } }).__attack.tries), {
        timeout: 10_000,
      })
      .toBeGreaterThan(2);
    const attack = await page.evaluate(() => (window as unknown as { __attack: Record<string, unknown> }).__attack);
    expect(attack.shadowRoot).toBe('closed');
    expect(attack.iframes).toBe(0);
    expect(attack.frameText).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toContain(DRAFT_WORDS);
    expect(await frame.locator('.draft').textContent()).toContain(DRAFT_WORDS); // the seller's own view has it

    // A real mouse click where Send is, through the page's invisible, full-screen restyling.
    const box = (await frame.locator('button.send').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => frame.locator('.status.error').textContent(), { timeout: 10_000 })
      .toContain('hidden, covered or restyled');
    expect(await sends()).toEqual([]);
    expect(demo.outbox()).toEqual([]);
    await screenshot(page, 'trust-hidden-panel-refused');
  });

  it('a click through a decoy the page laid over the panel sends nothing', async () => {
    await page.goto(evilPage('attack-cover-panel'));
    const frame = await panelFrame(page);
    await page.locator('#decoy').waitFor();
    // Settle's own frame gets the click (the decoy lets it through), but its panel was not visible.
    await frame.locator('button.send').click({ force: true });
    await expect
      .poll(() => frame.locator('.status.error').textContent(), { timeout: 10_000 })
      .toContain('hidden, covered or restyled');
    expect(await sends()).toEqual([]);
    expect(demo.outbox()).toEqual([]);
    await screenshot(page, 'trust-covered-panel-refused');
  });

  it('does not take a "note added" the page faked for the console\'s confirmation', async () => {
    await page.goto(evilPage('attack-fake-note'));
    const frame = await panelFrame(page);
    await frame.locator('button.send').click();
    await expect
      .poll(() => frame.locator('.status.error').textContent(), { timeout: 25_000 })
      .toContain('do not show this reminder');
    expect(demo.outbox()).toEqual([]);
    expect((await sends()).map((s) => [s.shop, s.status])).toEqual([[`http://${EVIL}`, 'failed']]);
    await screenshot(page, 'trust-fake-note-refused');
  });
});
