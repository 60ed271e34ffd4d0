import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { CHROMIUM, launchWithExtension } from '../console/launch-browser.mjs';
import { screenshot } from './support/screenshots';
import { noisyPng } from './support/noisy-png';
import { jpegSize } from './support/jpeg-size';
import { unzipTo } from './support/export-package';

const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
type ManifestFile = {
  path: string;
  bytes: number;
  sha256: string;
  mediaType: string;
  derivedFrom?: { path: string; sha256: string };
};

/** A debt added by hand on the dashboard, with a case opened at `venue` and one file attached. */
async function debtWithCase(
  dashboard: Page,
  extensionId: string,
  venue: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  kept: string,
) {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/add`);
  await dashboard.locator('#debt-name').fill('Acme Ltd');
  await dashboard.locator('#debt-amount').fill('880');
  await dashboard.locator('#debt-what').fill('Invoice 7');
  await dashboard.locator('form.add-debt button[type=submit]').click();
  await dashboard.locator('.evidence-panel').waitFor();
  await dashboard.locator('#act-case').selectOption(venue);
  await dashboard.locator('form.act-case button').click();
  await dashboard.locator(`.case-panel[data-venue="${venue}"]`).waitFor();
  await dashboard.locator('.evidence-panel input[type=file]').setInputFiles(file);
  await expect
    .poll(() => dashboard.locator('.evidence-panel [role=status]').textContent(), { timeout: 20_000 })
    .toContain(kept);
}

/** Exports the order's package from the dashboard and unzips it. */
async function exportPackage(dashboard: Page): Promise<string> {
  const downloading = dashboard.waitForEvent('download', { timeout: 60_000 });
  await dashboard.locator('.export-package button.primary').click();
  return unzipTo(readFileSync((await (await downloading).path())!));
}

/** Everything manifest.json and SHA256SUMS say of the package, checked as a clerk would: with the system's sha256sum. */
function checkSums(folder: string): ManifestFile[] {
  const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
  expect(sums.stderr).toBe('');
  expect(sums.status).toBe(0);
  return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).files;
}

describe('evidence package for a case at PayPal: a 12 MB screenshot gets a JPEG copy under 10 MB beside it', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  const cleanup: string[] = [];

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the original, adds the copy in evidence/for-paypal/ with derivedFrom, and says why in the report', async () => {
    const png = noisyPng(2048, 2048);
    expect(png.length).toBeGreaterThan(12 * MB);
    const dashboard = await browser.context.newPage();
    await debtWithCase(
      dashboard,
      browser.extensionId,
      'paypal',
      { name: 'chat with Jane.png', mimeType: 'image/png', buffer: png },
      'Kept: chat with Jane.png.',
    );
    const folder = await exportPackage(dashboard);
    cleanup.push(dirname(folder));

    const original = readFileSync(join(folder, 'evidence/001-chat with Jane.png'));
    expect(sha256(original)).toBe(sha256(png));
    const copy = readFileSync(join(folder, 'evidence/for-paypal/001-chat with Jane.jpg'));
    expect(copy.length).toBeLessThanOrEqual(10 * MB);
    const size = jpegSize(copy)!;
    expect(size.width).toBeGreaterThanOrEqual(800);
    expect(size.width / size.height).toBeCloseTo(1, 2);

    const files = checkSums(folder);
    expect(files.find((f) => f.path === 'evidence/for-paypal/001-chat with Jane.jpg')).toEqual({
      path: 'evidence/for-paypal/001-chat with Jane.jpg',
      bytes: copy.length,
      sha256: sha256(copy),
      mediaType: 'image/jpeg',
      derivedFrom: { path: 'evidence/001-chat with Jane.png', sha256: sha256(png) },
    });
    expect(readFileSync(join(folder, 'SHA256SUMS'), 'utf8')).toContain(
      `${sha256(copy)}  evidence/for-paypal/001-chat with Jane.jpg\n`,
    );

    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toContain('Copies for PayPal');
    const megabytes = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(png.length / MB);
    expect(report).toContain(
      `Made from evidence/001-chat with Jane.png (${megabytes} MB, ${png.length.toLocaleString('en-US')} bytes): over PayPal&#39;s limit of 10 MB.`,
    );
    const reportPage = await browser.context.newPage();
    await reportPage.goto(pathToFileURL(join(folder, 'report.html')).href);
    await reportPage.locator('ul.copies').scrollIntoViewIfNeeded();
    await screenshot(reportPage, 'package-report-copies-paypal-en');
    await reportPage.close();
  });
  it('at eBay (JPEG and PNG only): a WebP screenshot gets a JPEG copy in evidence/for-ebay/, the reason a type eBay does not take', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const webp = Buffer.from(
      await dashboard.evaluate(async () => {
        const canvas = new OffscreenCanvas(1200, 3000);
        const context = canvas.getContext('2d')!;
        for (let y = 0; y < 3000; y += 300) {
          context.fillStyle = `hsl(${y / 10} 70% 60%)`;
          context.fillRect(0, y, 1200, 300);
        }
        const bytes = new Uint8Array(
          await (await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 })).arrayBuffer(),
        );
        return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
      }),
      'base64',
    );
    expect(webp.subarray(8, 12).toString('latin1')).toBe('WEBP');
    await debtWithCase(
      dashboard,
      browser.extensionId,
      'ebay',
      { name: 'console.webp', mimeType: 'image/webp', buffer: webp },
      'Kept: console.webp.',
    );
    const folder = await exportPackage(dashboard);
    cleanup.push(dirname(folder));
    const copy = readFileSync(join(folder, 'evidence/for-ebay/001-console.jpg'));
    expect(jpegSize(copy)).toEqual({ width: 1200, height: 3000 });
    expect(checkSums(folder).find((f) => f.path === 'evidence/for-ebay/001-console.jpg')!.derivedFrom).toEqual({
      path: 'evidence/001-console.webp',
      sha256: sha256(webp),
    });
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('Made from evidence/001-console.webp');
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('a type eBay does not take.');
  });
});

