import { describe, expect, it } from 'vitest';
import { hrefOf, type Route } from '@/components/dashboard/route';
import { parsePhoneInput } from '@/components/dashboard/phone-input';
import { checkAmountInput } from '@/components/dashboard/amount-input';
import { addYears, checkComingDate, endOfDayIn, todayIn } from '@/components/dashboard/dates';
import { ingestSnapshots } from '@/lib/db/ingest';
import { getTotals } from '@/lib/db/queries';
import type { ChaseEvent } from '@/lib/model/chase';
import type { OrderEvent } from '@/lib/model/events';
import type { OrderRecord } from '@/lib/model/order-record';
import { useLocale } from '../support/i18n';
import { settle } from '../support/page-harness';
import { createSnapshot } from '../factories';
import { seedManualDebt, useDashboard } from './dashboard-harness';

/*
 * What a seller was seen to get wrong on the dashboard, and cannot any more: an overpayment that
 * closed the order silently, an absurd amount, a double click that recorded twice, dates that mean
 * nothing, a phone number that is not one, and a closing with no way back.
 */
const d = useDashboard('trust');
const ID = 'M-20261101-AB12';
/** The shop of orders added by hand (lib/model/shop.ts MANUAL_SHOP). */
const MANUAL = 'manual';

// Read the tables whole: these tests do not depend on how orders are keyed.
const stored = async (orderId = ID) => (await d.page.db.orders.toArray()).find((o) => o.orderId === orderId)!;
const steps = async (orderId = ID) =>
  (await d.page.db.events.toArray())
    .filter((e) => e.orderId === orderId && e.data.type === 'chase')
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
    .map((e) => e.data as Extract<OrderEvent['data'], { type: 'chase' }>);
const hrefOfOrder = (o: OrderRecord) =>
  hrefOf({
    page: 'order',
    marketplace: o.marketplace,
    shop: (o as { shop?: string }).shop,
    orderId: o.orderId,
  } as Route);
/** A date input's value `n` days from today (the harness's seller zone is UTC). */
const inDays = (n: number) => todayIn('UTC', Date.now() + n * 86_400_000);

/** The manual debt (GBP 120 unless overridden) open on its page, in English. */
async function openDebt(overrides: Parameters<typeof seedManualDebt>[1] = {}) {
  useLocale('en');
  await seedManualDebt(d.page.db, { shop: MANUAL, ...overrides });
  d.mount(hrefOfOrder(await stored()));
  await d.waitFor('form.act-payment');
}
const fire = (el: Element, type: 'submit' | 'click') =>
  el.dispatchEvent(
    type === 'submit'
      ? new Event('submit', { bubbles: true, cancelable: true })
      : new MouseEvent('click', { bubbles: true, cancelable: true }),
  );
/** Waits until the last step has had time to land (and a second one, if it were going to). */
async function quiet(count: number, orderId = ID) {
  for (let i = 0; i < 100 && (await steps(orderId)).length < count; i++) await d.tick();
  for (let i = 0; i < 5; i++) await d.tick();
}

