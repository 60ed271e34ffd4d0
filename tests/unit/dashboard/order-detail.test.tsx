import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { formatDateTime } from '@/components/format';
import { recordChase } from '@/lib/db/chase';
import { ingestSnapshots } from '@/lib/db/ingest';
import { beginSend, finishSend } from '@/lib/db/sends';
import { saveChaseSettings } from '@/lib/db/settings';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';
import { SETTINGS, seedManualDebt, useDashboard } from './dashboard-harness';

const d = useDashboard('order-detail');
const ctx = (now: string) => ({
  now,
  url: 'chrome-extension://settle/dashboard.html#/order/generic/manual/M-20261101-AB12',
});
const send = {
  sendId: 's1',
  marketplace: 'generic',
  orderId: 'M-20261101-AB12',
  buyerKey: '',
  shop: 'manual',
  tone: 'friendly',
  channel: 'mail-draft',
  url: 'u',
} as const;

describe('dashboard #/order: one order', () => {
  it('tells the timeline oldest first, one readable line each, with the words that went out', async () => {
    useLocale('en');
    const snap = await seedManualDebt(d.page.db);
    const order = (await d.page.db.orders.get(['generic', 'manual', snap.orderId]))!;
    await beginSend(d.page.db, {
      ...send,
      buyerKey: order.buyerKey,
      subject: 'About your invoice',
      text: 'Dear Acme, please pay £120.00.',
      recipient: 'ap@acme.test',
      startedAt: '2026-11-02T09:00:00.000Z',
    });
    await finishSend(d.page.db, 's1', { ok: true }, '2026-11-02T09:00:01.000Z');
    await beginSend(d.page.db, {
      ...send,
      sendId: 's2',
      buyerKey: order.buyerKey,
      channel: 'copied',
      text: 'x',
      startedAt: '2026-11-04T09:00:00.000Z',
    });
    await finishSend(d.page.db, 's2', { ok: false, error: 'Document is not focused.' }, '2026-11-04T09:00:01.000Z');
    await recordChase(
      d.page.db,
      ['generic', 'manual', snap.orderId],
      { type: 'payment_recorded', amount: 2000 },
      ctx('2026-11-05T10:00:00.000Z'),
    );
    await recordChase(
      d.page.db,
      ['generic', 'manual', snap.orderId],
      { type: 'written_off', reason: 'Company dissolved' },
      ctx('2026-11-06T10:00:00.000Z'),
    );
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitFor('.timeline li:nth-child(5)');

    const lines = d.$$('.timeline li');
    expect(lines.map((li) => li.getAttribute('data-event'))).toEqual([
      'detected',
      'chase:reminder_sent',
      'reminder_failed',
      'chase:payment_recorded',
      'chase:written_off',
    ]);
    expect(lines.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual([
      '2026-11-01T12:00:00.000Z',
      '2026-11-02T09:00:01.000Z',
      '2026-11-04T09:00:01.000Z',
      '2026-11-05T10:00:00.000Z',
      '2026-11-06T10:00:00.000Z',
    ]);
    expect(lines[0]!.querySelector('time')!.textContent).toBe(formatDateTime('2026-11-01T12:00:00.000Z', 'en-US'));
    expect(lines[0]!.textContent).toContain('Added by hand: £120.00 owed');
    expect(lines[1]!.textContent).toContain('Friendly reminder sent — Mail draft to the buyer');
    expect(lines[1]!.querySelector('details')!.textContent).toContain('Dear Acme, please pay £120.00.');
    expect(lines[2]!.textContent).toContain('Friendly reminder not sent (Copy the text): Document is not focused.');
    expect(lines[3]!.textContent).toContain('Payment of £20.00 recorded; now partly paid');
    expect(lines[4]!.textContent).toContain('Written off');
    expect(lines[4]!.textContent).toContain('Company dissolved');
  });

  it('shows a status change the console reported', async () => {
    useLocale('en');
    await ingestSnapshots(d.page.db, [createSnapshot()], '2026-11-19T14:10:00.000Z');
    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ status: 'cancelled', statusText: 'Cancelled', amountDue: undefined })],
      '2026-11-20T09:00:00.000Z',
    );
    d.mount('#/order/woocommerce/http%3A%2F%2Fshop.test/1042');
    await d.waitFor('.timeline li[data-event="status_changed"]');
    expect(d.$('.timeline li[data-event="status_changed"]').textContent).toContain('The console now shows: Cancelled');
  });

  it('shows the marketplace’s own dates, marking the ones no platform confirmed', async () => {
    useLocale('en');
    await saveChaseSettings(d.page.db, SETTINGS);
    await ingestSnapshots(
      d.page.db,
      [
        createSnapshot({
          marketplace: 'taobao',
          orderId: '3901',
          url: 'https://myseller.taobao.com/x',
          shop: 'https://myseller.taobao.com',
          placedAt: '2026-11-19T14:05:22+08:00',
          total: { amount: 29800, currency: 'CNY' },
          amountDue: { amount: 29800, currency: 'CNY' },
        }),
      ],
      new Date().toISOString(),
    );
    d.mount('#/order/taobao/https%3A%2F%2Fmyseller.taobao.com/3901');
    await d.waitFor('.rule-dates li');
    const dates = d.$$('.rule-dates li').map((li) => li.textContent);
    // Taobao's 24-hour auto-close is a default with no source: it says so.
    const autoClose = formatDateTime('2026-11-20T06:05:22.000Z', 'en-US');
    expect(dates).toContain(`The platform may close it by itself at ${autoClose} (not confirmed by the platform)`);
    // The seller's right to close after 5 minutes has a (secondary) source: no mark.
    expect(dates.find((x) => x!.startsWith('You may cancel'))).not.toContain('not confirmed');
  });

  it('gives an order added by hand its payment date from its own due date', async () => {
    useLocale('en');
    const snap = await seedManualDebt(d.page.db, { dueAt: '2026-11-15T23:59:00.000Z' });
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitFor('.rule-dates li');
    expect(d.$$('.rule-dates li').map((li) => li.textContent)).toEqual([
      `Payment due ${formatDateTime('2026-11-15T23:59:00.000Z', 'en-US')}`,
    ]);
  });

  it('shows the facts: contact, owed after a payment, stage, reminders sent, promise, extension and the plan', async () => {
    useLocale('en');
    const snap = await seedManualDebt(d.page.db);
    const key = ['generic', 'manual', snap.orderId] as ['generic', 'manual', string];
    await recordChase(d.page.db, key, { type: 'payment_recorded', amount: 3000 }, ctx('2026-11-03T10:00:00.000Z'));
    await recordChase(
      d.page.db,
      key,
      { type: 'promise_recorded', by: '2026-11-20T23:59:00.000Z' },
      ctx('2026-11-03T11:00:00.000Z'),
    );
    await recordChase(
      d.page.db,
      key,
      {
        type: 'plan_agreed',
        instalments: [
          { amount: 4500, dueAt: '2026-12-01T23:59:00.000Z' },
          { amount: 4500, dueAt: '2026-12-31T23:59:00.000Z' },
        ],
      },
      ctx('2026-11-04T10:00:00.000Z'),
    );
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitFor('.plan li');
    const facts = d.$('.facts').textContent!;
    expect(d.$('.owed').textContent).toBe('£90.00');
    expect(facts).toContain('ap@acme.test · +44 7700 900123');
    expect(facts).toContain('Received£30.00');
    expect(d.$('.stage').textContent).toBe('paying in instalments');
    expect(facts).toContain('Reminders sent0');
    expect(facts).toContain(`Promised to pay by${formatDateTime('2026-11-20T23:59:00.000Z', 'en-US')}`);
    expect(d.$$('.plan li').map((li) => li.textContent!.trim())).toEqual([
      `${formatDateTime('2026-12-01T23:59:00.000Z', 'en-US')}: £45.00`,
      `${formatDateTime('2026-12-31T23:59:00.000Z', 'en-US')}: £45.00`,
    ]);
  });

  it('names the next reminder, or says none is planned while paused', async () => {
    useLocale('en');
    const snap = await seedManualDebt(d.page.db);
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitForText('Next reminder');
    expect(d.text()).toMatch(/Next reminder(Friendly|Firm) reminder · /);
    await recordChase(
      d.page.db,
      ['generic', 'manual', snap.orderId],
      { type: 'paused' },
      ctx(new Date().toISOString()),
    );
    await d.waitForText('Next remindernone planned');
    expect(d.$('.stage').textContent).toBe('unpaid · paused');
  });

  it('shows the buyer’s other orders and warns about a repeat non-payer', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, { orderId: 'M-20260901-OLD1', placedAt: '2026-09-01T12:00:00.000Z' });
    await recordChase(
      d.page.db,
      ['generic', 'manual', 'M-20260901-OLD1'],
      { type: 'written_off', reason: 'x' },
      ctx('2026-10-01T10:00:00.000Z'),
    );
    const snap = await seedManualDebt(d.page.db);
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitFor('.history li');
    expect(d.$('.history li').textContent).toContain('#M-20260901-OLD1');
    expect(d.$('.history li').textContent).toContain('written off');
    expect(d.$('.history a').getAttribute('href')).toBe('#/order/generic/manual/M-20260901-OLD1');
    expect(d.$('.warning').textContent).toBe(
      'This buyer left order #M-20260901-OLD1 unpaid before. Check before you trust: you may ask for prepayment or decline.',
    );
  });

  // Seen: "Owed $89.00" beside "Written off $89.00", and a paid order offering "Open the order in its console to send a reminder".
  it('says what a closed order came to instead of what it owes, and offers sending only where a send is possible', async () => {
    useLocale('en');
    const snap = await seedManualDebt(d.page.db);
    await recordChase(
      d.page.db,
      ['generic', 'manual', snap.orderId],
      { type: 'written_off', reason: 'Company dissolved' },
      ctx('2026-11-06T10:00:00.000Z'),
    );
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitForText('Written off');
    expect(d.page.root.querySelector('.owed')).toBeNull();
    expect(d.$('.facts').textContent!.match(/£120\.00/g)).toHaveLength(2); // the total, and what was written off
    render(null, d.page.root);

    await ingestSnapshots(d.page.db, [createSnapshot()], '2026-11-19T15:00:00.000Z');
    const consoleOrder = `#/order/woocommerce/${encodeURIComponent('http://shop.test')}/1042`;
    d.mount(consoleOrder);
    await d.waitForText('Open the order in its console to send a reminder');
    expect(d.$('.owed').textContent).toBe('$1,238.80');
    render(null, d.page.root);

    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ status: 'refunded', statusText: 'Refunded' })],
      '2026-11-20T15:00:00.000Z',
    );
    d.mount(consoleOrder);
    await d.waitForText('Open the order in its console');
    expect(d.text()).not.toContain('to send a reminder');
    expect(d.page.root.querySelector('.owed')).toBeNull();
    expect(d.$('.stage').textContent).toBe('Refunded');
  });

  it('says so when the order is not in Settle', async () => {
    useLocale('en');
    d.mount('#/order/generic/manual/M-NOPE');
    await d.waitForText('Order #M-NOPE is not in Settle.');
  });

  it('shows hostile buyer text as text, never as markup', async () => {
    useLocale('en');
    const snap = await seedManualDebt(d.page.db, {
      buyer: { name: '<img src=x onerror=alert(1)>', email: '"><img src=y>@x.test' },
      items: [{ title: '<script>alert(2)</script>', quantity: 1 }],
    });
    d.mount(`#/order/generic/manual/${snap.orderId}`);
    await d.waitFor('[data-testid="manual-draft"]');
    expect(d.$('h2').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(d.$('[data-testid="manual-draft"]').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(d.text()).toContain('<script>alert(2)</script>');
    expect(d.page.root.querySelector('img, script')).toBeNull();
  });

  it('speaks Simplified Chinese', async () => {
    useLocale('zh_CN');
    const snap = await seedManualDebt(
      d.page.db,
      {
        buyer: { name: '张伟', phone: '13800138000' },
        total: { amount: 29800, currency: 'CNY' },
        amountDue: { amount: 29800, currency: 'CNY' },
      },
      { reminderLocale: 'zh_CN' },
    );
    d.mount(`#/order/generic/manual/${snap.orderId}`, 'zh-CN');
    await d.waitFor('[data-testid="manual-draft"]');
    expect(d.$('.owed').textContent).toBe('¥298.00');
    expect(d.$('.stage').textContent).toBe('未付款');
    expect(d.$('[data-testid="manual-draft"]').textContent).toContain('张伟');
    expect(d.$('.timeline li').textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});
