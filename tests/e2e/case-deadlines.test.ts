import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { advanceClock, notificationIds } from './support/chase-helpers';
import { screenshot, SCREENSHOT_DIR } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';

const DAY = 86_400_000;
/** A date input's value `n` days from today (the browser's zone, UTC on these machines, is the seller's). */
const inDays = (n: number) => new Date(Date.now() + n * DAY).toLocaleDateString('en-CA');

/** Adds a debt by hand on Settle's page and waits for its order page. */
async function addDebt(
  dashboard: Page,
  extensionId: string,
  name: string,
  amount: string,
  currency: string,
  what: string,
) {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/add`);
  await dashboard.locator('#debt-name').fill(name);
  await dashboard.locator('#debt-amount').fill(amount);
  await dashboard.locator('#debt-currency').selectOption(currency);
  await dashboard.locator('#debt-what').fill(what);
  await dashboard.locator('form.add-debt button[type=submit]').click();
  await dashboard.locator('form.act-case').waitFor();
}

/** The case panel alone, for a person to look at, beside the full page. */
async function panelShot(dashboard: Page, name: string) {
  await dashboard.locator('.case-panel').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await screenshot(dashboard, `${name}-page`);
}

async function alarmAt(page: Page): Promise<number | undefined> {
  type Chrome = { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> } };
  return page.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('settle-reminders'))?.scheduledTime,
  );
}

describe('case deadlines: one case on a buyer with three debts warns ahead of its deadline', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;
  let dashboard: Page;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
    dashboard = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('opens one case on all three, with the deadline Stripe gave the dispute: the alarm is set for a week before it', async () => {
    await addDebt(dashboard, browser.extensionId, 'Acme Ltd', '120', 'GBP', 'Invoice 7');
    await addDebt(dashboard, browser.extensionId, 'Acme Ltd', '80', 'GBP', 'Invoice 8');
    await addDebt(dashboard, browser.extensionId, 'Acme Ltd', '45', 'EUR', 'Invoice 9');
    expect(await dashboard.locator('.case-buyer-orders input[type=checkbox]').count()).toBe(2);
    await dashboard.locator('#act-case').selectOption('stripe');
    expect(await dashboard.locator('.case-window-hint').textContent()).toContain(
      'Stripe sets each dispute its own evidence due date',
    );
    const deadline = inDays(20);
    await dashboard.locator('#act-case-deadline').fill(deadline);
    for (const box of await dashboard.locator('.case-buyer-orders input[type=checkbox]').all()) await box.check();
    await dashboard.locator('form.act-case').screenshot({ path: join(SCREENSHOT_DIR, 'case-form-en.png') });
    await dashboard.locator('form.act-case button.open-case').click();
    await expect
      .poll(() => dashboard.locator('section[aria-labelledby="actions-h"] [role=status]').textContent())
      .toContain('one case is open on 3 orders');

    await dashboard.locator('.case-panel[data-case-orders="3"]').waitFor();
    expect(await dashboard.locator('.case-owed').textContent()).toBe('Owed across the case: €45.00 + £200.00');
    expect(await dashboard.locator('.case-dates li.deadline').textContent()).toContain('Deadline of this case');
    const orders = (await readStore<OrderRecord>(dashboard, 'shopOrders')).filter((o) => o.buyer.name === 'Acme Ltd');
    expect(new Set(orders.map((o) => o.openCaseId)).size).toBe(1);
    expect(orders.every((o) => o.chase.stage === 'case' && o.chase.case?.orders?.length === 3)).toBe(true);
    await panelShot(dashboard, 'case-panel-en');

    // Nothing near yet: no badge; the alarm wakes the background when the deadline's week begins.
    const due = Date.parse(`${deadline}T23:59:00Z`);
    await eventually(async () => (await alarmAt(popup.page)) === due - 7 * DAY, {
      what: 'the alarm a week before the deadline',
    });
    expect(await popup.badgeText()).toBe('');
    expect((await notificationIds(popup.page)).filter((id) => id.startsWith('settle-case|'))).toEqual([]);
  });

  it('two weeks later the deadline is near: the badge counts it, one notification opens the case, the popup says so', async () => {
    await advanceClock(popup.page, 14);
    await eventually(async () => (await popup.badgeText()) === '1', { what: 'badge "1": the case deadline near' });
    const ids = (await notificationIds(popup.page)).filter((id) => id.startsWith('settle-case|'));
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain(`chrome-extension://${browser.extensionId}/dashboard.html#/order/generic/manual/`);
    await popup.reload();
    expect(await popup.page.locator('.popup-case-dates').textContent()).toBe('Case deadlines soon: 1');
    await screenshot(popup.page, 'case-popup-en');

    // The next refresh does not announce it again.
    await advanceClock(popup.page, 0.01);
    await new Promise((r) => setTimeout(r, 500));
    expect((await notificationIds(popup.page)).filter((id) => id.startsWith('settle-case|'))).toEqual(ids);
  });

  it('once the deadline has passed it no longer counts', async () => {
    await advanceClock(popup.page, 7);
    await eventually(async () => (await popup.badgeText()) === '', { what: 'empty badge after the deadline' });
  });
});

describe('case panel in Chinese', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("shows the case on a buyer's two debts, their sum and the dates with their rules, in simplified Chinese", async () => {
    const dashboard = await browser.context.newPage();
    await addDebt(dashboard, browser.extensionId, '王芳', '880', 'CNY', '茶具一套');
    await addDebt(dashboard, browser.extensionId, '王芳', '120', 'CNY', '茶叶两盒');
    await dashboard.locator('#act-case').selectOption('court-mainland-china');
    await dashboard.locator('#act-case-deadline').fill(inDays(5));
    await dashboard.locator('.case-buyer-orders input[type=checkbox]').check();
    await dashboard.locator('form.act-case button.open-case').click();
    await dashboard.locator('.case-panel[data-case-orders="2"]').waitFor();
    expect(await dashboard.locator('.case-orders').textContent()).toContain('本案涵盖该买家在本店的 2 个订单：');
    expect(await dashboard.locator('.case-owed').textContent()).toBe('本案合计欠款：¥1,000.00');
    expect(await dashboard.locator('.case-dates li.deadline').textContent()).toContain('剩余不足 7 天。');
    expect(await dashboard.locator('.case-dates li.limitation').textContent()).toContain('《民法典》第一百八十八条');
    await panelShot(dashboard, 'case-panel-zh-CN');
  });
});
