import { describe, expect, it } from 'vitest';
import { recordChase } from '@/lib/db/chase';
import { ingestSnapshots } from '@/lib/db/ingest';
import { saveChaseSettings } from '@/lib/db/settings';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';
import { SETTINGS, useDashboard } from './dashboard-harness';

const d = useDashboard('order-list');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** Three open orders: one long overdue (its reminder is due), one placed just now, one by a buyer who left another order written off. */
async function seed() {
  await saveChaseSettings(d.page.db, SETTINGS);
  await ingestSnapshots(
    d.page.db,
    [
      createSnapshot({
        orderId: '1001',
        buyer: { name: 'Old Overdue', email: 'old@x.test' },
        placedAt: daysAgo(2),
        total: { amount: 5000, currency: 'USD' },
        amountDue: { amount: 5000, currency: 'USD' },
      }),
      createSnapshot({
        orderId: '1002',
        buyer: { name: 'Fresh Buyer', email: 'fresh@x.test' },
        placedAt: new Date().toISOString(),
      }),
      createSnapshot({
        marketplace: 'generic',
        orderId: 'M-20261001-OLD1',
        url: 'x',
        buyer: { name: 'Slow Payer Co' },
        shop: 'manual',
        placedAt: daysAgo(40),
        total: { amount: 90000, currency: 'CNY' },
        amountDue: { amount: 90000, currency: 'CNY' },
      }),
      createSnapshot({
        marketplace: 'generic',
        orderId: 'M-20261120-NEW1',
        url: 'y',
        buyer: { name: 'Slow Payer Co' },
        shop: 'manual',
        placedAt: new Date().toISOString(),
        total: { amount: 29800, currency: 'CNY' },
        amountDue: { amount: 29800, currency: 'CNY' },
      }),
    ],
    new Date().toISOString(),
  );
  await recordChase(
    d.page.db,
    ['generic', 'manual', 'M-20261001-OLD1'],
    { type: 'written_off', reason: 'Gone silent' },
    { now: daysAgo(1), url: 'test' },
  );
}

const row = (orderId: string) => d.$(`tr[data-order-id="${orderId}"]`);

describe('dashboard #/: every open order', () => {
  it('lists each open order with buyer, owed, stage, console and a link to it', async () => {
    useLocale('en');
    await seed();
    d.mount('#/');
    await d.waitFor('tr[data-order-id="M-20261120-NEW1"]');
    expect(
      d
        .$$('tbody tr')
        .map((r) => r.getAttribute('data-order-id'))
        .sort(),
    ).toEqual(['1001', '1002', 'M-20261120-NEW1']);
    expect(row('1001').textContent).toContain('Old Overdue');
    expect(row('1001').textContent).toContain('$50.00');
    expect(row('1001').textContent).toContain('unpaid');
    expect(row('1001').textContent).toContain('WooCommerce');
    expect(row('M-20261120-NEW1').textContent).toContain('CN¥298.00');
    expect(row('M-20261120-NEW1').textContent).toContain('Other');
    expect(row('M-20261120-NEW1').querySelector('a')!.getAttribute('href')).toBe(
      '#/order/generic/manual/M-20261120-NEW1',
    );
    expect(d.$('a[href="#/add"]').textContent).toBe('Add an unpaid debt');
  });

  it('marks the rows whose reminder is due now, and only those', async () => {
    useLocale('en');
    await seed();
    // How many rows the list showed when each read of what is due began.
    const rowsAtDueRead: number[] = [];
    const where = d.page.db.orders.where.bind(d.page.db.orders);
    d.page.db.orders.where = ((index: string) => {
      if (index === 'nextDueAt') rowsAtDueRead.push(d.$$('tbody tr').length);
      return where(index);
    }) as typeof d.page.db.orders.where;
    d.mount('#/');
    await d.waitFor('tr[data-order-id="1001"] .flag-due');
    expect(row('1001').querySelector('.flag-due')!.textContent).toBe('Reminder due');
    expect(row('1002').querySelector('.flag-due')).toBeNull();
    // The rows come first; what is due is read once they are shown, not beside their read.
    expect(rowsAtDueRead[0]).toBe(3);
  });

  it('flags a repeat non-payer', async () => {
    useLocale('en');
    await seed();
    // How many rows the list showed when each read of their buyers began.
    const rowsAtBuyersRead: number[] = [];
    const bulkGet = d.page.db.buyers.bulkGet.bind(d.page.db.buyers);
    d.page.db.buyers.bulkGet = ((keys: Parameters<typeof bulkGet>[0]) => {
      rowsAtBuyersRead.push(d.$$('tbody tr').length);
      return bulkGet(keys);
    }) as typeof d.page.db.buyers.bulkGet;
    d.mount('#/');
    await d.waitFor('tr[data-order-id="M-20261120-NEW1"] .flag-repeat');
    expect(row('M-20261120-NEW1').querySelector('.flag-repeat')!.textContent).toBe('Repeat non-payer');
    expect(row('1001').querySelector('.flag-repeat')).toBeNull();
    // The rows come first; the flags are read once they are shown, not beside their read.
    expect(rowsAtBuyersRead[0]).toBe(3);
  });

  it('follows the add button to the form', async () => {
    useLocale('en');
    d.mount('#/');
    await d.waitFor('a[href="#/add"]');
    location.hash = '#/add';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await d.waitFor('form.add-debt');
  });

  it('shows a hostile buyer name as text, never as markup', async () => {
    useLocale('en');
    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ buyer: { name: '<img src=x onerror=alert(1)>' } })],
      new Date().toISOString(),
    );
    d.mount('#/');
    await d.waitFor('tr[data-order-id="1042"]');
    expect(row('1042').querySelector('a')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(d.page.root.querySelector('img')).toBeNull();
  });

  it('speaks Simplified Chinese', async () => {
    useLocale('zh_CN');
    await seed();
    d.mount('#/', 'zh-CN');
    await d.waitFor('tr[data-order-id="M-20261120-NEW1"] .flag-repeat');
    expect(d.$('a[href="#/add"]').textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(row('M-20261120-NEW1').textContent).toContain('¥298.00');
    expect(row('M-20261120-NEW1').querySelector('.flag-repeat')!.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(d.$('thead').textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});
