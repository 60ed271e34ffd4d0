import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { openCase } from '@/lib/db/open-case';
import { saveTabReading } from '@/lib/browser/tab-readings';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';
import { createSnapshot } from '../factories';

const page = usePageHarness('popup');
const mount = (locale: string, tabId?: number) =>
  render(
    <PopupApp
      db={page.db}
      locale={locale}
      dashboardUrl="chrome-extension://x/dashboard.html"
      openUrl={() => undefined}
      currentTabId={async () => tabId}
    />,
    page.root,
  );

describe('popup', () => {
  it('tells a new seller what to do when there is nothing yet', async () => {
    useLocale('en');
    mount('en');
    await settle(() => !!page.root.querySelector('.empty'));
    expect(page.root.querySelector('.empty h2')?.textContent).toBe('No unpaid orders yet');
    expect(page.root.textContent).toContain('WooCommerce → Orders');
  });

  it('lists unpaid orders with buyer, amount, status and console, newest activity first', async () => {
    useLocale('en');
    await ingestSnapshots(page.db, [createSnapshot({ orderId: '1' })], '2026-11-20T10:00:00.000Z');
    await ingestSnapshots(
      page.db,
      [
        createSnapshot({
          orderId: '2',
          buyer: { name: 'Omar Haddad' },
          total: { amount: 8900, currency: 'USD' },
          amountDue: { amount: 8900, currency: 'USD' },
        }),
      ],
      '2026-11-21T10:00:00.000Z',
    );
    mount('en-US');
    await settle(() => page.root.querySelectorAll('li.order-row').length === 2);
    const rows = [...page.root.querySelectorAll('li.order-row')];
    expect(rows.map((r) => r.querySelector('.order-buyer')?.textContent)).toEqual(['Omar Haddad', 'Jane Doe']);
    expect(rows[1]?.querySelector('.order-amount')?.textContent).toBe('$1,238.80');
    expect(rows[1]?.querySelector('.order-meta')?.textContent).toContain('Order #1');
    expect(page.root.querySelector('.summary-count')?.textContent).toBe('2 unpaid');
    expect(page.root.querySelector('.summary-due')?.textContent).toBe('Due: $1,327.80');
  });

  it('draws the rows it shows at once first, and the rest of its page right after', async () => {
    useLocale('en');
    await ingestSnapshots(
      page.db,
      Array.from({ length: 30 }, (_, i) => createSnapshot({ orderId: String(100 + i) })),
      '2026-11-20T10:00:00.000Z',
    );
    // Rows in the list each time the DOM changed, from its first row on.
    const drawn: number[] = [];
    const observer = new MutationObserver(() => {
      const rows = page.root.querySelectorAll('li.order-row').length;
      if (rows) drawn.push(rows);
    });
    observer.observe(page.root, { childList: true, subtree: true });
    mount('en');
    await settle(() => page.root.querySelectorAll('li.order-row').length === 30);
    observer.disconnect();
    expect(drawn[0]).toBe(10);
    expect(drawn[drawn.length - 1]).toBe(30);
  });

  it('speaks Chinese with yuan amounts', async () => {
    useLocale('zh_CN');
    await ingestSnapshots(
      page.db,
      [
        createSnapshot({
          orderId: '2088',
          buyer: { name: '张伟' },
          total: { amount: 29800, currency: 'CNY' },
          amountDue: { amount: 29800, currency: 'CNY' },
        }),
      ],
      new Date().toISOString(),
    );
    mount('zh-CN');
    await settle(() => !!page.root.querySelector('li.order-row'));
    expect(page.root.querySelector('h1')?.textContent).toBe('未付款订单');
    expect(page.root.querySelector('.order-amount')?.textContent).toBe('¥298.00');
    expect(page.root.querySelector('.order-status')?.textContent).toBe('未付款');
    expect(page.root.querySelector('.summary-count')?.textContent).toBe('1 笔未付款');
  });

  it('says plainly why the page in this tab could not be read', async () => {
    useLocale('en');
    await saveTabReading(5, {
      url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=9999',
      at: '2026-11-22T10:00:00.000Z',
      reading: {
        ok: false,
        marketplace: 'woocommerce',
        kind: 'order-detail',
        count: 0,
        error: "The order's data panel was not found (#order_data).",
        warnings: [],
      },
    });
    mount('en', 5);
    await settle(() => !!page.root.querySelector('.tab-status-error'));
    expect(page.root.querySelector('[role=alert]')?.textContent).toBe(
      "Settle could not read this page: The order's data panel was not found (#order_data).",
    );
  });

  it('shows the reminders due now beside the unpaid count, and flags due orders and repeat non-payers', async () => {
    useLocale('en');
    // Placed 19 Nov: the first reminder fell due on the 20th. Order 990 by the same buyer was written off.
    await ingestSnapshots(
      page.db,
      [createSnapshot({ orderId: '990', placedAt: '2026-10-01T10:00:00Z' })],
      '2026-10-01T10:00:00.000Z',
    );
    await recordChase(
      page.db,
      ['woocommerce', 'http://shop.test', '990'],
      { type: 'written_off', reason: 'never paid' },
      { now: '2026-10-30T10:00:00.000Z', url: 'x' },
    );
    await ingestSnapshots(
      page.db,
      [
        createSnapshot(),
        createSnapshot({ orderId: '1043', buyer: { name: 'Omar Haddad' }, placedAt: new Date().toISOString() }),
      ],
      new Date().toISOString(),
    );
    // How many rows the popup showed when each read of what is due began.
    const rowsAtDueRead: number[] = [];
    const where = page.db.orders.where.bind(page.db.orders);
    page.db.orders.where = ((index: string) => {
      if (index === 'nextDueAt') rowsAtDueRead.push(page.root.querySelectorAll('li.order-row').length);
      return where(index);
    }) as typeof page.db.orders.where;
    // And when each read of their buyers (the repeat-non-payer flags) began.
    const rowsAtBuyersRead: number[] = [];
    const bulkGet = page.db.buyers.bulkGet.bind(page.db.buyers);
    page.db.buyers.bulkGet = ((keys: Parameters<typeof bulkGet>[0]) => {
      rowsAtBuyersRead.push(page.root.querySelectorAll('li.order-row').length);
      return bulkGet(keys);
    }) as typeof page.db.buyers.bulkGet;
    mount('en');
    await settle(
      () =>
        page.root.querySelectorAll('li.order-row').length === 2 &&
        !!page.root.querySelector('.summary-due-now') &&
        !!page.root.querySelector('.flag-repeat'),
    );
    // The rows come first; what is due, and their buyers, are read once they are shown, not beside their read.
    expect(rowsAtDueRead[0]).toBe(2);
    expect(rowsAtBuyersRead[0]).toBe(2);
    expect(page.root.querySelector('.summary-due-now')?.textContent).toBe('Reminders due now: 1');
    expect(page.root.querySelector('.summary-count')?.textContent).toBe('2 unpaid');
    const row = page.root.querySelector('li[data-order-id="1042"]')!;
    expect([...row.querySelectorAll('.flag')].map((f) => f.textContent)).toEqual(['Reminder due', 'Repeat non-payer']);
    expect(page.root.querySelector('li[data-order-id="1043"] .flag')).toBeNull();
    // Issue 13: each row names its shop beside its console.
    expect(row.querySelector('.order-marketplace')!.textContent).toBe('WooCommerce');
    expect(row.querySelector('.order-shop')!.textContent).toBe('shop.test');
  });

  it('says "50+" due now when more reminders may go out than its first page holds', async () => {
    useLocale('en');
    // Three shops of twenty buyers each, all due since 20 Nov: 60 may go out (each shop's cap is 20).
    const shops = ['http://a.test', 'http://b.test', 'http://c.test'];
    for (const shop of shops)
      await ingestSnapshots(
        page.db,
        Array.from({ length: 20 }, (_, i) =>
          createSnapshot({ shop, orderId: String(3000 + i), url: `${shop}/o/${3000 + i}`, buyer: { name: `B${i}` } }),
        ),
        '2026-11-19T14:10:00.000Z',
      );
    mount('en');
    await settle(() => !!page.root.querySelector('.summary-due-now'));
    expect(page.root.querySelector('.summary-due-now')?.textContent).toBe('Reminders due now: 50+');
  });

  it('renders hostile page text as text', async () => {
    useLocale('en');
    await ingestSnapshots(
      page.db,
      [createSnapshot({ buyer: { name: '<img src=x onerror=alert(1)>' } })],
      new Date().toISOString(),
    );
    mount('en');
    await settle(() => !!page.root.querySelector('li.order-row'));
    expect(page.root.querySelector('.order-buyer')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(page.root.querySelector('img')).toBeNull();
  });
});

describe('popup: case deadlines', () => {
  it('says how many case dates are near, beside the reminders due', async () => {
    useLocale('en');
    await ingestSnapshots(
      page.db,
      [createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2', buyer: { name: 'Omar Haddad' } })],
      '2026-11-20T10:00:00.000Z',
    );
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await openCase(
      page.db,
      ['woocommerce', 'http://shop.test', '1'],
      { venue: 'stripe', deadline: soon },
      { now: new Date().toISOString(), url: 'x' },
    );
    mount('en');
    await settle(() => !!page.root.querySelector('.popup-case-dates'));
    expect(page.root.querySelector('.popup-case-dates')?.textContent).toBe('Case deadlines soon: 1');
  });

  it("counts by the background's clock, as the badge does", async () => {
    useLocale('zh_TW');
    await ingestSnapshots(page.db, [createSnapshot({ orderId: '1' })], '2026-11-20T10:00:00.000Z');
    await openCase(
      page.db,
      ['woocommerce', 'http://shop.test', '1'],
      { venue: 'stripe', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      { now: new Date().toISOString(), url: 'x' },
    );
    const listReads: string[] = [];
    const where = page.db.orders.where.bind(page.db.orders);
    page.db.orders.where = ((index: string) => (listReads.push(index), where(index))) as typeof page.db.orders.where;
    render(
      <PopupApp
        db={page.db}
        locale="zh-TW"
        dashboardUrl="x"
        openUrl={() => undefined}
        currentTabId={async () => undefined}
        clock={async () => new Date(Date.now() + 25 * 86_400_000).toISOString()}
      />,
      page.root,
    );
    await settle(() => !!page.root.querySelector('.popup-case-dates'));
    expect(page.root.querySelector('.popup-case-dates')?.textContent).toBe('即將到期的案件期限：1');
    // The list is read once, by that clock: not first by the popup's own and then again.
    expect(listReads.filter((index) => index === '[open+lastActivityAt]')).toHaveLength(1);
  });

  it('says nothing of cases when no date is near', async () => {
    useLocale('zh_TW');
    await ingestSnapshots(page.db, [createSnapshot({ orderId: '1' })], '2026-11-20T10:00:00.000Z');
    await openCase(
      page.db,
      ['woocommerce', 'http://shop.test', '1'],
      { venue: 'stripe', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      { now: new Date().toISOString(), url: 'x' },
    );
    mount('zh-TW');
    await settle(() => !!page.root.querySelector('li.order-row'));
    expect(page.root.querySelector('.popup-case-dates')).toBeNull();
  });
});
