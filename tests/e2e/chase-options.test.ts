import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { readStore } from './support/extension-pages';
import { screenshot, screenshotOf } from './support/screenshots';
import { waitForPanel } from './support/chase-helpers';

describe('chase: editing a reminder template in the options, in the browser', () => {
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

  it('previews live, shows an unknown variable at once and will not save it; a good edit is saved', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The seller's zone is shown even when the browser's list omits it (Chromium has no "UTC" there).
    await expect
      .poll(() => page.locator('#seller-zone').inputValue())
      .toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    const body = page.locator('#tpl-body');
    await body.fill('Hi {buyer}, please pay {amout} by {deadline}: {payLink}');
    await expect
      .poll(() => page.locator('#templates-h ~ .editor .problem').first().textContent())
      .toContain('{amout} is not a variable Settle knows (at character 24)');
    expect(await page.locator('#templates-h ~ .editor button.primary').isDisabled()).toBe(true);
    await screenshot(page, 'options-template-error-en');
    await body.fill('Hi {buyer}, please pay {amount} by {deadline}: {payLink}');
    await expect
      .poll(() => page.locator('[data-testid="template-preview"]').textContent())
      .toMatch(/^Hi Jane Doe, please pay \$1,238\.80 by November 25, 2026: https:/);
    await page.locator('#templates-h ~ .editor button.primary').click();
    await expect.poll(() => page.locator('#templates-h ~ .editor .saved').textContent()).toBe('Saved.');
    const saved = await readStore<{ id: string; body: string }>(page, 'templates');
    expect(saved).toEqual([
      expect.objectContaining({ id: 'friendly:en', body: 'Hi {buyer}, please pay {amount} by {deadline}: {payLink}' }),
    ]);
    await screenshot(page, 'options-template-saved-en');
  });
});

const ONHOLD_PAGE = 'http://laden.test/wp-admin/admin.php?page=wc-orders&action=edit&id=3301';
const IBAN = 'Überweisung an Laden Schmidt, IBAN DE89 3704 0044 0532 0130 00';

describe.each([
  ['en-US', 'en', "The shop's language (English)"],
  ['zh-CN', 'zh', '店铺语言（English）'],
])("each shop's own settings, in the browser (%s)", (locale, suffix, shopLanguage) => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("lists the shop the console showed, with its language, and an on-hold bank-transfer order's reminder carries that shop's name and bank details", async () => {
    const order = await browser.context.newPage();
    await order.goto(ONHOLD_PAGE);
    await waitForPanel(order);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('fieldset.shop legend').allTextContents()).toEqual(['laden.test']);
    // The German shop's console says de_DE: Settle writes it English reminders, whatever the seller's browser speaks.
    expect(await options.locator('#shop-locale-0 option').first().textContent()).toBe(shopLanguage);
    await options.locator('#shop-name-0').fill('<img src=x onerror="window.__settleHostile=1">Laden Schmidt');
    await options.locator('#shop-pay-0').fill(IBAN);
    await options.locator('#seller-h ~ button.primary').click();
    await expect.poll(() => options.locator('#seller-h ~ .saved').count()).toBe(1);
    await screenshotOf(options.locator('section[aria-labelledby="seller-h"]'), `options-shops-${suffix}`);

    await order.reload();
    const draft = (await (await waitForPanel(order)).locator('.draft').textContent())!;
    expect(draft).toMatch(/^Hello Lena Schmidt,/);
    expect(draft).toContain(IBAN);
    expect(draft.trimEnd().endsWith('<img src=x onerror="window.__settleHostile=1">Laden Schmidt')).toBe(true);
    expect(
      await order.evaluate(() => (window as unknown as { __settleHostile?: number }).__settleHostile),
    ).toBeUndefined();
  });
});