describe('dashboard: a payment above what is owed', () => {
  it('is not recorded before the seller confirms it; the question says what is owed, what was typed and the difference', async () => {
    await openDebt({ total: { amount: 31520, currency: 'USD' }, amountDue: { amount: 31520, currency: 'USD' } });
    d.type('#act-payment', '1,000.50');
    await d.submit('form.act-payment');
    await d.waitFor('[data-confirm="confirm-overpayment"]');
    expect(d.$('[data-confirm="confirm-overpayment"] p').textContent).toBe(
      '$315.20 is owed, but you typed $1,000.50: $685.30 more than is owed. Record it as paid in full, with $685.30 kept apart as an overpayment?',
    );
    await quiet(0);
    expect(await steps()).toHaveLength(0);
    expect((await stored()).open).toBe(1);

    await d.click('[data-confirm="confirm-overpayment"] .confirm-no');
    await settle(() => !d.has('[data-confirm]'));
    expect(d.has('[data-confirm]')).toBe(false);
    expect(await steps()).toHaveLength(0);
    expect(d.onChanged).not.toHaveBeenCalled();
  });

  it('once confirmed, closes the order as paid and keeps the overpaid part apart, on the facts and the timeline', async () => {
    await openDebt({ total: { amount: 31520, currency: 'USD' }, amountDue: { amount: 31520, currency: 'USD' } });
    d.type('#act-payment', '1,000.50');
    await d.submit('form.act-payment');
    await d.waitFor('[data-confirm="confirm-overpayment"]');
    await d.click('[data-confirm="confirm-overpayment"] .confirm-yes');
    await quiet(1);
    const [step] = await steps();
    expect(step).toMatchObject({
      change: { type: 'payment_recorded', amount: 100050, overpaid: 68530 },
      from: 'unpaid',
      to: 'paid',
    });
    expect((await stored()).chase).toMatchObject({ stage: 'paid', paid: 31520, paidInSettle: 31520, overpaid: 68530 });
    expect((await stored()).open).toBe(0);
    await d.waitForText('Recorded as paid in full; $685.30 more than was owed is kept apart as an overpayment.');
    await d.waitFor('.timeline li[data-event="chase:payment_recorded"]');
    expect(d.$('.timeline li[data-event="chase:payment_recorded"]').textContent).toContain(
      'Payment of $1,000.50 recorded; now paid ($685.30 more than was owed, kept apart as an overpayment)',
    );
    expect(d.$('.overpaid').textContent).toBe('$685.30');
  });

  it('needs no question for exactly what is owed', async () => {
    await openDebt();
    d.type('#act-payment', '120');
    await d.submit('form.act-payment');
    await quiet(1);
    expect((await steps())[0]).toMatchObject({ change: { type: 'payment_recorded', amount: 12000 }, to: 'paid' });
    expect((await steps())[0]!.change).not.toHaveProperty('overpaid');
  });
});

describe('dashboard: absurd amounts', () => {
  it('refuses 99999999999999999999 as a payment, beside the field, and records nothing', async () => {
    await openDebt();
    d.type('#act-payment', '99999999999999999999');
    await d.submit('form.act-payment');
    await d.waitFor('#act-payment-error');
    expect(d.$('#act-payment-error').textContent).toBe('That is more than Settle accepts: at most £1,000,000,000.00.');
    expect(d.$('#act-payment').getAttribute('aria-invalid')).toBe('true');
    await quiet(0);
    expect(await steps()).toHaveLength(0);
    expect(d.has('[data-confirm]')).toBe(false);
  });

  it('refuses it as a settlement too', async () => {
    await openDebt();
    d.type('#act-settle', '99999999999999999999');
    d.type('form.act-settle input[aria-label="Reason"]', 'x');
    await d.submit('form.act-settle');
    await d.waitFor('#act-settle-error');
    expect(d.$('#act-settle-error').textContent).toBe('That is more than Settle accepts: at most £1,000,000,000.00.');
    expect(await steps()).toHaveLength(0);
  });

  it('refuses it as a debt added by hand, and keeps the popup’s total sane', async () => {
    useLocale('en');
    d.mount('#/add');
    await d.waitFor('form.add-debt');
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-amount', '99999999999999999999');
    d.choose('#debt-currency', 'GBP');
    d.type('#debt-what', 'Invoice 7');
    await d.submit('form.add-debt');
    await d.waitFor('#debt-amount-error');
    expect(d.$('#debt-amount-error').textContent).toBe('That is more than Settle accepts: at most £1,000,000,000.00.');
    expect(d.$('#debt-amount').getAttribute('aria-invalid')).toBe('true');
    expect(await d.page.db.orders.count()).toBe(0);
    expect((await getTotals(d.page.db)).openDueByCurrency).toEqual({});
  });

  it('reads the bound exactly: 1,000,000,000.00 passes, a cent more does not, in minor units that are always safe integers', () => {
    useLocale('en');
    expect(checkAmountInput('1,000,000,000.00', 'USD', 'en-US')).toEqual({ ok: true, minor: 100_000_000_000 });
    expect(checkAmountInput('1,000,000,000.01', 'USD', 'en-US')).toMatchObject({
      ok: false,
      error: 'That is more than Settle accepts: at most $1,000,000,000.00.',
    });
    expect(checkAmountInput('1000000000', 'JPY', 'en-US')).toEqual({ ok: true, minor: 1_000_000_000 });
    expect(checkAmountInput('9'.repeat(400), 'KWD', 'en-US')).toMatchObject({ ok: false });
    expect(checkAmountInput('0', 'USD', 'en-US')).toEqual({
      ok: false,
      error: 'Enter an amount above zero, such as 120 or 1,238.80.',
    });
    // A billion dong is a real invoice (about 40,000 US dollars): currencies with a tiny unit go a thousand times higher.
    expect(checkAmountInput('2.000.000.000', 'VND', 'en-US')).toEqual({ ok: true, minor: 2_000_000_000 });
  });
});

