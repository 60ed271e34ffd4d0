// `npm start`: build the extension, start the demo seller console and open Chromium with Settle
// loaded on it. `npm start -- --headless` (or no display) walks through the demo instead, saves
// screenshots in English and Chinese, captures the demo order's page, opens a case on it, exports
// its evidence package into the same folder (its path on a line of its own), and prints the folder
// as its last line.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startConsole } from '../tests/console/server.mjs';
import { launchWithExtension } from '../tests/console/launch-browser.mjs';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const ORDER_LIST = 'http://shop.test/wp-admin/admin.php?page=wc-orders';
const PENDING_ORDER = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
/** Per UI language: the console pages a seller of that language would open. */
const TOURS = {
  'en-US': [ORDER_LIST, PENDING_ORDER],
  'zh-CN': [
    'http://shop.example.cn/wp-admin/edit.php?post_type=shop_order',
    'http://shop.example.cn/wp-admin/post.php?post=2088&action=edit',
  ],
  'zh-TW': [
    'http://shop.example.cn/wp-admin/edit.php?post_type=shop_order',
    'http://shop.example.cn/wp-admin/post.php?post=2088&action=edit',
  ],
};

if (!args.has('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const demo = await startConsole();
console.log(`Demo console: http://127.0.0.1:${demo.ports.http} (hosts: ${demo.hosts.join(', ')})`);

if (!headless) {
  const browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(ORDER_LIST);
  await (await browser.context.newPage()).goto(PENDING_ORDER);
  await (await browser.context.newPage()).goto('https://admin.shopify.com/store/acme-goods/orders');
  console.log(
    'Chromium is open with Settle loaded on the demo console. Click the Settle toolbar button; close the window to stop.',
  );
  await new Promise((done) => browser.context.on('close', done));
  await demo.stop();
  process.exit(0);
}

const folder = resolve('.screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(folder, { recursive: true });
let evidencePackage;
for (const [locale, pages] of Object.entries(TOURS)) {
  const browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale });
  const tab = await browser.context.newPage();
  for (const url of pages) {
    await tab.goto(url);
    await tab.waitForTimeout(500); // the content script reads and reports after load
  }
  // The tour ends on an unpaid order's page: Settle's panel with the drafted reminder is on top.
  // The panel is Settle's own page in a frame (closed to the console page): wait for it among the tab's frames.
  for (let i = 0; i < 150 && !(await panelShown(tab)); i++) await tab.waitForTimeout(100);
  await tab.screenshot({ path: join(folder, `console-order-panel-${locale}.png`) });
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard.locator('table.orders tbody tr').first().waitFor({ timeout: 15_000 });
  await dashboard.screenshot({ path: join(folder, `dashboard-${locale}.png`) });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('li.order-row').first().waitFor({ timeout: 15_000 });
  await popup.screenshot({ path: join(folder, `popup-${locale}.png`) });
  console.log(`Saved popup-${locale}.png (${await popup.locator('li.order-row').count()} unpaid orders listed)`);
  if (locale === 'en-US')
    evidencePackage = await exportDemoPackage(browser, join(folder, `console-order-panel-${locale}.png`));
  await browser.close();
}
await demo.stop();
console.log('Evidence package of demo order #1042 (unzip it and open verify.html):');
console.log(evidencePackage);
console.log('Screenshots saved in:');
console.log(folder);

/**
 * The seller's "Allow page captures", headless: every site allowed as a person does on
 * chrome://extensions, then Settle's own request for it in a user gesture (Chromium's prompt cannot
 * be answered here; nothing new is asked, so none shows). `pageCapture` would need that prompt, so
 * the demo's page archive is the self-contained HTML snapshot Settle keeps without it.
 */
async function allowPageCaptures(browser) {
  const extensions = await browser.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await extensions.evaluate(
    (id) => globalThis.chrome.developerPrivate.addHostPermission(id, '<all_urls>'),
    browser.extensionId,
  );
  await extensions.close();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(options);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: "chrome.permissions.request({ origins: ['<all_urls>'] })",
    userGesture: true,
    awaitPromise: true,
  });
  await options.close();
  if (result.value !== true) throw new Error('The demo could not allow page captures.');
}

/**
 * The demo order's evidence, as a seller would make it: captures its console page from Settle's
 * panel, attaches the console screenshot, opens a case at the small-claims court of England and
 * Wales, exports the package and saves the ZIP beside the screenshots. Returns its path.
 */
async function exportDemoPackage(browser, attachment) {
  await allowPageCaptures(browser);
  const order = await browser.context.newPage();
  await order.goto(PENDING_ORDER);
  for (let i = 0; i < 150 && !(await panelShown(order)); i++) await order.waitForTimeout(100);
  const panel = order.frames().find((f) => f.url().includes('/panel.html'));
  await panel.locator('button.capture-button').click();
  await panel.locator('.capture-status').waitFor({ timeout: 60_000 });
  console.log(`Captured the demo order's page: ${await panel.locator('.capture-status').textContent()}`);
  const dashboard = await browser.context.newPage();
  await dashboard.goto(
    `chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/${encodeURIComponent('http://shop.test')}/1042`,
  );
  await dashboard.locator('.evidence-panel input[type=file]').setInputFiles(attachment);
  await dashboard.locator('.evidence-list li[data-evidence-kind="attachment"]').first().waitFor({ timeout: 15_000 });
  await dashboard.locator('#act-case').selectOption('court-england-wales');
  await dashboard.locator('form.act-case button').click();
  await dashboard.locator('.case-panel[data-venue="court-england-wales"]').waitFor({ timeout: 15_000 });
  const downloading = dashboard.waitForEvent('download');
  await dashboard.locator('.export-package button.primary').click();
  const download = await downloading;
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  await dashboard.screenshot({ path: join(folder, 'dashboard-order-evidence-en-US.png'), fullPage: true });
  return path;
}

/** Whether Settle's order panel (panel.html, framed on the page) shows its Send button. */
async function panelShown(tab) {
  const frame = tab.frames().find((f) => f.url().includes('/panel.html'));
  return !!frame && (await frame.locator('section.panel').count()) > 0;
}
