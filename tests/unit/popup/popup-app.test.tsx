import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { saveTabReading } from '@/lib/browser/tab-readings';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
let root: HTMLElement;
beforeEach(() => {
  db = new SettleDb(`settle-popup-${++n}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const mount = (locale: string, tabId?: number) =>
  render(<PopupApp db={db} locale={locale} openUrl={() => undefined} currentTabId={async () => tabId} />, root);
const settle = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('popup', () => {
  it('tells a new seller what to do when there is nothing yet', async () => {
    useLocale('en');
    mount('en');
    await settle(() => !!root.querySelector('.empty'));
    expect(root.querySelector('.empty h2')?.textContent).toBe('No unpaid orders yet');
    expect(root.textContent).toContain('WooCommerce → Orders');
  });

  it('lists unpaid orders with buyer, amount, status and console, newest activity first', async () => {
    useLocale('en');
    await ingestSnapshots(db, [createSnapshot({ orderId: '1' })], '2026-11-20T10:00:00.000Z');
    await ingestSnapshots(db, [createSnapshot({ orderId: '2', buyer: { name: 'Omar Haddad' }, total: { amount: 8900, currency: 'USD' }, amountDue: { amount: 8900, currency: 'USD' } })], '2026-11-21T10:00:00.000Z');
    mount('en-US');
    await settle(() => root.querySelectorAll('li.order-row').length === 2);
    const rows = [...root.querySelectorAll('li.order-row')];
    expect(rows.map((r) => r.querySelector('.order-buyer')?.textContent)).toEqual(['Omar Haddad', 'Jane Doe']);
    expect(rows[1]?.querySelector('.order-amount')?.textContent).toBe('$1,238.80');
    expect(rows[1]?.querySelector('.order-meta')?.textContent).toContain('Order #1');
    expect(root.querySelector('.summary-count')?.textContent).toBe('2 unpaid');
    expect(root.querySelector('.summary-due')?.textContent).toBe('Due: $1,327.80');
  });

  it('speaks Chinese with yuan amounts', async () => {
    useLocale('zh_CN');
    await ingestSnapshots(db, [createSnapshot({ orderId: '2088', buyer: { name: '张伟' }, total: { amount: 29800, currency: 'CNY' }, amountDue: { amount: 29800, currency: 'CNY' } })]);
    mount('zh-CN');
    await settle(() => !!root.querySelector('li.order-row'));
    expect(root.querySelector('h1')?.textContent).toBe('未付款订单');
    expect(root.querySelector('.order-amount')?.textContent).toBe('¥298.00');
    expect(root.querySelector('.order-status')?.textContent).toBe('未付款');
    expect(root.querySelector('.summary-count')?.textContent).toBe('1 笔未付款');
  });

  it('says plainly why the page in this tab could not be read', async () => {
    useLocale('en');
    await saveTabReading(5, {
      url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=9999',
      at: '2026-11-22T10:00:00.000Z',
      reading: { ok: false, marketplace: 'woocommerce', kind: 'order-detail', count: 0, error: "The order's data panel was not found (#order_data).", warnings: [] },
    });
    mount('en', 5);
    await settle(() => !!root.querySelector('.tab-status-error'));
    expect(root.querySelector('[role=alert]')?.textContent).toBe("Settle could not read this page: The order's data panel was not found (#order_data).");
  });

  it('renders hostile page text as text', async () => {
    useLocale('en');
    await ingestSnapshots(db, [createSnapshot({ buyer: { name: '<img src=x onerror=alert(1)>' } })]);
    mount('en');
    await settle(() => !!root.querySelector('li.order-row'));
    expect(root.querySelector('.order-buyer')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });
});
