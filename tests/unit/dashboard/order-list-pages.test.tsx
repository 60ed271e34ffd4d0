import { describe, expect, it } from 'vitest';
import { ingestSnapshots } from '@/lib/db/ingest';
import { saveChaseSettings } from '@/lib/db/settings';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';
import { SETTINGS, useDashboard } from './dashboard-harness';

const d = useDashboard('order-list-pages');
const SHOPS = ['http://shop.test', 'https://www.other.test'];

/** `count` open orders, alternating between two shops, with no placed date: each 50 first seen together, a minute after the 50 before. */
async function seed(count: number) {
  await saveChaseSettings(d.page.db, SETTINGS);
  const start = Date.now() - count * 60_000;
  for (let i = 0; i < count; i += 50)
    await ingestSnapshots(
      d.page.db,
      Array.from({ length: Math.min(50, count - i) }, (_, j) => {
        const k = i + j;
        const shop = SHOPS[k % 2]!;
        return createSnapshot({
          orderId: `A-${String(k).padStart(4, '0')}`,
          shop,
          url: `${shop}/wp-admin/admin.php?page=wc-orders&action=edit&id=${k}`,
          buyer: { name: `Buyer ${k}` },
          placedAt: undefined,
        });
      }),
      new Date(start + i * 60_000).toISOString(),
    );
}

/** Waits for a condition, and fails when it never comes (the harness's settle only waits). */
async function until(check: () => boolean) {
  await d.settle(check);
  expect(check()).toBe(true);
}
const rowIds = () => d.$$('tbody tr').map((r) => r.getAttribute('data-order-id'));
const choose = (name: string, value: string) => {
  const field = d.$(`select[name="${name}"], input[name="${name}"]`) as HTMLSelectElement | HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }));
};

describe('dashboard #/: a long list', () => {
  it('keeps only the rows in view in the DOM, and reads on as the seller scrolls', async () => {
    useLocale('en');
    await seed(300);
    d.mount('#/');
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0299"]'));
    // The first page read 100 rows (later pages of open orders read up to 400).
    await until(() => d.$('table.orders').getAttribute('aria-rowcount') === '-1');
    // The first page was read and more may follow: the count is not known yet.
    const shown = rowIds();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(d.$('tr[data-order-id="A-0299"]').getAttribute('aria-rowindex')).toBe('2');
    // Scrolled to the far end, the last rows are in the DOM, and the first are gone.
    const scroller = d.$('.orders-scroll');
    for (let step = 0; step < 6 && !d.page.root.querySelector('tr[data-order-id="A-0000"]'); step++) {
      scroller.scrollTop = 300 * 52;
      scroller.dispatchEvent(new Event('scroll'));
      await d.settle(() => rowIds()[0] !== 'A-0299');
      await new Promise((r) => setTimeout(r, 50));
    }
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0000"]'));
    expect(d.page.root.querySelector('tr[data-order-id="A-0299"]')).toBeNull();
    expect(rowIds().length).toBeLessThan(40);
    await until(() => d.$('table.orders').getAttribute('aria-rowcount') === '301');
  });

  it('filters by shop from the kept per-shop counts, and names each row’s console and shop', async () => {
    useLocale('en');
    await seed(40);
    d.mount('#/');
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0039"]'));
    await until(() => d.$$('select[name="shop"] option').length === 3);
    expect(d.$$('select[name="shop"] option').map((o) => o.textContent)).toEqual(['Any', 'other.test', 'shop.test']);
    choose('shop', 'https://www.other.test');
    await until(() => rowIds()[0] === 'A-0039' && !rowIds().includes('A-0038'));
    expect(rowIds().every((id) => Number(id!.slice(2)) % 2 === 1)).toBe(true);
    const row = d.$('tr[data-order-id="A-0039"]');
    expect([row.querySelector('.console')!.textContent, row.querySelector('.shop')!.textContent]).toEqual([
      'WooCommerce',
      'other.test',
    ]);
    choose('sort', 'oldest');
    await until(() => rowIds()[0] === 'A-0001');
  });

  it('says when nothing matches, and clears the filters in one click', async () => {
    useLocale('en');
    await seed(10);
    d.mount('#/');
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0009"]'));
    choose('search', 'buyer 7');
    await until(() => rowIds().join() === 'A-0007');
    choose('search', 'nobody');
    await until(() => !!d.page.root.querySelector('.no-match'));
    expect(d.$('.no-match').textContent).toContain('No orders match these filters.');
    (d.$('.no-match button') as HTMLButtonElement).click();
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0009"]'));
    expect((d.$('input[name="search"]') as HTMLInputElement).value).toBe('');
  });

  it('shows an order read meanwhile, live, in the page its place falls in', async () => {
    useLocale('en');
    await seed(10);
    d.mount('#/');
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0009"]'));
    await ingestSnapshots(
      d.page.db,
      [createSnapshot({ orderId: 'LIVE-1', buyer: { name: 'Late Reader' }, placedAt: undefined })],
      new Date().toISOString(),
    );
    await until(() => rowIds()[0] === 'LIVE-1');
    expect(rowIds()).toHaveLength(11);
  });

  it('moves between rows with the arrow keys', async () => {
    useLocale('en');
    await seed(10);
    d.mount('#/');
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0009"]'));
    const first = d.$('tr[data-order-id="A-0009"] a') as HTMLAnchorElement;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await until(() => document.activeElement === d.page.root.querySelector('tr[data-index="1"] a'));
    d.page.root
      .querySelector('tr[data-index="1"] a')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await until(() => document.activeElement === d.page.root.querySelector('tr[data-index="9"] a'));
  });

  it('speaks Traditional Chinese in its filters and empty state', async () => {
    useLocale('zh_TW');
    await seed(4);
    d.mount('#/', 'zh-TW');
    await until(() => !!d.page.root.querySelector('tr[data-order-id="A-0003"]'));
    expect(d.$('.filter-bar').textContent).toContain('店鋪');
    choose('stage', 'written_off');
    await until(() => !!d.page.root.querySelector('.no-match'));
    expect(d.$('.no-match').textContent).toContain('沒有符合這些篩選條件的訂單');
  });
});
