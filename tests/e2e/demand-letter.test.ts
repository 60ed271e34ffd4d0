import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { screenshot } from './support/screenshots';
import { exportPackage } from './support/export-package';

/** Opens a case at `venue` on the order shown, drafts its demand letter, keeps it, and exports the package. */
async function letterInPackage(dashboard: Page, venue: string): Promise<{ folder: string; letter: string }> {
  await dashboard.locator('#act-case').selectOption(venue);
  await dashboard.locator('form.act-case button[type=submit], form.act-case button').first().click();
  await dashboard.locator(`.case-panel[data-venue="${venue}"]`).waitFor();
  await dashboard.locator('.demand-letter button').click();
  const letter = (await dashboard.locator('.demand-letter textarea.letter-text').inputValue()).trim();
  await dashboard.locator('.demand-letter button.primary').click();
  await dashboard.locator('.demand-letter [role=status].ok').waitFor();
  return { folder: await exportPackage(dashboard), letter };
}

/**
 * The demand letter as a court clerk or the buyer's lawyer sees it: drafted from the case in the
 * form the venue's jurisdiction expects, kept as evidence, and printable from the package.
 */
describe('demand letter: drafted from a case, kept, and printable from the package, in English and Chinese', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  const cleanup: string[] = [];
  beforeAll(async () => {
    demo = await startConsole();
  });
  afterAll(async () => {
    await demo?.stop();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a letter before claim for England and Wales, with the amount and the 30 days the protocol asks for', async () => {
    const browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    try {
      const page = await browser.context.newPage();
      await page.goto('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042');
      const dashboard = await browser.context.newPage();
      await dashboard.goto(
        `chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/http%3A%2F%2Fshop.test/1042`,
      );
      await dashboard.locator('#act-case').waitFor();
      const { folder, letter } = await letterInPackage(dashboard, 'court-england-wales');
      cleanup.push(dirname(folder));
      expect(letter).toContain('$1,238.80');
      expect(letter).toMatch(/30 days/);
      // No name in Options yet: the letter is signed by nobody's web address, and the page says where to add the name.
      expect(letter.split('\n').at(-1)).toBe('[Your name or business]');
      expect(await dashboard.locator('.demand-letter .sign-hint').count()).toBe(1);
      const [page1] = readdirSync(join(folder, 'letters'));
      const html = readFileSync(join(folder, 'letters', page1!), 'utf8');
      expect(html).toContain('Jane Doe');
      const view = await browser.context.newPage();
      await view.goto(pathToFileURL(join(folder, 'letters', page1!)).href);
      await screenshot(view, 'package-letter-en');
    } finally {
      await browser.close();
    }
  });

  it('writes a 催款函 for a mainland China court, in Chinese', async () => {
    const browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale: 'zh-CN' });
    try {
      const page = await browser.context.newPage();
      await page.goto('http://shop.example.cn/wp-admin/post.php?post=2088&action=edit');
      const dashboard = await browser.context.newPage();
      await dashboard.goto(
        `chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/http%3A%2F%2Fshop.example.cn/2088`,
      );
      await dashboard.locator('#act-case').waitFor({ timeout: 15_000 });
      const { folder, letter } = await letterInPackage(dashboard, 'court-mainland-china');
      cleanup.push(dirname(folder));
      expect(letter).toContain('催款函');
      expect(letter).toContain('张伟');
      expect(letter).toContain('催款方：[您的姓名或商号]');
      const [page1] = readdirSync(join(folder, 'letters'));
      const view = await browser.context.newPage();
      await view.goto(pathToFileURL(join(folder, 'letters', page1!)).href);
      await screenshot(view, 'package-letter-zh-CN');
      await dashboard.locator('.demand-letter').scrollIntoViewIfNeeded();
      await screenshot(dashboard, 'dashboard-letter-zh-CN');
    } finally {
      await browser.close();
    }
  });
});
