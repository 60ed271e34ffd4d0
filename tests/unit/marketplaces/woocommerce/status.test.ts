import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { slugFromClasses, statusFromSlug } from '@/lib/marketplaces/woocommerce/status';

const open = (name: string, edit: (html: string) => string = (h) => h) =>
  new DOMParser().parseFromString(edit(readFileSync(`tests/fixtures/woocommerce/${name}.html`, 'utf8')), 'text/html');

describe('WooCommerce statuses', () => {
  it.each([
    ['pending', 'unpaid'],
    ['wc-on-hold', 'unpaid'],
    ['failed', 'unpaid'],
    ['processing', 'paid'],
    ['completed', 'paid'],
    ['cancelled', 'cancelled'],
    ['refunded', 'refunded'],
    ['awaiting-bank', 'unknown'],
    [undefined, 'unknown'],
  ] as const)('%s → %s', (slug, status) => expect(statusFromSlug(slug)).toBe(status));

  it('finds the slug in HPOS and legacy class lists', () => {
    const el = document.createElement('tr');
    el.className = 'order-1 type-shop_order status-wc-pending';
    expect(slugFromClasses(el.classList)).toBe('pending');
  });

  it('warns, naming the order and its words, when an order page shows a status Settle does not know', () => {
    const doc = open('hpos-edit-pending-en', (html) =>
      html.replace(
        `<option value="wc-pending" selected='selected'>Pending payment</option>`,
        `<option value="wc-pending">Pending payment</option><option value="wc-awaiting-bank" selected='selected'>Awaiting bank</option>`,
      ),
    );
    const reading = readPage(doc, 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042');
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders[0]).toMatchObject({ orderId: '1042', status: 'unknown', statusText: 'Awaiting bank' });
    expect(reading.orders[0]!.amountDue).toBeUndefined();
    expect(reading.warnings).toContain(
      'Order #1042: status "Awaiting bank" is not one Settle knows; it stays as it was.',
    );
  });

  it('warns on a list row in a status Settle does not know, and reads the other rows as before', () => {
    const reading = readPage(
      open('hpos-list-custom-status-en'),
      'http://shop.test/wp-admin/admin.php?page=wc-orders&orderby=date&order=desc',
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders.filter((o) => o.status === 'unknown').map((o) => o.orderId)).toEqual(['1046']);
    expect(reading.warnings).toEqual([
      'Order #1046: status "Awaiting bank" is not one Settle knows; it stays as it was.',
    ]);
  });

  it('gives no status warning on pages in statuses Settle knows', () => {
    for (const name of ['hpos-list-en', 'legacy-list-zh', 'hpos-edit-onhold-de']) {
      const html = readFileSync(`tests/fixtures/woocommerce/${name}.expected.json`, 'utf8');
      const reading = readPage(open(name), JSON.parse(html).url);
      expect(reading.ok && reading.warnings.filter((w) => /not one Settle knows/.test(w)), name).toEqual([]);
    }
  });
});
