import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { startTimeStampAuthority } from '../console/time-stamp-authority.mjs';
import { allowHostOnExtensionsPage } from './support/grant-host';
import { screenshot, screenshotOf } from './support/screenshots';

/** What Settle asks for: the authority's scheme and host, any port (Firefox's patterns hold no port). */
const LOOPBACK = 'http://127.0.0.1/*';
/** Nothing to resolve: this test needs no console, only Settle's own pages and the authority. */
const NO_RULES = 'MAP settle-no-console.invalid ~NOTFOUND';

/** Runs openssl; a machine without it fails here with the reason, the test is never skipped. */
function openssl(args: string[], cwd: string) {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (run.error) throw new Error(`openssl is needed for this test (apt-get install openssl): ${run.error.message}`);
  return run;
}

function unzipTo(zip: Buffer, cleanup: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'settle-stamped-'));
  cleanup.push(root);
  const entries = unzipSync(new Uint8Array(zip));
  for (const [path, bytes] of Object.entries(entries)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return join(root, Object.keys(entries)[0]!.split('/')[0]!);
}

type Permissions = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
/** Whether Settle holds the loopback host now, as its own page sees it. */
const holdsHost = (page: Page) =>
  page.evaluate(
    (pattern) => (globalThis as unknown as { chrome: Permissions }).chrome.permissions.contains({ origins: [pattern] }),
    LOOPBACK,
  );

/** Options → Trusted time: the address typed, the box clicked (a real click: the permission is asked within it). */
async function turnOn(context: BrowserContext, extensionId: string, url: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#trusted-url').fill(url);
  await options.locator('#trusted-on').click();
  await options.locator('.trusted-time [role=status][data-status=on]').waitFor();
  return options;
}

