import { describe, expect, it } from 'vitest';
import { newManualOrderId } from '@/components/dashboard/manual-order-id';
import { ingestSnapshots } from '@/lib/db/ingest';
import { getOrder, getOrderEvents } from '@/lib/db/queries';
import { useLocale } from '../support/i18n';
import { settle } from '../support/page-harness';
import { createSnapshot } from '../factories';
import { DASHBOARD, useDashboard } from './dashboard-harness';

const d = useDashboard('add-debt');

async function openForm(locale = 'en-US') {
  d.mount('#/add', locale);
  await d.waitFor('form.add-debt');
}

describe('dashboard #/add: a debt added by hand', () => {
  it('stores every field: buyer with phone and zone, amount in the chosen currency, one item, the due date', async () => {
    useLocale('en');
    await openForm();
    d.type('#debt-name', 'Guest at table 4');
    d.type('#debt-phone', '+44 7700 900123');
    d.choose('#debt-timeZone', 'Europe/London');
    d.type('#debt-amount', '48.50');
    d.choose('#debt-currency', 'EUR');
    d.type('#debt-date', '2026-11-02');
    d.type('#debt-due', '2026-11-09');
    d.type('#debt-what', 'Dinner for two');
    await d.submit('form.add-debt');
    await d.waitFor('article.order-detail');

    const [order] = await d.page.db.orders.toArray();
    expect(order).toMatchObject({
      marketplace: 'generic',
      status: 'unpaid',
      statusText: 'Unpaid',
      // The phone is stored as E.164.
      buyer: { name: 'Guest at table 4', phone: '+447700900123', timeZone: 'Europe/London' },
      total: { amount: 4850, currency: 'EUR' },
      amountDue: { amount: 4850, currency: 'EUR' },
      items: [{ title: 'Dinner for two', quantity: 1 }],
    });
    expect(order!.buyer.email).toBeUndefined();
    expect(order!.orderId).toMatch(/^M-20261102-[0-9A-Z]{4}$/);
    expect(order!.url).toBe(`${DASHBOARD}#/order/generic/manual/${encodeURIComponent(order!.orderId)}`);
    expect(new Date(order!.placedAt!).toISOString().slice(0, 10)).toBe('2026-11-02');
    expect(order!.dueAt!.slice(0, 10)).toBe('2026-11-09');
    // The detail route of the new order is open, and the background was told.
    expect(location.hash).toBe(`#/order/generic/manual/${encodeURIComponent(order!.orderId)}`);
    expect(d.onChanged).toHaveBeenCalledTimes(1);
    expect((await getOrderEvents(d.page.db, ['generic', 'manual', order!.orderId])).map((e) => e.data.type)).toEqual([
      'detected',
    ]);
  });

  it.each([
    ['0', 'zero'],
    ['-12', 'negative'],
    ['twelve', 'not a number'],
    ['1,2,3', 'a jumble of separators'],
  ])('refuses the amount %s (%s) beside the field, keeps everything typed, stores nothing', async (amount) => {
    useLocale('en');
    await openForm();
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-email', 'ap@acme.test');
    d.type('#debt-amount', amount);
    d.choose('#debt-currency', 'GBP');
    d.type('#debt-what', 'Invoice 7');
    await d.submit('form.add-debt');
    await d.waitFor('#debt-amount-error');

    expect(d.$('#debt-amount-error').textContent).toBe('Enter an amount above zero, such as 120 or 1,238.80.');
    expect(d.$('#debt-amount').getAttribute('aria-invalid')).toBe('true');
    expect(d.$('#debt-name').getAttribute('aria-invalid')).not.toBe('true');
    expect(d.$<HTMLInputElement>('#debt-name').value).toBe('Acme Ltd');
    expect(d.$<HTMLInputElement>('#debt-email').value).toBe('ap@acme.test');
    expect(d.$<HTMLInputElement>('#debt-amount').value).toBe(amount);
    expect(d.$<HTMLSelectElement>('#debt-currency').value).toBe('GBP');
    expect(d.$<HTMLInputElement>('#debt-what').value).toBe('Invoice 7');
    expect(await d.page.db.orders.count()).toBe(0);
    expect(d.onChanged).not.toHaveBeenCalled();
    expect(location.hash).toBe('#/add');
  });

  // "12.345" could be twelve pounds and a bit or twelve thousand: refused, never read as £12,345.00.
  it('never turns "12.345" GBP into £12,345.00', async () => {
    useLocale('en');
    await openForm();
    d.type('#debt-name', 'Acme Ltd');
    d.type('#debt-amount', '12.345');
    d.choose('#debt-currency', 'GBP');
    d.type('#debt-what', 'Invoice 7');
    await d.submit('form.add-debt');
    await settle(() => location.hash !== '#/add' || d.has('#debt-amount-error'));
    expect(d.has('#debt-amount-error')).toBe(true);
    expect(d.$<HTMLInputElement>('#debt-amount').value).toBe('12.345');
    expect(await d.page.db.orders.count()).toBe(0);
  });

  it('asks for who owes it and what for', async () => {
    useLocale('en');
    await openForm();
    d.type('#debt-amount', '120');
    await d.submit('form.add-debt');
    await d.waitFor('#debt-name-error');
    expect(d.$('#debt-name-error').textContent).toBe('Say who owes the money.');
    expect(d.$('#debt-what-error').textContent).toBe('Say what the money is for.');
    expect(d.has('#debt-amount-error')).toBe(false);
    expect(await d.page.db.orders.count()).toBe(0);
  });

  it.each([
    ['en-US', 'USD'],
    ['zh-CN', 'CNY'],
    ['zh-TW', 'TWD'],
  ])('in %s defaults to %s, today, and an unknown time zone', async (locale, currency) => {
    useLocale('en');
    await openForm(locale);
    expect(d.$<HTMLSelectElement>('#debt-currency').value).toBe(currency);
    expect(d.$<HTMLInputElement>('#debt-date').value).toMatch(/^\d{4}-\d\d-\d\d$/);
    const zone = d.$<HTMLSelectElement>('#debt-timeZone');
    expect(zone.value).toBe('');
    expect(zone.options[0]!.value).toBe('');
    expect(zone.options[0]!.textContent).toBe('Unknown: use mine');
    expect([...zone.options].map((o) => o.value)).toContain('Asia/Shanghai');
  });

  it('speaks Simplified Chinese, errors included', async () => {
    useLocale('zh_CN');
    await openForm('zh-CN');
    expect(d.text()).toContain('添加');
    d.type('#debt-amount', '0');
    await d.submit('form.add-debt');
    await d.waitFor('#debt-amount-error');
    const error = d.$('#debt-amount-error').textContent!;
    expect(error).not.toBe('');
    expect(error).toMatch(/[\u4e00-\u9fff]/);
    expect(d.$('#debt-name-error').textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('manual order ids', () => {
  it('are M-YYYYMMDD-XXXX and tried again while taken', async () => {
    const draws = [0, 0, 0, 0, 0.999, 0.5, 0.1, 0.28];
    const random = () => draws.shift() ?? 0;
    const asked: string[] = [];
    const id = await newManualOrderId(
      '2026-11-02',
      async (candidate) => (asked.push(candidate), candidate === 'M-20261102-0000'),
      random,
    );
    expect(asked).toEqual(['M-20261102-0000', 'M-20261102-ZI3A']);
    expect(id).toBe('M-20261102-ZI3A');
  });

  it('never reuses a stored order’s id', async () => {
    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ marketplace: 'generic', shop: 'manual', orderId: 'M-20261102-0000' })],
      new Date().toISOString(),
    );
    const draws = [0, 0, 0, 0, 0, 0, 0, 0.03];
    const id = await newManualOrderId(
      '2026-11-02',
      async (c) => !!(await getOrder(d.page.db, ['generic', 'manual', c])),
      () => draws.shift() ?? 0,
    );
    expect(id).toBe('M-20261102-0001');
  });
});