describe('dashboard: a double click records once', () => {
  /** Fires twice in the same tick (before the page can re-render), watching whether a button turned disabled while the write ran. */
  async function twice(target: () => Element, type: 'submit' | 'click', count = 1) {
    const before = (await steps()).length;
    let disabledSeen = false;
    const observer = new MutationObserver(() => {
      if (d.page.root.querySelector('button[disabled]')) disabledSeen = true;
    });
    observer.observe(d.page.root, { attributes: true, subtree: true, attributeFilter: ['disabled'] });
    const el = target();
    fire(el, type);
    fire(el, type);
    await quiet(before + count);
    observer.disconnect();
    return { added: (await steps()).slice(before), disabledSeen };
  }
  const element = (sel: string) => (): Element => d.$(sel);
  const typing =
    (...pairs: [string, string][]) =>
    (): void =>
      pairs.forEach(([sel, value]) => d.type(sel, value));
  const cases: [string, () => void, () => Element, 'submit' | 'click', ChaseEvent['type']][] = [
    ['record payment', typing(['#act-payment', '25.50']), element('form.act-payment'), 'submit', 'payment_recorded'],
    [
      'plan',
      typing(
        ['form.act-plan input[aria-label="First instalment due"]', inDays(30)],
        ['form.act-plan input[aria-label="Days between instalments"]', '14'],
      ),
      element('form.act-plan'),
      'submit',
      'plan_agreed',
    ],
    ['extension', typing(['#act-until', inDays(10)]), element('form.act-extension'), 'submit', 'extension_granted'],
    ['promise', typing(['#act-promise', inDays(7)]), element('form.act-promise'), 'submit', 'promise_recorded'],
    ['pause', typing(), element('form.act-pause'), 'submit', 'paused'],
    ['case', typing(), element('form.act-case'), 'submit', 'case_opened'],
    [
      'settle',
      typing(['#act-settle', '80'], ['form.act-settle input[aria-label="Reason"]', 'Damaged']),
      element('form.act-settle'),
      'submit',
      'settled',
    ],
  ];
  it.each(cases)('%s', async (_name, prepare, target, type, expected) => {
    await openDebt();
    prepare();
    await d.tick();
    const { added, disabledSeen } = await twice(target, type);
    expect(added.map((s) => s.change.type)).toEqual([expected]);
    expect(d.has('[role=alert]')).toBe(false);
    expect(disabledSeen).toBe(true);
    expect(d.onChanged).toHaveBeenCalledTimes(1);
  });

  it('resume, pause this buyer', async () => {
    await openDebt();
    await d.submit('form.act-pause');
    await quiet(1);
    await d.waitForText('Resume');
    await d.tick();
    expect((await twice(() => d.$('form.act-pause'), 'submit')).added.map((s) => s.change.type)).toEqual(['resumed']);
    await d.waitFor('button.pause-buyer');
    await d.tick();
    const { added } = await twice(() => d.$('button.pause-buyer'), 'click');
    expect(added.map((s) => s.change.type)).toEqual(['paused']);
    await d.waitForText('Every reminder to this buyer is paused (1 open order);');
  });

  it('paid in full and write off: the confirming button', async () => {
    await openDebt();
    await d.click('button.paid-in-full');
    await d.waitFor('[data-confirm="confirm-paid-in-full"]');
    expect((await twice(() => d.$('[data-confirm] .confirm-yes'), 'click')).added.map((s) => s.change.type)).toEqual([
      'payment_recorded',
    ]);
    expect((await stored()).chase.paid).toBe(12000);
    await d.waitFor('button.reopen');
    expect((await twice(() => d.$('button.reopen'), 'click')).added.map((s) => s.change.type)).toEqual(['reopened']);
    await d.waitFor('form.act-write-off');
    d.type('#act-write-off', 'Company dissolved');
    await d.submit('form.act-write-off');
    await d.waitFor('[data-confirm="confirm-write-off"]');
    expect((await twice(() => d.$('[data-confirm] .confirm-yes'), 'click')).added.map((s) => s.change.type)).toEqual([
      'written_off',
    ]);
    expect(d.has('[role=alert]')).toBe(false);
  });

  it('add debt', async () => {
    useLocale('en');
    d.mount('#/add');
    await d.waitFor('form.add-debt');
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-amount', '120');
    d.type('#debt-what', 'Invoice 7');
    await d.tick();
    let disabledSeen = false;
    const observer = new MutationObserver(() => {
      if (d.page.root.querySelector('form.add-debt button[disabled]')) disabledSeen = true;
    });
    observer.observe(d.page.root, { attributes: true, subtree: true, attributeFilter: ['disabled'] });
    const form = d.$('form.add-debt');
    fire(form, 'submit');
    fire(form, 'submit');
    await d.waitFor('article.order-detail');
    for (let i = 0; i < 5; i++) await d.tick();
    observer.disconnect();
    expect(await d.page.db.orders.count()).toBe(1);
    expect(d.onChanged).toHaveBeenCalledTimes(1);
    expect(disabledSeen).toBe(true);
  });
});

