import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore } from './support/extension-pages';
import { advanceClock, notificationIds, steps, timeline, panel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { OrderRecord } from '@/lib/model/order-record';

const ORDER_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';

/**
 * The chase, end to end: order 1042 (placed 19 Nov, pending) gets its friendly reminder, two days
 * later its firm one, then a part payment recorded in Settle, then the console shows it paid.
 */
/** The timeline without the page captures each sent reminder keeps (tests/e2e/evidence-capture.test.ts checks those). */
const chaseSteps = (events: Parameters<typeof steps>[0]) => steps(events).filter((s) => s !== 'evidence_added');

describe('chase: a pending order through two reminders, a part payment and payment in full', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;
  let page: Page;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
    page = await browser.context.newPage();
    // The panel's frame comes after the page: a short wait per try, retried by expect.poll.
    page.setDefaultTimeout(3_000);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('shows the overdue friendly reminder on the order page, counts it on the badge and notifies once', async () => {
    await page.goto(ORDER_PAGE);
    await expect
      .poll(() => panel(page).locator('button.send').textContent(), { timeout: 15_000 })
      .toBe('Send reminder');
    const text = await panel(page).textContent();
    expect(text).toContain('Order #1042 · Jane Doe owes $1,238.80');
    expect(text).toContain('Next reminder: Friendly reminder — due now');
    expect(await panel(page).locator('.draft').textContent()).toContain('$1,238.80');
    await eventually(async () => (await popup.badgeText()) === '1', { what: 'badge "1": one reminder due' });
    expect((await notificationIds(popup.page)).some((id) => id.includes('1042'))).toBe(true);
    await screenshot(page, 'chase-panel-due-en');
  });

  it('sends the first reminder as a note to the customer and logs the words that went out', async () => {
    const draft = (await panel(page).locator('.draft').textContent())!;
    await panel(page).locator('button.send').dblclick();
    await expect
      .poll(() => panel(page).locator('[role=status]').first().textContent(), { timeout: 20_000 })
      .toContain('Reminder sent and logged.');
    // WooCommerce shows the note on the order and "emails" it to the buyer (the demo's outbox): once.
    expect(await page.locator('ul.order_notes li.customer-note').first().textContent()).toContain('$1,238.80');
    expect(demo.outbox().filter((m) => m.kind === 'customer-note' && m.orderId === '1042')).toHaveLength(1);
    const events = await timeline(popup.page, '1042');
    expect(chaseSteps(events)).toEqual(['detected', 'chase:reminder_sent:friendly']);
    expect(events[1]!.data.message).toMatchObject({ channel: 'console-form', text: draft });
    await eventually(async () => (await popup.badgeText()) === '', { what: 'empty badge after sending' });
    await expect.poll(() => panel(page).textContent(), { timeout: 15_000 }).toContain('Next reminder: Firm reminder');
    await screenshot(page, 'chase-panel-sent-en');
  });

  it('two days later the firm reminder is due, and is sent', async () => {
    await advanceClock(popup.page, 2);
    await eventually(async () => (await popup.badgeText()) === '1', { what: 'badge "1": the firm reminder due' });
    await page.reload();
    await expect
      .poll(() => panel(page).textContent(), { timeout: 15_000 })
      .toContain('Next reminder: Firm reminder — due now');
    await panel(page).locator('button.send').click();
    await expect
      .poll(() => panel(page).locator('[role=status]').first().textContent(), { timeout: 20_000 })
      .toContain('Reminder sent and logged.');
    const events = await timeline(popup.page, '1042');
    expect(chaseSteps(events)).toEqual(['detected', 'chase:reminder_sent:friendly', 'chase:reminder_sent:firm']);
    expect(events.filter((e) => e.data.type === 'chase').at(-1)!.data.to).toBe('reminded');
    const order = (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === '1042')!;
    expect(order.chase).toMatchObject({ stage: 'reminded', remindersSent: 2, lastTone: 'firm' });
    await eventually(async () => (await popup.badgeText()) === '', { what: 'empty badge after the firm reminder' });
  });

  it('records a part payment in Settle: what is owed drops, the chase goes on', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(
      `chrome-extension://${browser.extensionId}/dashboard.html#/order/woocommerce/http%3A%2F%2Fshop.test/1042`,
    );
    await dashboard.locator('#act-payment').fill('238.80');
    await dashboard.locator('form.act-payment button[type=submit]').click();
    await expect.poll(() => dashboard.locator('.owed').textContent()).toBe('$1,000.00');
    expect(await dashboard.locator('.stage').textContent()).toContain('partly paid');
    expect(await dashboard.locator('.timeline li').last().textContent()).toContain(
      'Payment of $238.80 recorded; now partly paid',
    );
    await screenshot(dashboard, 'chase-dashboard-part-paid-en');
    await dashboard.close();
    // The order page, read again, still shows WooCommerce's total; Settle keeps what is owed.
    await page.reload();
    await expect.poll(() => panel(page).textContent(), { timeout: 15_000 }).toContain('Jane Doe owes $1,000.00');
    expect(await panel(page).locator('.draft').textContent()).not.toContain('$1,238.80');
    expect(steps(await timeline(popup.page, '1042')).at(-1)).toBe('chase:payment_recorded');
    await eventually(async () => (await popup.badgeText()) === '', {
      what: 'nothing due right after the firm reminder',
    });
  });

  it('pays in full on the console: a stale order page refuses to send, and the order closes by itself', async () => {
    await advanceClock(popup.page, 5);
    await page.reload();
    await expect.poll(() => panel(page).textContent(), { timeout: 15_000 }).toContain('Final notice');
    // The buyer pays; the seller sees it on the orders list in another tab, while this page still shows it pending.
    demo.setStatus('shop.test', '1042', 'processing');
    const list = await browser.context.newPage();
    await list.goto('http://shop.test/wp-admin/admin.php?page=wc-orders');
    await eventually(
      async () =>
        (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === '1042')?.open === 0,
      { what: 'order 1042 closed from the list' },
    );
    await list.close();
    await panel(page).locator('button.send').click();
    await expect
      .poll(() => panel(page).locator('.status.error').textContent(), { timeout: 15_000 })
      .toContain('The reminder was not sent');
    expect(steps(await timeline(popup.page, '1042')).filter((s) => s.startsWith('chase:reminder_sent'))).toHaveLength(
      2,
    );
    expect(demo.outbox().filter((m) => m.orderId === '1042')).toHaveLength(2);

    await page.reload();
    await expect
      .poll(() => panel(page).textContent(), { timeout: 15_000 })
      .toContain('Order #1042 · Jane Doe · Paid in full');
    expect(await panel(page).locator('button.send').count()).toBe(0);
    // Read on the list (paid), then on this page again (its payment link gone: a detail change).
    expect(chaseSteps(await timeline(popup.page, '1042'))).toEqual([
      'detected',
      'chase:reminder_sent:friendly',
      'chase:reminder_sent:firm',
      'chase:payment_recorded',
      'status_changed',
      'chase:console_paid',
      'details_changed',
    ]);
    // No reminder is planned for it (the badge now counts the list's other unpaid orders).
    const order = (await readStore<OrderRecord>(popup.page, 'shopOrders')).find((o) => o.orderId === '1042')!;
    expect(order).toMatchObject({
      open: 0,
      status: 'paid',
      chase: { stage: 'paid', remindersSent: 2, paidInSettle: 23880 },
    });
    expect(order.nextDueAt).toBeUndefined();
    await screenshot(page, 'chase-panel-paid-en');
  });
});
