import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { readStore } from './support/extension-pages';
import { screenshot } from './support/screenshots';

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
    await expect.poll(() => page.locator('#seller-zone').inputValue()).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    const body = page.locator('#tpl-body');
    await body.fill('Hi {buyer}, please pay {amout} by {deadline}: {payLink}');
    await expect.poll(() => page.locator('#templates-h ~ .editor .problem').first().textContent()).toContain('{amout} is not a variable Settle knows (at character 24)');
    expect(await page.locator('#templates-h ~ .editor button.primary').isDisabled()).toBe(true);
    await screenshot(page, 'options-template-error-en');
    await body.fill('Hi {buyer}, please pay {amount} by {deadline}: {payLink}');
    await expect.poll(() => page.locator('[data-testid="template-preview"]').textContent()).toMatch(/^Hi Jane Doe, please pay \$1,238\.80 by November 25, 2026: https:/);
    await page.locator('#templates-h ~ .editor button.primary').click();
    await expect.poll(() => page.locator('#templates-h ~ .editor .saved').textContent()).toBe('Saved.');
    const saved = await readStore<{ id: string; body: string }>(page, 'templates');
    expect(saved).toEqual([expect.objectContaining({ id: 'friendly:en', body: 'Hi {buyer}, please pay {amount} by {deadline}: {payLink}' })]);
    await screenshot(page, 'options-template-saved-en');
  });
});