describe('dashboard: dates mean what they say', () => {
  it.each([
    [
      'a plan’s first instalment',
      'form.act-plan',
      'form.act-plan input[aria-label="First instalment due"]',
      'act-plan',
    ],
    ['more time', 'form.act-extension', '#act-until', 'act-extension'],
    ['a promise to pay', 'form.act-promise', '#act-promise', 'act-promise'],
  ])(
    'refuses %s in the past or more than ten years ahead, beside the field; today is fine',
    async (_what, form, input, id) => {
      await openDebt();
      for (const [date, message] of [
        ['2020-01-01', 'Choose today or a later date.'],
        [inDays(-1), 'Choose today or a later date.'],
        [addYears(inDays(1), 10), 'Choose a date within 10 years from today.'],
      ]) {
        d.type(input, date!);
        await d.submit(form);
        await d.waitFor(`#${id}-error`);
        expect(d.$(`#${id}-error`).textContent, date).toBe(message);
      }
      expect(await steps()).toHaveLength(0);
      d.type(input, inDays(0));
      await d.submit(form);
      await quiet(1);
      expect(await steps()).toHaveLength(1);
      const change = (await steps())[0]!.change as Extract<
        ChaseEvent,
        { type: 'plan_agreed' | 'extension_granted' | 'promise_recorded' }
      >;
      // The end of today in the seller's zone (UTC here): still ahead.
      const due =
        change.type === 'plan_agreed'
          ? change.instalments[0]!.dueAt
          : change.type === 'extension_granted'
            ? change.until
            : change.by;
      expect(due).toBe(endOfDayIn(inDays(0), 'UTC'));
    },
  );

  it('takes "today" in the seller’s zone, not this computer’s', () => {
    const at = Date.parse('2026-12-02T20:00:00Z'); // already 3 December in Shanghai, still 2 December in New York
    expect(todayIn('Asia/Shanghai', at)).toBe('2026-12-03');
    expect(todayIn('America/New_York', at)).toBe('2026-12-02');
    expect(checkComingDate('2026-12-02', 'Asia/Shanghai', at)).toBe('dashErrDatePast');
    expect(checkComingDate('2026-12-02', 'America/New_York', at)).toBeUndefined();
    expect(endOfDayIn('2026-12-03', 'Asia/Shanghai')).toBe('2026-12-03T15:59:00.000Z');
    expect(checkComingDate('2026-02-30', 'UTC', at)).toBe('dashErrDate');
  });

  async function addDebt(fields: { date?: string; due?: string; phone?: string }, locale = 'en-US') {
    useLocale('en');
    d.mount('#/add', locale);
    await d.waitFor('form.add-debt');
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-amount', '120');
    d.type('#debt-what', 'Invoice 7');
    if (fields.date !== undefined) d.type('#debt-date', fields.date);
    if (fields.due !== undefined) d.type('#debt-due', fields.due);
    if (fields.phone !== undefined) d.type('#debt-phone', fields.phone);
    await d.submit('form.add-debt');
    await settle(() => location.hash !== '#/add' || d.has('.add-debt .error'));
  }

  it('refuses a sale dated in the future', async () => {
    await addDebt({ date: '2030-01-01' });
    expect(d.$('#debt-date-error').textContent).toBe('The date of the sale cannot be in the future.');
    expect(d.$('#debt-date').getAttribute('aria-invalid')).toBe('true');
    expect(await d.page.db.orders.count()).toBe(0);
  });

  it.each([
    ['2014-01-01', '2014-02-01'],
    [inDays(-30), addYears(inDays(1), 10)],
  ])('refuses a sale of %s due %s: more than ten years from today', async (date, due) => {
    await addDebt({ date, due });
    expect(d.$('#debt-due-error').textContent).toBe('Choose a due date within 10 years of today.');
    expect(await d.page.db.orders.count()).toBe(0);
  });

  it('takes a sale of today, and a due date in the past or the future', async () => {
    for (const due of [inDays(-10), inDays(60)]) {
      await addDebt({ date: inDays(-20), due });
      await d.waitFor('article.order-detail');
    }
    await addDebt({ date: todayIn() });
    await d.waitFor('article.order-detail');
    expect(await d.page.db.orders.count()).toBe(3);
  });
});

