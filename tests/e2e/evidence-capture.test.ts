import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import { keptEvidenceInPage } from './support/kept-evidence';
import { allowHostOnExtensionsPage } from './support/grant-host';
import { exportPackage, verifyInBrowser } from './support/export-package';
import Papa from 'papaparse';

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

  it("asks for the browser's permission first, with why, then allows captures from Options", async () => {
    const page = await browser.context.newPage();
    await page.goto(ORDER_PAGE);
    const panel = await waitForPanel(page);
    await panel.locator('button.capture-button').click();
    await expect
      .poll(() => panel.locator('.capture-why').textContent(), { timeout: 10_000 })
      .toContain("needs your browser's permission to capture the pages you open");
    const opening = browser.context.waitForEvent('page');
    await panel.locator('button.capture-allow').click();
    const options = await opening;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html#capture`);
    // As a person would on chrome://extensions (site access: on all sites); Settle still holds nothing until it asks.
    await allowHostOnExtensionsPage(browser.context, browser.extensionId, '<all_urls>');
    await options.locator('#capture button.capture-allow').click();
    await expect.poll(() => options.locator('#capture [role=status]').textContent()).toBe('Page captures are allowed.');
    await screenshot(options, 'options-capture-allowed-en');
    await options.close();
    await page.close();
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
    expect(await status.textContent()).toBe(
      'Kept as evidence: Order data as read, Screenshot, Page archive, Full-page screenshot.',
    );
    // The page is back where the seller had it, with nothing left hidden.
    expect(await page.evaluate(() => window.scrollY)).toBe(120);
    expect(
      await page.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.style.visibility === 'hidden').length,
      ),
    ).toBe(0);
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
    await expect
      .poll(() => panel.locator('p[role=status]:not(.capture-status)').textContent(), { timeout: 20_000 })
      .toContain('Reminder sent and logged.');
    await expect
      .poll(() => panel.locator('.capture-status').textContent(), { timeout: 20_000 })
      .toBe('The page was captured as it is now, with the reminder.');
    const after = await keptEvidence(dashboard);
    expect(after.map((e) => e.kind)).toEqual([
      'order-data',
      'screenshot',
      'page-archive',
      'full-page',
      'order-data',
      'screenshot',
    ]);
    await screenshot(page, 'capture-after-send-en');
  });

  it('captures from the dashboard: opens the order’s own page, captures it, closes it, and the package carries every capture', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(
      `chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/http%3A%2F%2Fshop.test/1042`,
    );
    const before = (await keptEvidence(dashboard)).length;
    const pagesBefore = browser.context.pages().length;
    await dashboard.locator('.evidence-panel .capture-button').click();
    await expect
      .poll(() => dashboard.locator('.evidence-panel .capture [role=status]').textContent(), { timeout: 40_000 })
      .toContain('Kept as evidence');
    expect((await keptEvidence(dashboard)).length).toBe(before + 4);
    expect(browser.context.pages().length).toBe(pagesBefore);
    await expect.poll(() => dashboard.locator('.evidence-list li[data-evidence-kind="full-page"]').count()).toBe(2);
    expect(
      await dashboard.locator('.evidence-list li[data-evidence-kind="screenshot"]').first().textContent(),
    ).toContain('Captured from');
    await screenshot(dashboard, 'capture-dashboard-en');

    // A chat screenshot from the buyer, and a case at the small-claims court: the package is complete.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await dashboard
      .locator('.evidence-panel input[type=file]')
      .setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: png });
    await expect
      .poll(() => dashboard.locator('.evidence-panel > [role=status]').textContent())
      .toContain('Kept: chat.png.');
    await dashboard.locator('#act-case').selectOption('court-england-wales');
    await dashboard.locator('form.act-case button').first().click();
    await dashboard.locator('.case-panel[data-venue="court-england-wales"]').waitFor();
    expect(
      await dashboard.locator('.case-panel .checklist li[data-item="attachments"]').getAttribute('data-done'),
    ).toBe('true');

    // The package carries every capture, each with its page, title and time in the manifest.
    const folder = await exportPackage(dashboard);
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
      const captures = manifest.files.filter((f: { path: string }) =>
        /^evidence\/\d{3}-(order-data|screenshot|page|full-page)-/.test(f.path),
      );
      expect(captures).toHaveLength(10);
      for (const f of manifest.files)
        expect(
          createHash('sha256')
            .update(readFileSync(join(folder, f.path)))
            .digest('hex'),
        ).toBe(f.sha256);
      for (const f of captures)
        expect(f).toMatchObject({
          sourceUrl: expect.stringContaining('shop.test'),
          pageTitle: expect.stringContaining('Edit order'),
          capturedWith: expect.stringMatching(/^Settle /),
          capturedAt: expect.stringMatching(/[+-]\d{2}:\d{2}$/),
        });
      expect(
        captures.some(
          (f: { path: string; mediaType: string }) => f.path.endsWith('.mhtml') && f.mediaType === 'multipart/related',
        ),
      ).toBe(true);
      const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
      expect(sums.status).toBe(0);
      const report = readFileSync(join(folder, 'report.html'), 'utf8');
      expect(report).toContain('Chrome');
      const messages = Papa.parse<Record<string, string>>(
        readFileSync(join(folder, 'records/messages.csv'), 'utf8').slice(1),
        { header: true },
      ).data;
      expect(Object.keys(messages[0]!)).toEqual(expect.arrayContaining(['at', 'tone', 'channel', 'text']));
      expect(report).toContain(messages[0]!.text!.split('\n')[0]!);
      expect(manifest.files.map((f: { path: string }) => f.path)).toContain('evidence/011-chat.png');
      const verify = await verifyInBrowser(await browser.context.newPage(), folder);
      expect(await verify.getAttribute('data-outcome')).toBe('good');
    } finally {
      rmSync(dirname(folder), { recursive: true, force: true });
    }
  });
});
