import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';

const ORDER_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';

/** The body's computed font size and that of a piece of the page's running text, in px, once it shows. */
async function textSizes(page: Page | Frame, text: string): Promise<{ body: number; text: number }> {
  await page.locator(text).first().waitFor();
  return page.evaluate(
    (selector) => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      text: parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
    }),
    text,
  );
}

/** Settle's pages as a seller reads them in Chromium: text at a readable size, nothing wider than the window. */
describe('Settle’s pages are readable in Chromium', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  const open = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('sets body text at 14 px or more on the order panel, the popup, the dashboard and the options', async () => {
    // Seen: 10.5 px everywhere but the panel, as Chromium gives an extension page's body 75% of the root's size.
    const console = await browser.context.newPage();
    await console.goto(ORDER_PAGE);
    await waitForPanel(console);
    const frame = console.frames().find((f) => f.url().includes('/panel.html'))!;
    const sizes = {
      panel: await textSizes(frame, 'p'),
      popup: await textSizes(await open('popup.html'), '.order-buyer'),
      dashboard: await textSizes(await open('dashboard.html'), 'table.orders td'),
      options: await textSizes(await open('options.html'), 'p.hint'),
    };
    for (const [page, size] of Object.entries(sizes)) {
      expect(size.body, `${page} body`).toBeGreaterThanOrEqual(14);
      expect(size.body, `${page} body`).toBeLessThanOrEqual(16);
      expect(size.text, `${page} text`).toBeGreaterThanOrEqual(14);
    }
  });

  it('keeps the options page as wide as the window with a 10,000-character template, and says it is too long', async () => {
    // Seen: one unbroken 10,000-character line widened the options page to 62,146 px.
    const page = await open('options.html');
    const body = page.locator('#tpl-body');
    const problem = page.locator('#tpl-body ~ .problem');
    for (const text of ['x'.repeat(10_000), 'word '.repeat(2_000)]) {
      await body.fill(text);
      await expect
        .poll(() => problem.textContent())
        .toBe('This is 10,000 characters long; it may be at most 5,000. Shorten it.');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    }
    await body.fill(`Hi {buyer}, ${'x'.repeat(4_000)} {payLink}`);
    await expect.poll(() => page.locator('[data-testid="template-preview"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await screenshot(page, 'options-long-template-en');
  });

  it('keeps every control of the dashboard order page inside its box', async () => {
    // Seen: the "Open a case at" choice reached past its box once text grew to 14 px.
    const page = await open(`dashboard.html#/order/woocommerce/${encodeURIComponent('http://shop.test')}/1042`);
    await page.locator('.actions form').first().waitFor();
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.actions form')].flatMap((form) => {
        const box = form.getBoundingClientRect();
        return [...form.querySelectorAll('input, select, textarea, button')]
          .filter((control) => control.getBoundingClientRect().right > box.right + 0.5)
          .map((control) => `${form.className}: ${control.outerHTML.slice(0, 80)}`);
      }),
    );
    expect(overflowing).toEqual([]);
    await screenshot(page, 'dashboard-order-controls-en');
  });
});