describe('dashboard: a buyer’s phone number', () => {
  it('refuses one that is not a number, beside the field', async () => {
    useLocale('en');
    d.mount('#/add');
    await d.waitFor('form.add-debt');
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-phone', 'call me maybe');
    d.type('#debt-amount', '120');
    d.type('#debt-what', 'Invoice 7');
    await d.submit('form.add-debt');
    await d.waitFor('#debt-phone-error');
    expect(d.$('#debt-phone-error').textContent).toBe(
      'This does not look like a phone number. For a number abroad, start with + and the country code, such as +44 7700 900123.',
    );
    expect(d.$('#debt-phone').getAttribute('aria-invalid')).toBe('true');
    expect(d.$<HTMLInputElement>('#debt-phone').value).toBe('call me maybe');
    expect(await d.page.db.orders.count()).toBe(0);
  });

  it.each([
    ['+44 7700 900123', 'en-US', '+447700900123'],
    ['(202) 456-1111', 'en-US', '+12024561111'],
    ['07700 900123', 'en-GB', '+447700900123'],
    ['138 0013 8000', 'zh-CN', '+8613800138000'],
    ['0912-345-678', 'zh-TW', '+886912345678'],
  ])('stores %s (typed in %s) as %s', async (typed, locale, e164) => {
    useLocale('en');
    d.mount('#/add', locale);
    await d.waitFor('form.add-debt');
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-phone', typed);
    d.type('#debt-amount', '120');
    d.type('#debt-what', 'Invoice 7');
    await d.submit('form.add-debt');
    await d.waitFor('article.order-detail');
    expect((await d.page.db.orders.toArray())[0]!.buyer.phone).toBe(e164);
  });

  it.each([
    'call me maybe',
    '12345',
    '555-1234',
    '+44 7700 9001234567',
    '+447700900123 or email',
    '+1 (202) 456-1111 ext. 5 please',
  ])('is not read from “%s”', (typed) => {
    expect(parsePhoneInput(typed, 'en-US')).toBeNull();
  });
});