/** Adds a debt by hand on Settle's page and returns the page, on that order. */
async function debtOnDashboard(context: BrowserContext, extensionId: string): Promise<Page> {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/add`);
  await dashboard.locator('#debt-name').fill('Jane Doe');
  await dashboard.locator('#debt-amount').fill('120');
  await dashboard.locator('#debt-what').fill('Invoice 2026-118: oak shelves');
  await dashboard.locator('form.add-debt button[type=submit]').click();
  await dashboard.locator('.export-package button.primary').waitFor();
  return dashboard;
}

/** Exports the order's package; returns the unzipped folder and what the page said. */
async function exportPackage(
  dashboard: Page,
  cleanup: string[],
): Promise<{ folder: string; said: string; stamped: string | null }> {
  const downloading = dashboard.waitForEvent('download');
  await dashboard.locator('.export-package button.primary').click();
  const download = await downloading;
  const line = dashboard.locator('.export-package [role=status]');
  await expect.poll(() => line.textContent(), { timeout: 40_000 }).toMatch(/^Saved /);
  return {
    folder: unzipTo(readFileSync((await download.path())!), cleanup),
    said: (await line.textContent())!,
    stamped: await line.getAttribute('data-stamped'),
  };
}

describe('trusted time: a local RFC 3161 authority (openssl ts) stamps the exported package', () => {
  let authority: Awaited<ReturnType<typeof startTimeStampAuthority>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let dashboard: Page;
  const cleanup: string[] = [];

  beforeAll(async () => {
    authority = await startTimeStampAuthority();
    browser = await launchWithExtension({ hostResolverRules: NO_RULES });
  });
  afterAll(async () => {
    await browser?.close();
    await authority?.stop();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('turns on in Options only by Settle’s own permission request, made in the click', async () => {
    await allowHostOnExtensionsPage(browser.context, browser.extensionId, LOOPBACK);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#trusted-on').waitFor();
    await screenshotOf(options.locator('section.trusted-time'), 'options-trusted-time-off-en');
    // Allowed on chrome://extensions, but not Settle's until it asks.
    expect(await holdsHost(options)).toBe(false);
    expect(await options.locator('#trusted-on').isChecked()).toBe(false);
    await options.close();

    const on = await turnOn(browser.context, browser.extensionId, authority.url);
    const port = new URL(authority.url).port;
    expect(await on.locator('.trusted-time [role=status]').textContent()).toBe(
      `On: each package you export is time-stamped by 127.0.0.1:${port}.`,
    );
    expect(await on.locator('#trusted-on').isChecked()).toBe(true);
    expect(await on.locator('#trusted-url').isDisabled()).toBe(true);
    expect(await holdsHost(on)).toBe(true);
    await screenshotOf(on.locator('section.trusted-time'), 'options-trusted-time-on-en');
    // After a reload it is still on, and still allowed.
    await on.reload();
    await on.locator('.trusted-time [role=status][data-status=on]').waitFor();
    await on.close();
  });

  it('exports a package whose manifest.tsr `openssl ts -verify` accepts against the authority’s root', async () => {
    dashboard = await debtOnDashboard(browser.context, browser.extensionId);
    const { folder, said, stamped } = await exportPackage(dashboard, cleanup);
    const port = new URL(authority.url).port;
    expect(stamped).toBe('true');
    expect(said).toMatch(
      new RegExp(
        `^Saved settle-generic-.+\\.zip\\. Its manifest is time-stamped by 127\\.0\\.0\\.1:${port} at .+ \\(manifest\\.tsr\\)\\.$`,
      ),
    );
    expect(authority.requests()).toBe(1);

    const verify = openssl(
      ['ts', '-verify', '-in', 'manifest.tsr', '-data', 'manifest.json', '-CAfile', authority.caFile],
      folder,
    );
    expect(verify.stdout).toContain('Verification: OK');
    expect(verify.status).toBe(0);
    const shown = openssl(['ts', '-reply', '-in', 'manifest.tsr', '-text'], folder).stdout;
    expect(shown).toContain('Status: Granted.');
    expect(shown).toContain('Hash Algorithm: sha256');

    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).not.toContain('manifest.tsr');
    const sums = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    expect(sums.stdout).toContain('manifest.tsr: OK');
    expect(sums.status).toBe(0);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(`time-stamping authority at ${authority.url}`);
    expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toContain(
      'openssl ts -verify -in manifest.tsr -data manifest.json -CAfile tsa-ca.pem',
    );

    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(folder, 'verify.html')).href);
    await page.locator('#folder').setInputFiles(folder);
    await expect.poll(() => page.locator('#result').getAttribute('data-outcome'), { timeout: 15_000 }).toBe('good');
    expect(await page.locator('#result .stamped').textContent()).toMatch(/^This package also holds manifest\.tsr/);
    await screenshot(page, 'package-verify-stamped-en');
    const report = await browser.context.newPage();
    await report.goto(pathToFileURL(join(folder, 'report.html')).href);
    await screenshot(report, 'package-report-stamped-en');
    await report.close();
    await page.close();
  });

  it('when the authority refuses, saves the package without a stamp, whole, and says plainly why', async () => {
    authority.refuseAllBut('sha512');
    const { folder, said, stamped } = await exportPackage(dashboard, cleanup);
    const port = new URL(authority.url).port;
    expect(stamped).toBe('false');
    expect(said).toMatch(
      new RegExp(
        `^Saved settle-generic-.+\\.zip without a trusted time stamp: 127\\.0\\.0\\.1:${port} refused to stamp it: PKIStatus 2 \\(rejection\\) · badAlg · “[^”]*[^.”]”\\.$`,
      ),
    );
    expect(existsSync(join(folder, 'manifest.tsr'))).toBe(false);
    expect(readFileSync(join(folder, 'SHA256SUMS'), 'utf8')).not.toContain('manifest.tsr');
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).not.toContain('Trusted time');
    expect(spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: folder }).status).toBe(0);
    await screenshot(dashboard, 'dashboard-export-no-stamp-en');
    authority.refuseAllBut(undefined);
  });

  // Chromium lets an extension's pages fetch any host its content scripts match (Settle's match any
  // host's /wp-admin/), so the permission alone would not keep the request in: Settle checks it holds it.
  it('sends nothing once the seller removed the permission in the browser, and says so in the export and in Options', async () => {
    const asked = authority.requests();
    await dashboard.evaluate(
      (pattern) =>
        (
          globalThis as unknown as { chrome: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }
        ).chrome.permissions.remove({ origins: [pattern] }),
      LOOPBACK,
    );
    expect(await holdsHost(dashboard)).toBe(false);
    const { folder, said, stamped } = await exportPackage(dashboard, cleanup);
    expect(stamped).toBe('false');
    expect(said).toMatch(
      /without a trusted time stamp: Settle is not allowed to reach 127\.0\.0\.1:\d+\. Turn Trusted time off and on again in Settle options to allow it\.$/,
    );
    expect(authority.requests()).toBe(asked);
    expect(existsSync(join(folder, 'manifest.tsr'))).toBe(false);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const lost = options.locator('.trusted-time [role=status][data-status=lost]');
    await lost.waitFor();
    expect(await lost.textContent()).toMatch(/^Trusted time is on, but Settle may no longer reach 127\.0\.0\.1:\d+/);
    await screenshotOf(options.locator('section.trusted-time'), 'options-trusted-time-lost-en');
    await options.close();
  });
});

describe.each(['zh-CN', 'zh-TW'])('trusted time in Options, %s', (locale) => {
  let authority: Awaited<ReturnType<typeof startTimeStampAuthority>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    authority = await startTimeStampAuthority();
    browser = await launchWithExtension({ hostResolverRules: NO_RULES, locale });
  });
  afterAll(async () => {
    await browser?.close();
    await authority?.stop();
  });

  it('says what is wrong with an address, then turns on, in Chinese', async () => {
    await allowHostOnExtensionsPage(browser.context, browser.extensionId, LOOPBACK);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#trusted-url').fill('ftp://tsa.example.com/');
    await options.locator('#trusted-on').click();
    const problem = options.locator('.trusted-time .problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe(
      locale === 'zh-CN' ? '地址必须以 https:// 或 http:// 开头。' : '網址必須以 https:// 或 http:// 開頭。',
    );
    expect(await options.locator('#trusted-on').isChecked()).toBe(false);
    await screenshotOf(options.locator('section.trusted-time'), `options-trusted-time-problem-${locale}`);

    await options.locator('#trusted-url').fill(authority.url);
    await options.locator('#trusted-on').click();
    const status = options.locator('.trusted-time [role=status][data-status=on]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(
      locale === 'zh-CN'
        ? /^已开启：您导出的每个证据包都将由 127\.0\.0\.1:\d+ 加盖时间戳。$/
        : /^已開啟：您匯出的每個證據包都將由 127\.0\.0\.1:\d+ 加蓋時間戳記。$/,
    );
    await screenshotOf(options.locator('section.trusted-time'), `options-trusted-time-on-${locale}`);
  });
});
