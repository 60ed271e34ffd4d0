import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { READ_LIMITS } from '@/lib/marketplaces/limits';
import { PageReadMessageSchema } from '@/lib/messaging/schemas';
import type { PageReading } from '@/lib/marketplaces/types';

const LIST_URL = 'http://shop.test/wp-admin/admin.php?page=wc-orders';
const EDIT_URL = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const SETTINGS = encodeURIComponent(
  JSON.stringify({ currency: { code: 'USD', symbol: '$', decimalSeparator: '.', thousandSeparator: ',' } }),
);
const open = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const MB = 1024 * 1024;

interface Row {
  id: string | number;
  buyer?: string;
  slug?: string;
  words?: string;
  total?: string;
  href?: string;
  datetime?: string;
}
/** One HPOS list row in WooCommerce's markup, cut to the cells the reader uses. */
function row({
  id,
  buyer = 'Jane Doe',
  slug = 'pending',
  words = 'Pending payment',
  total = '10.00',
  href,
  datetime = '2026-11-22T11:18:03+00:00',
}: Row): string {
  const link = href ?? `http://shop.test/wp-admin/admin.php?page=wc-orders&amp;action=edit&amp;id=${id}`;
  return `<tr id="order-${id}" class="order-${id} type-shop_order status-${slug}"><td class="order_number column-order_number"><a href="${link}" class="order-view"><strong>#${id} ${buyer}</strong></a></td><td class="order_date column-order_date"><time datetime="${datetime}">x</time></td><td class="order_status column-order_status"><mark class="order-status status-${slug} tips"><span>${words}</span></mark></td><td class="order_total column-order_total"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>${total}</bdi></span></td></tr>`;
}
/**
 * A row cut to what the reader needs (a trashed order's number cell, a total): happy-dom parses
 * about 0.15 ms per element, so the rows past the cap are kept small to keep the test quick.
 */
const lightRow = (id: number) =>
  `<tr id="order-${id}" class="status-pending"><td class="order_number"><strong>#${id} B</strong></td><td class="order_total">$1.00</td></tr>`;
function listPage(rows: string[]): string {
  return `<!DOCTYPE html><html lang="en-US"><head><script id="wc-settings-js-before">var wcSettings = wcSettings || JSON.parse( decodeURIComponent( '${SETTINGS}' ) );</script></head>
<body><table class="wp-list-table"><tbody id="the-list">${rows.join('')}</tbody></table></body></html>`;
}

/** What the background would do with this reading: the message schema accepts it or rejects the page. */
function acceptedByBackground(reading: PageReading, url: string) {
  const result = v.safeParse(PageReadMessageSchema, { type: 'cs-bg-page-read', url, reading });
  return result.success
    ? true
    : result.issues.slice(0, 3).map((i) => `${i.path?.map((p) => String(p.key)).join('.')}: ${i.message}`);
}

