import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';

describe('the order panel, used from the keyboard in Chromium', () => {
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

  it('after Send (Enter on the button), the focus is on the line that says the reminder went, not on the page body', async () => {
    // Seen: the panel redrew after a send and the focus fell to the body of the console page.
    const page = await browser.context.newPage();
    await page.goto('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042');
    const panel = await waitForPanel(page);
    await panel.locator('button.send').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.locator('p.status.ok').textContent(), { timeout: 15_000 })
      .toBe('Reminder sent and logged.');
    const frame = page.frames().find((f) => f.url().includes('/panel.html'))!;
    await expect
      .poll(() => frame.evaluate(() => document.activeElement?.matches('p.status[role="status"]')))
      .toBe(true);
  });
});
