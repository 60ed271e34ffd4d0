import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import { keptEvidenceInPage } from './support/kept-evidence';

const ORDER_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';

/** What Settle kept as evidence (tests/e2e/support/kept-evidence.ts). */
const keptEvidence = (page: Page) => page.evaluate(keptEvidenceInPage);

describe('evidence captured from the order page: screenshot, full page, page archive and the data as read', () => {
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

  it('captures all four kinds from the panel, and the page again right after a reminder is sent', async () => {
    const page = await browser.context.newPage();
    await page.goto(ORDER_PAGE);
    const panel = await waitForPanel(page);
    await page.evaluate(() => window.scrollTo(0, 120));
    // Measured before: the panel grows by its outcome line afterwards.
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await panel.locator('button.capture-button').click();
    const status = panel.locator('.capture-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Kept as evidence');
    expect(await status.textContent()).toBe('Kept as evidence: Order data as read, Screenshot, Page archive, Full-page screenshot.');
    // The page is back where the seller had it, with nothing left hidden.
    expect(await page.evaluate(() => window.scrollY)).toBe(120);
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.style.visibility === 'hidden').length)).toBe(0);
    await screenshot(page, 'capture-panel-kept-en');

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const kept = await keptEvidence(dashboard);
    expect(kept.map((e) => e.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page']);
    for (const e of kept) {
      expect(e.hashOk).toBe(true);
      expect(e.url).toBe(ORDER_PAGE);
      expect(e.pageTitle).toBe(await page.title());
      expect(e.capturedWith).toMatch(/^Settle 0\.1\.0 · Chrome \d+/);
      expect(e.capturedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
    const [data, shot, archive, full] = kept;
    expect(data!.type).toBe('application/json');
    expect(data!.head).toMatch(/^\{\n {2}"capturedAt": "\d{4}-/);
    expect(shot).toMatchObject({ type: 'image/png', width: 1280, height: 900 });
    // The page is taller than the window: the full page is stitched from several screens.
    expect(pageHeight).toBeGreaterThan(900);
    expect(full).toMatchObject({ type: 'image/png', width: 1280, height: pageHeight });
    expect(archive!.head).toMatch(/^From: <Saved by Blink>|MIME-Version: 1\.0/m);
    expect(archive!.name).toMatch(/\.mhtml$/);

    // "Capture on send" is on by default: a sent reminder keeps the page as it was then.
    await page.bringToFront(); // the dashboard's tab was in front: a click on a tab out of sight does not send
    // Scrolled to 120 the panel's top is under the console's fixed header: Settle refuses a covered panel's click.
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('button.send').click();
    await expect.poll(() => panel.locator('p[role=status]:not(.capture-status)').textContent(), { timeout: 20_000 }).toContain('Reminder sent and logged.');
    await expect.poll(() => panel.locator('.capture-status').textContent(), { timeout: 20_000 }).toBe('The page was captured as it is now, with the reminder.');
    const after = await keptEvidence(dashboard);
    expect(after.map((e) => e.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page', 'order-data', 'screenshot']);
    await screenshot(page, 'capture-after-send-en');
  });

  it('captures from the dashboard: opens the order’s own page, captures it, closes it, and the package carries every capture', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/http%3A%2F%2Fshop.test/1042`);
    const before = (await keptEvidence(dashboard)).length;
    const pagesBefore = browser.context.pages().length;
    await dashboard.locator('.evidence-panel .capture-button').click();
    await expect.poll(() => dashboard.locator('.evidence-panel .capture [role=status]').textContent(), { timeout: 40_000 }).toContain('Kept as evidence');
    expect((await keptEvidence(dashboard)).length).toBe(before + 4);
    expect(browser.context.pages().length).toBe(pagesBefore);
    await expect.poll(() => dashboard.locator('.evidence-list li[data-evidence-kind="full-page"]').count()).toBe(2);
    expect(await dashboard.locator('.evidence-list li[data-evidence-kind="screenshot"]').first().textContent()).toContain('Captured from');
    await screenshot(dashboard, 'capture-dashboard-en');
  });
});