describe('WooCommerce list reader: bounded work per page', () => {
  it('reads only the first 1,000 rows of a 5,000-row page, says so, and never touches the rest', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i % 250 === 0 ? row({ id: 100000 - i, buyer: `Buyer ${i}` }) : lightRow(100000 - i),
    );
    const doc = open(listPage(rows));
    const all = doc.getElementById('the-list')!.children;
    expect(all.length).toBe(5000);
    // Rows past the cap: any query or text read on them would show up here.
    const untouched = [1000, 1001, 2500, 4999].map((i) => all[i]!);
    const spies = untouched.flatMap((r) => [
      vi.spyOn(r, 'querySelector'),
      vi.spyOn(r, 'querySelectorAll'),
      vi.spyOn(r, 'matches'),
    ]);

    const reading = readPage(doc, LIST_URL);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders).toHaveLength(1000);
    expect(reading.orders[0]!.orderId).toBe('100000');
    expect(reading.orders[999]!.orderId).toBe('99001');
    expect(reading.warnings).toContain(
      'This page shows 5,000 orders; Settle read only the first 1,000. Show fewer orders per page (Screen Options) to have Settle read them all.',
    );
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(acceptedByBackground(reading, LIST_URL)).toBe(true);
  });

  it('reads a page of exactly 1,000 rows without a warning', () => {
    const reading = readPage(open(listPage(Array.from({ length: 1000 }, (_, i) => lightRow(5000 + i)))), LIST_URL);
    expect(reading.ok && reading.orders.length).toBe(1000);
    expect(reading.ok && reading.warnings).toEqual([]);
  });

  it('shortens a 1 MB buyer name to its limit, says which order, and reads every other order', () => {
    const huge = 'A'.repeat(MB);
    const doc = open(
      listPage([row({ id: 1041 }), row({ id: 1042, buyer: huge }), row({ id: 1043, buyer: 'Mei Chen' })]),
    );
    const reading = readPage(doc, LIST_URL);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders.map((o) => o.orderId)).toEqual(['1041', '1042', '1043']);
    const name = reading.orders[1]!.buyer.name!;
    expect(name.length).toBe(READ_LIMITS.buyer.name);
    expect(name.startsWith('AAAA')).toBe(true);
    expect(reading.orders[2]!.buyer.name).toBe('Mei Chen');
    expect(reading.warnings.join('\n')).toMatch(/Order #1042: .*buyer name/);
    expect(acceptedByBackground(reading, LIST_URL)).toBe(true);
  });

  it('skips an order whose number is too long to be one, alone', () => {
    const reading = readPage(open(listPage([row({ id: '9'.repeat(300) }), row({ id: 1042 })])), LIST_URL);
    expect(reading.ok && reading.orders.map((o) => o.orderId)).toEqual(['1042']);
    expect(reading.ok && reading.warnings.join('\n')).toMatch(/longer than 200 characters/);
    expect(acceptedByBackground(reading, LIST_URL)).toBe(true);
  });

  it('keeps a page whose order link or date is not usable: the order keeps the page address and no date', () => {
    const reading = readPage(
      open(listPage([row({ id: 1041, href: 'javascript:alert(1)', datetime: 'yesterday' }), row({ id: 1042 })])),
      LIST_URL,
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders[0]).toMatchObject({ orderId: '1041', url: LIST_URL });
    expect(reading.orders[0]!.placedAt).toBeUndefined();
    expect(acceptedByBackground(reading, LIST_URL)).toBe(true);
  });

  it('keeps at most 100 warnings of at most 500 characters, so the page is never refused for them', () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row({ id: 2000 + i, slug: `custom-${i}`, words: `Custom ${'x'.repeat(400)} ${i}` }),
    );
    const reading = readPage(open(listPage(rows)), LIST_URL);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders).toHaveLength(300);
    expect(reading.warnings.length).toBeLessThanOrEqual(READ_LIMITS.warningsPerPage);
    expect(reading.warnings.every((w) => w.length <= READ_LIMITS.warningChars)).toBe(true);
    expect(reading.warnings.at(-1)).toMatch(/more warning/);
    expect(acceptedByBackground(reading, LIST_URL)).toBe(true);
  });

  it('skips a row whose total is a 40,000-character run of dots, quickly, and reads the rest', () => {
    const start = performance.now();
    const reading = readPage(
      open(listPage([row({ id: 1041, total: `1${'.'.repeat(40_000)}2` }), row({ id: 1042 })])),
      LIST_URL,
    );
    expect(performance.now() - start).toBeLessThan(1000);
    expect(reading.ok && reading.orders.map((o) => o.orderId)).toEqual(['1042']);
    expect(reading.ok && reading.warnings.join('\n')).toMatch(
      /1041: no readable total \(the amount is longer than 64 characters\)/,
    );
  });

  it('skips a negative total: an order total is never negative', () => {
    const reading = readPage(open(listPage([row({ id: 1041, total: '-5.00' }), row({ id: 1042 })])), LIST_URL);
    expect(reading.ok && reading.orders.map((o) => o.orderId)).toEqual(['1042']);
    expect(reading.ok && reading.warnings.join('\n')).toMatch(/1041: no readable total \(the amount is negative\)/);
  });
});

describe('WooCommerce order reader: bounded fields and items', () => {
  // Stylesheet links dropped: happy-dom would try (and fail, noisily) to load them.
  const pending = readFileSync('tests/fixtures/woocommerce/hpos-edit-pending-en.html', 'utf8').replace(
    /<link\b[^>]*>/g,
    '',
  );

  it('shortens a 1 MB item title and buyer name, drops an email too long to be one, and names the order', () => {
    const doc = open(pending);
    doc.querySelector('.wc-order-item-name')!.textContent = 'T'.repeat(MB);
    (doc.querySelector('#_billing_first_name') as HTMLInputElement).value = 'N'.repeat(MB);
    (doc.querySelector('#_billing_email') as HTMLInputElement).value = `${'e'.repeat(400)}@example.com`;
    const reading = readPage(doc, EDIT_URL);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const order = reading.orders[0]!;
    expect(order.items[0]!.title.length).toBe(READ_LIMITS.item.title);
    expect(order.buyer.name!.length).toBe(READ_LIMITS.buyer.name);
    expect(order.buyer.email).toBeUndefined();
    expect(reading.warnings.join('\n')).toMatch(/Order #1042: .*item title.*/);
    expect(acceptedByBackground(reading, EDIT_URL)).toBe(true);
  });

  it('reads at most 500 items of an order, and says so', () => {
    const more = Array.from(
      { length: 600 },
      (_, i) => `<tr class="item"><td class="name"><div class="wc-order-item-name">Item ${i}</div></td></tr>`,
    ).join('');
    const doc = open(pending.replace('<tbody id="order_line_items">', `<tbody id="order_line_items">${more}`));
    const body = doc.querySelector('#order_line_items')!;
    const extra = [...body.querySelectorAll(':scope > tr.item')].slice(READ_LIMITS.itemsPerOrder);
    expect(extra).toHaveLength(102);
    const spies = [extra[0]!, extra.at(-1)!].map((r) => vi.spyOn(r, 'querySelector'));
    const reading = readPage(doc, EDIT_URL);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.orders[0]!.items).toHaveLength(READ_LIMITS.itemsPerOrder);
    expect(reading.warnings.join('\n')).toMatch(/Order #1042: .*first 500 items/);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(acceptedByBackground(reading, EDIT_URL)).toBe(true);
  });
});
