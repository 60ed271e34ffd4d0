import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startConsole } from '../../console/server.mjs';
import { launchFirefoxWithExtension } from '../../console/launch-firefox.mjs';
import { eventually } from '../support/extension-pages';
import { clickInFrame, panelFrame, screenshot, textOf } from './support';
import { keptEvidenceInPage } from '../support/kept-evidence';

const ORDER_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';

/** What Settle kept as evidence (tests/e2e/support/kept-evidence.ts). */
const keptEvidence = (page: Page) => page.evaluate(keptEvidenceInPage);

/**
 * Firefox has no pageCapture (MHTML) and its own full-page capture: the panel asks for the
 * browser's permission at the first capture (the real permissions.request path), then keeps the
 * screenshot, the whole page drawn by Firefox, a self-contained HTML snapshot and the data as read.
 */
describe('Firefox: evidence captured from the order panel, permission asked at the first capture', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    firefox = await launchFirefoxWithExtension({ demo });
  });
  afterAll(async () => {
    await firefox?.close();
    await demo?.stop();
  });

  it('asks once with the reason, then keeps a screenshot, the full page, an HTML snapshot without scripts, and the data', async () => {
    const page = (await firefox.browser.pages())[0]!;
    await page.goto(ORDER_PAGE);
    const panel = await eventually(
      async () => {
        const frame = await panelFrame(page);
        return frame && (await frame.$('button.capture-button')) ? frame : undefined;
      },
      { what: 'the order panel with its Capture button' },
    );
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);

    await clickInFrame(panel, 'button.capture-button');
    await panel.waitForSelector('.capture-why');
    expect(await textOf(panel, '.capture-why')).toContain(
      "needs your browser's permission to capture the pages you open",
    );
    await screenshot(page, 'capture-permission-why-en');
    // The panel, framed in the console page, has no permissions API in Firefox: Settle's options ask.
    await new Promise((r) => setTimeout(r, 500)); // the frame grows to show the new line first
    // The demo console's bar is fixed at the bottom of this small window, over the panel's last line.
    await page.evaluate(() => window.scrollTo(0, 300));
    await clickInFrame(panel, 'button.capture-allow');
    // BiDi names an extension tab about:blank: each page is asked where it is.
    const options = await eventually(
      async () => {
        for (const p of await firefox.browser.pages())
          if ((await p.evaluate(() => location.href).catch(() => '')).includes('/options.html#capture')) return p;
        return undefined;
      },
      { what: "Settle's options at page captures" },
    );
    const allow = await options.waitForSelector('#capture button.capture-allow');
    await allow!.click();
    await options.waitForSelector('#capture [role=status]');
    expect(await textOf(options, '#capture [role=status]')).toBe('Page captures are allowed.');
    await screenshot(options, 'options-capture-allowed-en');

    await page.bringToFront();
    await clickInFrame(panel, 'button.capture-button');
    const status = await eventually(
      async () => {
        const text = await textOf(panel, '.capture-status');
        return text?.startsWith('Kept') || text?.includes('not kept') ? text : undefined;
      },
      { timeout: 40_000, what: "the capture's outcome" },
    );
    expect(status).toBe('Kept as evidence: Order data as read, Screenshot, Page archive, Full-page screenshot.');
    await screenshot(page, 'capture-panel-kept-en');

    const dashboard = await firefox.newPage();
    await firefox.openExtensionPage(dashboard, 'dashboard.html');
    await dashboard.waitForSelector('main.dashboard');
    const kept = await keptEvidence(dashboard);
    expect(kept.map((e) => e.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page']);
    expect(kept.every((e) => e.hashOk)).toBe(true);
    expect(kept[0]!.capturedWith).toMatch(/^Settle 0\.1\.0 · Firefox \d+/);
    const [, shot, archive, full] = kept;
    expect(shot).toMatchObject({
      type: 'image/png',
      width: await page.evaluate(() => Math.round(innerWidth * devicePixelRatio)),
    });
    // Firefox draws the whole page at once: as tall as the page was.
    expect(full).toMatchObject({ type: 'image/png' });
    expect(full!.height).toBeGreaterThanOrEqual(pageHeight);
    expect(archive!.name).toMatch(/\.html$/);
    expect(archive!.text).toContain('Order #1042 details');
    expect(archive!.text).toContain("script-src 'none'");
    expect(archive!.text).not.toMatch(/<script/i);

    // Granted once: the next capture asks nothing.
    await clickInFrame(panel, 'button.capture-button');
    await eventually(async () => (await kept.length) < (await keptEvidence(dashboard)).length, {
      timeout: 40_000,
      what: 'a second capture',
    });
    expect(await panel.$('.capture-why')).toBeNull();
  });
});
