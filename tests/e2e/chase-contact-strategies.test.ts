import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { timeline, panel, waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';

const sentWith = async (extensionPage: Page, orderId: string) =>
  (await timeline(extensionPage, orderId))
    .filter((e) => e.data.change?.type === 'reminder_sent')
    .map((e) => e.data.message);

/** Opens an order page, picks a channel in the panel and presses Send. */
async function sendFrom(page: Page, url: string, channel: string) {
  await page.goto(url);
  await waitForPanel(page);
  await panel(page).locator('select').nth(1).selectOption(channel);
  await panel(page).locator('button.send').click();
}

describe('chase: one reminder through each contact strategy on the demo console', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('WooCommerce customer note: the note appears on the order and WooCommerce mails it', async () => {
    const page = await browser.context.newPage();
    // The panel's frame comes after the page: a short wait per try, retried by expect.poll.
    page.setDefaultTimeout(3_000);
    await sendFrom(page, 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1040', 'console-form');
    await expect
      .poll(() => panel(page).locator('[role=status]').first().textContent(), { timeout: 20_000 })
      .toContain('Reminder sent and logged.');
    expect(await page.locator('ul.order_notes li.customer-note').first().textContent()).toContain('Acme Corp');
    expect(demo.outbox().filter((m) => m.orderId === '1040')).toEqual([
      expect.objectContaining({ kind: 'customer-note' }),
    ]);
    expect(await sentWith(popup.page, '1040')).toEqual([
      expect.objectContaining({ channel: 'console-form', text: expect.stringContaining('Acme Corp') }),
    ]);
    await page.close();
  });

  it('WooCommerce “Email invoice / order details to customer”: the order action runs and is logged as such', async () => {
    const page = await browser.context.newPage();
    // The panel's frame comes after the page: a short wait per try, retried by expect.poll.
    page.setDefaultTimeout(3_000);
    await sendFrom(page, 'http://laden.test/wp-admin/admin.php?page=wc-orders&action=edit&id=3301', 'console-invoice');
    // WordPress saves the order form and shows the edit page again, with WooCommerce's note.
    await expect
      .poll(() => page.locator('ul.order_notes li.system-note').first().textContent(), { timeout: 20_000 })
      .toContain('Order details manually sent to customer.');
    expect(demo.outbox().filter((m) => m.orderId === '3301')).toEqual([
      expect.objectContaining({ kind: 'order-details' }),
    ]);
    expect(await sentWith(popup.page, '3301')).toEqual([
      expect.objectContaining({
        channel: 'console-invoice',
        text: '[Sent with the console’s own order action “Send order details to customer”]',
      }),
    ]);
    // The page reloaded under the panel: the fresh one says the email went, and Send waits for the buyer's 24 hours.
    await expect
      .poll(() => panel(page).locator('.last-send').textContent(), { timeout: 20_000 })
      .toMatch(/^Last reminder: WooCommerce order details email \(with the payment link\), sent .+\.$/);
    expect(await panel(page).locator('button.send').isDisabled()).toBe(true);
    expect(await panel(page).locator('.send-held').textContent()).toContain(
      'You reminded this buyer in the last 24 hours',
    );
    await page.close();
  });

  it('mail draft: a mailto: link to the billing email with the whole reminder, logged with its recipient', async () => {
    const page = await browser.context.newPage();
    // The panel's frame comes after the page: a short wait per try, retried by expect.poll.
    page.setDefaultTimeout(3_000);
    await sendFrom(page, 'http://shop.example.cn/wp-admin/post.php?post=2088&action=edit', 'mail-draft');
    const again = panel(page).locator('.status.ok a');
    await again.waitFor({ timeout: 20_000 });
    const href = (await again.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:zhangwei@example\.cn\?subject=/);
    const [message] = await sentWith(popup.page, '2088');
    expect(message).toMatchObject({ channel: 'mail-draft', recipient: 'zhangwei@example.cn' });
    expect(decodeURIComponent(href.split('&body=')[1]!).replace(/\r\n/g, '\n')).toBe(message!.text);
    await page.close();
  });

  it('copied text: on the clipboard, logged', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.context.newPage();
    // The panel's frame comes after the page: a short wait per try, retried by expect.poll.
    page.setDefaultTimeout(3_000);
    await sendFrom(page, 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042', 'copied');
    await expect
      .poll(() => panel(page).locator('[role=status]').first().textContent(), { timeout: 20_000 })
      .toContain('Copied.');
    const [message] = await sentWith(popup.page, '1042');
    expect(message).toMatchObject({ channel: 'copied' });
    // The console is plain http (no Clipboard API there): read the clipboard from an extension page.
    await popup.page.bringToFront();
    expect(
      await popup.page.evaluate(() => navigator.clipboard.readText().catch((e: Error) => `unreadable: ${e.message}`)),
    ).toBe(message!.text);
    await page.close();
  });

  it('orders added by hand: copied text, an SMS QR code and a mail draft from the dashboard, each logged', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/add`);
    await dashboard.locator('#debt-name').fill('Northwind Traders');
    await dashboard.locator('#debt-email').fill('ap@northwind.test');
    await dashboard.locator('#debt-phone').fill('+44 7700 900123');
    await dashboard.locator('#debt-amount').fill('450');
    await dashboard.locator('#debt-what').fill('Invoice 2026-031: catering');
    await dashboard.locator('form.add-debt button[type=submit]').click();
    await dashboard.locator('[data-testid="manual-draft"]').waitFor();
    const orderId = decodeURIComponent(new URL(dashboard.url()).hash.split('/').pop()!);
    expect(orderId).toMatch(/^M-\d{8}-[0-9A-Z]{4}$/);
    await screenshot(dashboard, 'dashboard-manual-debt-en');

    // One reminder per buyer per day: each next send moves the (test build's) clock a day on.
    const nextDay = () =>
      dashboard.evaluate(async () => {
        type C = {
          storage: { local: { get(k: string): Promise<Record<string, number>>; set(o: object): Promise<void> } };
        };
        const chrome = (globalThis as unknown as { chrome: C }).chrome;
        const before = Number((await chrome.storage.local.get('test-clock-offset-ms'))['test-clock-offset-ms'] ?? 0);
        await chrome.storage.local.set({ 'test-clock-offset-ms': before + 86_400_000 });
      });
    const status = () => dashboard.locator('.manual-reminder [role=status]').textContent();

    await dashboard.locator('button[data-channel="copied"]').click();
    await expect.poll(status).toContain('Reminder logged (Copy the text).');
    await expect
      .poll(() => dashboard.locator('.manual-reminder .error').textContent())
      .toContain('You reminded this buyer in the last 24 hours');

    await nextDay();
    await dashboard.reload();
    const qr = dashboard.locator('figure[data-channel="sms-qr"]');
    await qr.waitFor();
    // Drawn as runs of dark modules in one path: a real code has well over a hundred.
    expect((await qr.locator('svg path').getAttribute('d'))!.match(/M/g)!.length).toBeGreaterThan(100);
    await screenshot(dashboard, 'dashboard-sms-qr-en');
    await qr.locator('button').click();
    await expect.poll(status).toContain('Text message (QR code for your phone)');

    await nextDay();
    await dashboard.reload();
    const mail = dashboard.locator('a[data-channel="mail-draft"]');
    expect(await mail.getAttribute('href')).toMatch(/^mailto:ap@northwind\.test\?subject=.+&body=.+/);
    // No mail program here: the click is logged, the browser is kept from handing mailto: on.
    await mail.evaluate((a) => {
      a.addEventListener('click', (e) => e.preventDefault());
      (a as HTMLElement).click();
    });
    await expect.poll(status).toContain('Mail draft to the buyer');

    const messages = (await timeline(popup.page, orderId))
      .filter((e) => e.data.change?.type === 'reminder_sent')
      .map((e) => e.data.message!);
    expect(messages.map((m) => m.channel)).toEqual(['copied', 'sms-qr', 'mail-draft']);
    expect(messages[1]!.recipient).toBe('+447700900123');
    expect(messages[2]!.recipient).toBe('ap@northwind.test');
    // The text message is shortened to fit a phone's message; the mail carries the whole reminder.
    expect(Array.from(messages[1]!.text).length).toBeLessThanOrEqual(260);
    const order = (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === orderId)!;
    expect(order).toMatchObject({
      marketplace: 'generic',
      chase: { remindersSent: 3 },
      total: { amount: 45000, currency: 'USD' },
    });
    await dashboard.close();
  });
});

describe('chase: the order page panel in Chinese', () => {
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

  it('drafts in Simplified Chinese on a Chinese console, and in Traditional when the seller picks it', async () => {
    const page = await browser.context.newPage();
    // The panel's frame comes after the page: a short wait per try, retried by expect.poll.
    page.setDefaultTimeout(3_000);
    await page.goto('http://shop.example.cn/wp-admin/edit.php?post_type=shop_order');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await eventually(async () => (await readStore<OrderRecord>(popup.page, 'shopOrders')).length > 3, {
      what: 'the Chinese list read',
    });
    await page.goto('http://shop.example.cn/wp-admin/post.php?post=2088&action=edit');
    await expect.poll(() => panel(page).textContent(), { timeout: 15_000 }).toContain('订单 #2088 · 张伟 欠款 ¥298.00');
    const text = (await panel(page).textContent())!;
    expect(text).toContain('发送提醒');
    expect(await panel(page).locator('.draft').textContent()).toContain('张伟您好');
    await screenshot(page, 'chase-panel-due-zh-CN');
    await panel(page).locator('select').first().selectOption('zh_TW');
    // Traditional wording; the buyer's name stays as the console wrote it.
    await expect
      .poll(() => panel(page).locator('.draft').textContent(), { timeout: 15_000 })
      .toContain('张伟 您好：\n\n感謝您的訂購');
    await page.close();
  });
});
