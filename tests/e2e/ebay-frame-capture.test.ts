import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import { keptEvidenceInPage } from './support/kept-evidence';
import { allowHostOnExtensionsPage } from './support/grant-host';

const ORDER_ID = '12-34567-89022';
/** Seller Hub's order details page: the details themselves are a child frame (/mesh/ord/details), as on eBay. */
const SHELL = `https://www.ebay.com/sh/ord/details?orderid=${ORDER_ID}`;

/** What Settle kept as evidence (tests/e2e/support/kept-evidence.ts), with each record's own hash. */
const keptEvidence = (page: Page) => page.evaluate(keptEvidenceInPage);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// eBay Seller Hub shows an order's details in a child frame, where Settle's panel sits: a capture
// from that panel is of the frame — the order as that frame read it, the frame's own document and
// address — with the picture of the tab as the seller sees it. Seller Hub's details frame here is
// 900 px tall and scrolls inside the page: a full page of the tab would cut the order, so none is
// taken, and the capture says so.
describe('eBay: evidence captured for an order shown in a child frame of Seller Hub', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    // As a person would: site access on chrome://extensions, then Options' Allow (the browser asks only from a click).
    await allowHostOnExtensionsPage(browser.context, browser.extensionId, '<all_urls>');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#capture`);
    await options.locator('#capture button.capture-allow').click();
    await options.locator('#capture [role=status]', { hasText: 'Page captures are allowed.' }).waitFor();
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  /** The dashboard opened beside `page`, then `page` in front again: `keptSince` gives what Settle kept after this. */
  async function evidenceBeside(page: Page) {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const before = (await keptEvidence(dashboard)).length;
    await page.bringToFront();
    return { dashboard, keptSince: async () => (await keptEvidence(dashboard)).slice(before) };
  }

  it('captures from the frame’s panel: the data, the tab’s picture and the frame’s own document, each under the frame’s address and hash', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHELL);
    const panel = await waitForPanel(page);
    const details: Frame = page.frames().find((f) => f.url().includes('/mesh/ord/details'))!;
    expect(
      page
        .frames()
        .find((f) => f.url().includes('/panel.html'))!
        .parentFrame(),
    ).toBe(details);

    await panel.locator('button.capture-button').click();
    const status = panel.locator('.capture-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Kept as evidence');
    expect(await status.textContent()).toBe(
      "Kept as evidence: Order data as read, Screenshot, Page archive. Full-page screenshot not kept: the order's frame scrolls inside the page, so its full length cannot be pictured; the screenshot shows what you see, the page archive the whole order.",
    );
    await screenshot(page, 'ebay-frame-capture-kept-en');

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const kept = await keptEvidence(dashboard);
    expect(kept.map((e) => e.kind)).toEqual(['order-data', 'screenshot', 'page-archive']);
    for (const e of kept) {
      expect(e.url).toBe(details.url());
      expect(e.hashOk).toBe(true);
      expect(e.pageTitle).toBe(await details.title());
    }
    const [data, shot, archive] = kept;
    // The data as the frame read it, under the frame's address.
    expect(data!.head).toContain(`"url": ${JSON.stringify(details.url())}`);
    // What the seller sees: the whole tab (Seller Hub around the frame).
    expect(shot).toMatchObject({ type: 'image/png', width: 1280, height: 900 });
    // The frame's own document, saved by its own content script: the order's details, not the Seller Hub page that frames them.
    expect(archive).toMatchObject({ type: 'text/html', name: expect.stringMatching(/^page-.+\.html$/) });
    const html = archive!.text as string;
    expect(html).toContain(`Saved by Settle from ${details.url()}`);
    expect(html).toContain(ORDER_ID);
    expect(html).not.toMatch(/<iframe|<script|panel\.html/i);
    // The hash kept for the archive is the hash of the archive's bytes, recomputed here.
    expect(sha256(html)).toBe(archive!.sha256);
    await dashboard.close();
    await page.close();
  });

  it('takes the full page when the frame shows all of its document: Seller Hub’s page at its full length, the frame in it', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHELL);
    const panel = await waitForPanel(page);
    // The panel's frame starts short and takes the height its page reports; sized before that, the
    // details frame would scroll once the panel grew (a fast machine measured too soon in CI).
    const panelPage = page.frames().find((f) => f.url().includes('/panel.html'))!;
    const panelFrame = (await panelPage.frameElement())!;
    await expect
      .poll(async () => {
        const shown = (await panelFrame.boundingBox())!.height;
        return Math.abs(shown - (await panelPage.evaluate(() => document.documentElement.scrollHeight)));
      })
      .toBeLessThanOrEqual(1);
    // As a console that sizes its details frame to their length does: the frame no longer scrolls, the page does.
    await page.evaluate(() => {
      const frame = document.querySelector('iframe')!;
      frame.style.height = `${frame.contentDocument!.documentElement.scrollHeight + 200}px`;
      window.scrollTo(0, 40);
    });
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const { dashboard, keptSince } = await evidenceBeside(page);
    await panel.locator('button.capture-button').click();
    await expect
      .poll(() => panel.locator('.capture-status').textContent(), { timeout: 40_000 })
      .toBe('Kept as evidence: Order data as read, Screenshot, Page archive, Full-page screenshot.');
    // Seller Hub's page, scrolled for the full page, is back where the seller had it.
    expect(await page.evaluate(() => window.scrollY)).toBe(40);
    const kept = await keptSince();
    expect(kept.map((e) => e.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page']);
    expect(pageHeight).toBeGreaterThan(900);
    expect(kept[3]).toMatchObject({
      url: expect.stringContaining('/mesh/ord/details'),
      hashOk: true,
      type: 'image/png',
      width: 1280,
      height: pageHeight,
    });
    await screenshot(page, 'ebay-frame-capture-full-page-en');
    await dashboard.close();
    await page.close();
  });

  it('captures the frame again right after a reminder is sent from its panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHELL);
    const panel = await waitForPanel(page);
    const { dashboard, keptSince } = await evidenceBeside(page);
    await panel.locator('button.send').click();
    await expect
      .poll(() => panel.locator('.capture-status').textContent(), { timeout: 30_000 })
      .toBe('The page was captured as it is now, with the reminder.');
    expect(demo.outbox().some((m) => m.kind === 'ebay-message' && m.orderId === ORDER_ID)).toBe(true);
    const after = await keptSince();
    expect(after.map((e) => [e.kind, e.url, e.hashOk])).toEqual([
      ['order-data', expect.stringContaining('/mesh/ord/details'), true],
      ['screenshot', expect.stringContaining('/mesh/ord/details'), true],
    ]);
    await screenshot(page, 'ebay-frame-capture-after-send-en');
    await dashboard.close();
    await page.close();
  });
});
