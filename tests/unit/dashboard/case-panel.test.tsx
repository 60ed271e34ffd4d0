import { describe, expect, it } from 'vitest';
import { ingestSnapshots } from '@/lib/db/ingest';
import { getOrderEvents } from '@/lib/db/queries';
import { appendEvents } from '@/lib/db/append-events';
import { openCase } from '@/lib/db/open-case';
import { saveChaseSettings } from '@/lib/db/settings';
import { formatDateTime } from '@/components/format';
import type { OrderKey } from '@/lib/model/order-record';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';
import { SETTINGS, useDashboard } from './dashboard-harness';

const d = useDashboard('case-panel');
const SHOP = 'http://shop.test';
const key = (orderId: string): OrderKey => ['woocommerce', SHOP, orderId];
const page = (orderId: string) => `#/order/woocommerce/${encodeURIComponent(SHOP)}/${orderId}`;
/** A date input's value `n` days from today, in the harness's zone (UTC). */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'UTC' });
const endOf = (date: string) => `${date}T23:59:00.000Z`;

/** Jane owes on three orders at one shop (two in dollars, one in euros); one more is paid; Omar owes on another. */
async function seedBuyer() {
  await saveChaseSettings(d.page.db, SETTINGS);
  const order = (orderId: string, amount: number, currency: string, extra = {}) =>
    createSnapshot({
      orderId,
      url: `${SHOP}/wp-admin/post.php?post=${orderId}&action=edit`,
      total: { amount, currency },
      amountDue: { amount, currency },
      placedAt: `2026-11-1${orderId.at(-1)}T10:00:00Z`,
      ...extra,
    });
  await ingestSnapshots(
    d.page.db,
    [
      order('1', 123880, 'USD'),
      order('2', 4500, 'USD'),
      order('3', 8800, 'EUR'),
      order('4', 1000, 'USD', { status: 'paid', statusText: 'Completed', amountDue: undefined }),
      order('5', 900, 'USD', { buyer: { name: 'Omar Haddad' } }),
    ],
    '2026-11-20T10:00:00.000Z',
  );
}

async function waitForStep(orderId: string, type: string) {
  for (let i = 0; i < 100; i++) {
    const last = (await getOrderEvents(d.page.db, key(orderId))).at(-1)?.data;
    if (last?.type === 'chase' && last.change.type === type) return last;
    await d.tick();
  }
  throw new Error(`No ${type} on order ${orderId}. Page: ${d.text()}`);
}