describe('dashboard: closing an order asks once and can be undone', () => {
  it('asks before recording paid in full; going back records nothing', async () => {
    await openDebt();
    await d.click('button.paid-in-full');
    await d.waitFor('[data-confirm="confirm-paid-in-full"]');
    expect(d.$('[data-confirm="confirm-paid-in-full"] p').textContent).toBe(
      'Record £120.00 as received and close this order as paid? Reminders stop. You can reopen it afterwards.',
    );
    expect(d.$('[data-confirm] .confirm-yes').textContent).toBe('Yes, paid in full');
    await d.click('[data-confirm] .confirm-no');
    await settle(() => !d.has('[data-confirm]'));
    await quiet(0);
    expect(await steps()).toHaveLength(0);
    expect((await stored()).open).toBe(1);
  });

  it('reopens an order paid in full to where it was: open again, owed again, in the totals, on the timeline', async () => {
    await openDebt();
    d.type('#act-payment', '20');
    await d.submit('form.act-payment');
    await quiet(1);
    await d.waitForText('Payment recorded.');
    await d.click('button.paid-in-full');
    await d.waitFor('[data-confirm="confirm-paid-in-full"]');
    expect(d.$('[data-confirm] p').textContent).toContain('£100.00');
    await d.click('[data-confirm] .confirm-yes');
    await quiet(2);
    expect(await stored()).toMatchObject({ open: 0, chase: { stage: 'paid', paid: 12000 } });
    expect((await getTotals(d.page.db)).openDueByCurrency).toEqual({});

    await d.waitFor('button.reopen');
    expect(d.$('section.reopen').textContent).toContain(
      'Closed by mistake? Reopen it: it goes back to where it was (partly paid).',
    );
    await d.click('button.reopen');
    await quiet(3);
    expect((await steps()).at(-1)).toMatchObject({ change: { type: 'reopened' }, from: 'paid', to: 'partially_paid' });
    const order = await stored();
    expect(order).toMatchObject({
      open: 1,
      status: 'partially_paid',
      amountDue: { amount: 10000, currency: 'GBP' },
      chase: { stage: 'partially_paid', paid: 2000, paidInSettle: 2000 },
    });
    expect(order.chase.beforeClose).toBeUndefined();
    expect(await getTotals(d.page.db)).toMatchObject({ openCount: 1, openDueByCurrency: { GBP: 10000 } });
    await d.waitForText('Reopened: back to partly paid.');
    await d.waitFor('form.act-payment');
    await d.waitFor('.timeline li[data-event="chase:reopened"]');
    expect(d.$('.timeline li[data-event="chase:reopened"]').textContent).toContain(
      'Reopened in Settle; now partly paid',
    );
    expect(d.$('.owed').textContent).toBe('£100.00');
  });

  it('asks before writing off, then reopens the write-off', async () => {
    await openDebt();
    d.type('#act-write-off', 'Company dissolved');
    await d.submit('form.act-write-off');
    await d.waitFor('[data-confirm="confirm-write-off"]');
    expect(d.$('[data-confirm="confirm-write-off"] p').textContent).toBe(
      'Write off £120.00 and close this order? Reminders stop. You can reopen it afterwards.',
    );
    await quiet(0);
    expect(await steps()).toHaveLength(0);
    await d.click('[data-confirm] .confirm-yes');
    await quiet(1);
    expect((await stored()).chase).toMatchObject({ stage: 'written_off', writtenOff: 12000 });
    await d.waitFor('button.reopen');
    await d.click('button.reopen');
    await quiet(2);
    expect(await stored()).toMatchObject({ open: 1, chase: { stage: 'unpaid', paid: 0 } });
    expect((await stored()).chase.writtenOff).toBeUndefined();
    expect(await getTotals(d.page.db)).toMatchObject({ openDueByCurrency: { GBP: 12000 } });
  });

  it('speaks Chinese while asking and reopening', async () => {
    useLocale('zh_TW');
    await seedManualDebt(d.page.db, { shop: MANUAL });
    d.mount(hrefOfOrder(await stored()), 'zh-TW');
    await d.waitFor('button.paid-in-full');
    await d.click('button.paid-in-full');
    await d.waitFor('[data-confirm]');
    expect(d.$('[data-confirm] p').textContent).toMatch(/[\u4e00-\u9fff]/);
    await d.click('[data-confirm] .confirm-yes');
    await d.waitFor('button.reopen');
    expect(d.$('button.reopen').textContent).toBe('重新開啟');
  });

  it('offers no reopening of what the console closed', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, { shop: MANUAL });
    // Closed by the console: paid on the console, not in Settle.
    const shop = 'http://shop.test';
    await ingestSnapshots(d.page.db, [createSnapshot({ shop })], '2026-11-19T14:10:00.000Z');
    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ shop, status: 'paid', statusText: 'Processing' })],
      '2026-11-20T14:10:00.000Z',
    );
    d.mount(hrefOfOrder(await stored('1042')));
    await d.waitFor('article.order-detail');
    await d.tick();
    expect((await stored('1042')).chase.stage).toBe('paid');
    expect(d.has('button.reopen')).toBe(false);
  });

  it('offers no reopening once the console shows paid an order the seller closed', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, { shop: MANUAL });
    const shop = 'http://shop.test';
    await ingestSnapshots(d.page.db, [createSnapshot({ shop })], '2026-11-19T14:10:00.000Z');
    d.mount(hrefOfOrder(await stored('1042')));
    await d.waitFor('button.paid-in-full');
    await d.click('button.paid-in-full');
    await d.waitFor('[data-confirm]');
    await d.click('[data-confirm] .confirm-yes');
    await d.waitFor('button.reopen');
    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ shop, status: 'paid', statusText: 'Processing' })],
      new Date().toISOString(),
    );
    await settle(() => !d.has('button.reopen'));
    expect(d.has('button.reopen')).toBe(false);
  });
});
