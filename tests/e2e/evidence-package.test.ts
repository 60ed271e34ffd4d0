import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import { exportPackage, unzipTo, verifyInBrowser } from './support/export-package';

const ORDER_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
/** A real PNG (1×1), as a seller's chat screenshot. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('evidence package: a reminder, an attachment and a note, exported and checked offline', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let folder: string;
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

  it('exports the order with its reminder, attachment and note as one ZIP whose files all match the manifest', async () => {
    const page = await browser.context.newPage();
    await page.goto(ORDER_PAGE);
    const panel = await waitForPanel(page);
    const draft = (await panel.locator('.draft').textContent())!;
    await panel.locator('button.send').click();
    await expect
      .poll(() => panel.locator('[role=status]').first().textContent(), { timeout: 20_000 })
      .toContain('Reminder sent and logged.');
    // Captures are not allowed in this browser: the send says so, and keeps nothing more.
    await expect
      .poll(() => panel.locator('.capture-status').textContent(), { timeout: 20_000 })
      .toContain('allow page captures');

    const dashboard = await browser.context.newPage();
    await dashboard.goto(
      `chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/http%3A%2F%2Fshop.test/1042`,
    );
    await dashboard
      .locator('.evidence-panel input[type=file]')
      .setInputFiles({ name: 'chat with Jane.png', mimeType: 'image/png', buffer: PNG });
    await expect
      .poll(() => dashboard.locator('.evidence-panel [role=status]').textContent())
      .toContain('Kept: chat with Jane.png.');
    await dashboard.locator('.evidence-panel textarea').fill('Buyer promised on the phone to pay by Friday.');
    await dashboard.locator('.evidence-panel button', { hasText: 'Add note' }).click();
    await expect
      .poll(() => dashboard.locator('.timeline li').last().textContent())
      .toContain('Note: Buyer promised on the phone to pay by Friday.');
    // A case at the small-claims court: its checklist is ticked from what the order holds.
    await dashboard.locator('#act-case').selectOption('court-england-wales');
    await dashboard.locator('form.act-case button').click();
    await dashboard.locator('.case-panel[data-venue="court-england-wales"]').waitFor();
    expect(
      await dashboard
        .locator('.case-panel .checklist li[data-done=true]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item'))),
    ).toEqual(['order-record', 'reminders-sent', 'attachments']);
    await screenshot(dashboard, 'dashboard-evidence-en');

    folder = await exportPackage(dashboard);
    cleanup.push(dirname(folder));
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    const paths = manifest.files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'report.html',
        'verify.html',
        'README.txt',
        'records/order.json',
        'records/timeline.jsonl',
        'records/timeline.csv',
        'records/messages.csv',
        'evidence/001-chat with Jane.png',
      ]),
    );
    for (const f of manifest.files)
      expect(
        createHash('sha256')
          .update(readFileSync(join(folder, f.path)))
          .digest('hex'),
      ).toBe(f.sha256);
    expect(manifest.chain).toMatchObject({ file: 'records/timeline.jsonl', length: 5 });

    const timeline = readFileSync(join(folder, 'records/timeline.csv'), 'utf8');
    expect(timeline.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse<string[]>(timeline.slice(1)).data[0]).toEqual([
      'line',
      'at',
      'event',
      'description',
      'url',
      'prevHash',
      'hash',
    ]);
    const messages = Papa.parse<Record<string, string>>(
      readFileSync(join(folder, 'records/messages.csv'), 'utf8').slice(1),
      { header: true },
    ).data;
    expect(messages[0]).toMatchObject({ tone: 'friendly', channel: 'console-form', text: draft });
    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toContain(draft.split('\n')[0]);
    expect(report).toContain(createHash('sha256').update(PNG).digest('hex'));
    expect(report).toContain('Small claims, England and Wales');
    expect(report).toContain('Limitation Act 1980, s.5');

    // The sums check with the system's own tool, as a clerk would.
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    expect(sums.stderr).toBe('');
    expect(sums.status).toBe(0);

    const reportPage = await browser.context.newPage();
    await reportPage.goto(pathToFileURL(join(folder, 'report.html')).href);
    await screenshot(reportPage, 'package-report-en');
    await reportPage.close();
  });

  it('verify.html, offline, says the intact package is good and names the one file changed by a byte', async () => {
    const page = await browser.context.newPage();
    const good = await verifyInBrowser(page, folder);
    expect(await good.getAttribute('data-outcome')).toBe('good');
    expect(await good.textContent()).toMatch(
      /^All good: the \d+ files match the manifest, and the timeline's \d+ events form an unbroken chain/,
    );
    expect(await good.textContent()).toContain("the timeline's 5 events");
    await screenshot(page, 'package-verify-good-en');

    const copy = `${folder}-changed`;
    cpSync(folder, copy, { recursive: true });
    const evidence = join(copy, 'evidence/001-chat with Jane.png');
    const bytes = readFileSync(evidence);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(evidence, bytes);
    const bad = await verifyInBrowser(page, copy);
    expect(await bad.getAttribute('data-outcome')).toBe('bad');
    expect(await bad.locator('li').allTextContents()).toEqual(['evidence/001-chat with Jane.png: changed']);
    await screenshot(page, 'package-verify-bad-en');
    await page.close();
  });
});

describe('evidence package in Chinese: a debt added by hand, with a chat screenshot, exported and checked', () => {
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

  it('exports the manual debt with its attachment; the report and verify.html speak Chinese', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/add`);
    await dashboard.locator('#debt-name').fill('王芳 <img src=x onerror=alert(1)>');
    await dashboard.locator('#debt-amount').fill('880');
    await dashboard.locator('#debt-what').fill('微信下单：茶具一套');
    await dashboard.locator('form.add-debt button[type=submit]').click();
    await dashboard.locator('.evidence-panel').waitFor();
    await dashboard
      .locator('.evidence-panel input[type=file]')
      .setInputFiles({ name: '微信聊天截图.png', mimeType: 'image/png', buffer: PNG });
    await expect
      .poll(() => dashboard.locator('.evidence-panel [role=status]').textContent())
      .toContain('已保存：微信聊天截图.png。');
    await screenshot(dashboard, 'dashboard-evidence-zh-CN');

    const downloading = dashboard.waitForEvent('download');
    await dashboard.locator('.export-package button.primary').click();
    const folder = unzipTo(readFileSync((await (await downloading).path())!));
    cleanup.push(dirname(folder));
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.order.marketplace).toBe('generic');
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('evidence/001-微信聊天截图.png');
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder }).status).toBe(0);

    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toContain('证据报告');
    expect(report).toContain('王芳 &lt;img src=x onerror=alert(1)&gt;');
    const reportPage = await browser.context.newPage();
    await reportPage.goto(pathToFileURL(join(folder, 'report.html')).href);
    await screenshot(reportPage, 'package-report-zh-CN');

    const verifyPage = await browser.context.newPage();
    const verify = await verifyInBrowser(verifyPage, folder);
    expect(await verify.getAttribute('data-outcome')).toBe('good');
    expect(await verify.textContent()).toMatch(/^全部无误/);
    await screenshot(verifyPage, 'package-verify-good-zh-CN');
  });
});