describe('evidence package in Chinese for a case at PayPal: a 12 MB capture 20,000 px tall becomes two JPEG parts', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  const cleanup: string[] = [];

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('cuts the copy into parts no taller than 16,384 px, each under 10 MB and naming the same original', async () => {
    const png = noisyPng(600, 20_000, { grey: true });
    expect(png.length).toBeGreaterThan(10 * MB);
    const dashboard = await browser.context.newPage();
    await debtWithCase(
      dashboard,
      browser.extensionId,
      'paypal',
      { name: '订单页面长截图.png', mimeType: 'image/png', buffer: png },
      '已保存：订单页面长截图.png。',
    );
    const folder = await exportPackage(dashboard);
    cleanup.push(dirname(folder));

    expect(sha256(readFileSync(join(folder, 'evidence/001-订单页面长截图.png')))).toBe(sha256(png));
    const parts = [
      'evidence/for-paypal/001-订单页面长截图-part1.jpg',
      'evidence/for-paypal/001-订单页面长截图-part2.jpg',
    ].map((path) => ({ path, bytes: readFileSync(join(folder, path)) }));
    for (const { bytes } of parts) {
      expect(bytes.length).toBeLessThanOrEqual(10 * MB);
      expect(jpegSize(bytes)!.width).toBe(600);
      expect(jpegSize(bytes)!.height).toBeLessThanOrEqual(16_384);
    }
    expect(parts.reduce((n, p) => n + jpegSize(p.bytes)!.height, 0)).toBe(20_000);
    const files = checkSums(folder);
    for (const { path } of parts)
      expect(files.find((f) => f.path === path)!.derivedFrom).toEqual({
        path: 'evidence/001-订单页面长截图.png',
        sha256: sha256(png),
      });

    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toContain('用于PayPal的副本');
    expect(report).toContain('第 2 部分，共 2 部分');
    expect(report).toContain('超过PayPal的 10 MB 上限');
    const reportPage = await browser.context.newPage();
    await reportPage.goto(pathToFileURL(join(folder, 'report.html')).href);
    await reportPage.locator('ul.copies').scrollIntoViewIfNeeded();
    await screenshot(reportPage, 'package-report-copies-paypal-zh-CN');
    await reportPage.close();
  });
});

describe('shrinkImage in Chromium: steps down until the JPEG fits, and gives up below a readable width', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    const bundle = await build({
      entryPoints: ['lib/evidence/shrink-image.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'settleShrink',
      write: false,
      target: 'chrome120',
    });
    await page.setContent('<!DOCTYPE html><title>shrink</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes a 2,048 px noisy PNG fit 1 MB, smaller and still wider than 800 px; refuses 50 kB', async () => {
    const result = await page.evaluate(async () => {
      // 2,048 × 2,048 of noise, as a PNG the page makes itself.
      const canvas = new OffscreenCanvas(2048, 2048);
      const context = canvas.getContext('2d')!;
      const pixels = context.createImageData(2048, 2048);
      for (let at = 0; at < pixels.data.length; at += 65_536)
        crypto.getRandomValues(pixels.data.subarray(at, at + 65_536));
      for (let at = 3; at < pixels.data.length; at += 4) pixels.data[at] = 255;
      context.putImageData(pixels, 0, 0);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      const { shrinkImage } = (window as unknown as { settleShrink: typeof import('../../lib/evidence/shrink-image') })
        .settleShrink;
      const fitted = (await shrinkImage(png, { maxBytes: 1024 * 1024 }))!;
      const bitmap = await createImageBitmap(fitted[0]!);
      return {
        png: png.size,
        parts: fitted.length,
        bytes: fitted[0]!.size,
        type: fitted[0]!.type,
        width: bitmap.width,
        tooSmall: await shrinkImage(png, { maxBytes: 50 * 1024 }),
        notAnImage: await shrinkImage(new Blob(['not an image'], { type: 'image/png' }), {}),
      };
    });
    expect(result.png).toBeGreaterThan(10 * MB);
    expect(result).toMatchObject({ parts: 1, type: 'image/jpeg', tooSmall: undefined, notAnImage: undefined });
    expect(result.bytes).toBeLessThanOrEqual(MB);
    expect(result.width).toBeLessThan(2048);
    expect(result.width).toBeGreaterThanOrEqual(800);
  });
});