describe('dashboard: a case on a buyer with several orders', () => {
  it("opens one case on the buyer's open orders at the shop from the order's page, with the deadline the venue gave it", async () => {
    useLocale('en');
    await seedBuyer();
    d.mount(page('1'));
    await d.waitFor('form.act-case');
    // Only Jane's other open orders at this shop may join: not the paid one, not Omar's.
    expect(d.$$('.case-buyer-orders input[type=checkbox]').map((i) => (i as HTMLInputElement).value)).toEqual([
      '3',
      '2',
    ]);
    expect(d.$('.case-buyer-orders').textContent).toContain('#3 · €88.00');

    d.choose('#act-case', 'court-england-wales');
    d.type('#act-case-deadline', inDays(20));
    for (const box of d.$$('.case-buyer-orders input[type=checkbox]')) {
      (box as HTMLInputElement).checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await d.submit('form.act-case');
    const step = await waitForStep('1', 'case_opened');
    expect(step.change).toMatchObject({
      venue: 'court-england-wales',
      orders: ['1', '3', '2'],
      deadline: endOf(inDays(20)),
    });
    await d.waitForText('Recorded: one case is open on 3 orders.');
    expect(d.onChanged).toHaveBeenCalledTimes(1);

    await d.waitFor('.case-panel[data-case-orders="3"]');
    expect(d.$$('.case-orders li').map((li) => li.getAttribute('data-order-id'))).toEqual(['1', '2', '3']);
    expect(d.$('.case-orders').textContent).toContain('This case covers 3 orders of this buyer at this shop:');
    expect(d.$('.case-owed').textContent).toBe('Owed across the case: €88.00 + $1,283.80');
    // Every date that matters, each with its rule: the deadline entered, the time limit of the order placed first.
    const dates = d.$$('.case-dates li');
    expect(dates.map((li) => li.getAttribute('data-kind'))).toEqual(['deadline', 'limitation']);
    expect(dates[0]!.textContent).toContain(
      `Deadline of this case: ${formatDateTime(endOf(inDays(20)), 'en-US')} (the date you entered)`,
    );
    expect(dates[0]!.getAttribute('data-soon')).toBe('false');
    expect(dates[1]!.textContent).toContain('Limitation Act 1980, s.5');
    expect(dates[1]!.textContent).toContain('(order #1)');
    expect(dates[1]!.textContent).toContain('Source: legislation.gov.uk/ukpga/1980/58/section/5');
    // The order's own timeline says which case it joined and with which orders.
    await d.waitFor('.timeline li[data-event="chase:case_opened"]');
    expect(d.$('.timeline li[data-event="chase:case_opened"]').textContent).toContain(
      `A case was opened (Small claims, England and Wales) — covering orders #1, #3, #2 — deadline ${formatDateTime(endOf(inDays(20)), 'en-US')}`,
    );

    // Order 2's own page shows the same case, with the other two orders.
    d.mount(page('2'));
    await d.waitFor('.order-detail[data-order-id="2"] .case-panel[data-case-orders="3"]');
    expect(d.$$('.case-orders li').map((li) => [li.getAttribute('data-order-id'), !!li.querySelector('a')])).toEqual([
      ['2', false],
      ['1', true],
      ['3', true],
    ]);
    expect(d.$('.case-orders a').getAttribute('href')).toBe(page('1'));
  });

  it('ticks the checklist from every order of the case', async () => {
    useLocale('en');
    await seedBuyer();
    await openCase(
      d.page.db,
      key('1'),
      { venue: 'paypal', withOrders: ['2'] },
      { now: new Date().toISOString(), url: 'x' },
    );
    await d.page.db.transaction('rw', d.page.db.events, d.page.db.chains, () =>
      appendEvents(d.page.db, [
        {
          marketplace: 'woocommerce',
          shop: SHOP,
          orderId: '2',
          at: new Date().toISOString(),
          url: '',
          data: {
            type: 'evidence_added',
            evidenceId: 1,
            kind: 'attachment',
            name: 'chat.png',
            mediaType: 'image/png',
            bytes: 3,
            sha256: 'a'.repeat(64),
          },
        },
      ]),
    );
    d.mount(page('1'));
    await d.waitFor('.case-panel .checklist li[data-item="attachments"]');
    expect(d.$('.case-panel .checklist li[data-item="attachments"]').getAttribute('data-done')).toBe('true');
    // PayPal's window: 180 days from the order date, with its source.
    expect(d.$('.case-dates li[data-kind="window"]').textContent).toContain('The window at PayPal closes');
    expect(d.$('.case-dates li[data-kind="window"]').textContent).toContain('within 180 days of the payment');
    expect(d.$('.case-dates li[data-kind="window"]').textContent).toContain('checked in the official text');
  });

  it('asks for the deadline a venue sets per dispute, then warns within the week and lets the seller clear it', async () => {
    useLocale('en');
    await seedBuyer();
    d.mount(page('5'));
    await d.waitFor('form.act-case');
    expect(d.has('.case-buyer-orders')).toBe(false); // Omar has no other open order
    d.choose('#act-case', 'stripe');
    await d.waitFor('.case-window-hint');
    expect(d.$('.case-window-hint').textContent).toBe(
      "Stripe sets each dispute its own evidence due date: enter it as this case's deadline.",
    );
    await d.submit('form.act-case');
    await d.waitFor('.case-panel[data-venue="stripe"] .no-deadline');
    expect(d.$('.no-deadline').textContent).toContain('No deadline entered for this case yet.');

    d.type('#case-deadline', inDays(3));
    await d.submit('form.case-deadline');
    await d.waitFor('.case-dates li.deadline[data-soon="true"]');
    const deadline = d.$('.case-dates li.deadline');
    expect(deadline.getAttribute('role')).toBe('alert');
    expect(deadline.textContent).toContain('Less than 7 days left.');
    // The deadline is the seller's; the rule that says the venue sets one per dispute goes with it, with its source.
    expect(deadline.textContent).toContain('Stripe sets each dispute its own evidence due date');
    expect(deadline.textContent).toContain('Source: Stripe API, Dispute.evidence_details.due_by');
    expect(d.has('.no-deadline')).toBe(false);
    await d.waitForText("Recorded: the case's deadline.");
    await d.waitFor('.timeline li[data-event="chase:case_deadline_set"]');
    expect(d.$('.timeline li[data-event="chase:case_deadline_set"]').textContent).toContain(
      `The case's deadline is now ${formatDateTime(endOf(inDays(3)), 'en-US')}`,
    );

    await d.click('button.clear-deadline');
    await d.waitFor('.no-deadline');
    expect((await d.page.db.orders.get(key('5')))!.chase.case!.deadline).toBeUndefined();
  });

  it('refuses a deadline in the past beside the field, and opens nothing', async () => {
    useLocale('en');
    await seedBuyer();
    d.mount(page('5'));
    await d.waitFor('form.act-case');
    d.type('#act-case-deadline', inDays(-2));
    await d.submit('form.act-case');
    await d.waitFor('#act-case-error');
    expect((await d.page.db.orders.get(key('5')))!.chase.stage).toBe('unpaid');
  });

  it('speaks Chinese: the orders of the case, the sum, the dates and their rules', async () => {
    useLocale('zh_CN');
    await seedBuyer();
    await openCase(
      d.page.db,
      key('1'),
      { venue: 'court-mainland-china', withOrders: ['2', '3'], deadline: endOf(inDays(5)) },
      { now: new Date().toISOString(), url: 'x' },
    );
    d.mount(page('1'), 'zh-CN');
    await d.waitFor('.case-panel[data-case-orders="3"]');
    expect(d.$('.case-orders').textContent).toContain('本案涵盖该买家在本店的 3 个订单：');
    expect(d.$('.case-owed').textContent).toBe('本案合计欠款：€88.00 + US$1,283.80');
    expect(d.$('.case-dates li.deadline').textContent).toContain('本案截止日期');
    expect(d.$('.case-dates li.deadline').textContent).toContain('剩余不足 7 天。');
    expect(d.$('.case-dates li.limitation').textContent).toContain('《民法典》第一百八十八条');
    expect(d.$('.case-dates li.limitation').textContent).toContain('（订单 #1）');
  });
});
