import { describe, expect, it } from 'vitest';
import { adapter } from '@/lib/marketplaces/etsy';
import { receiptIdOfUrl } from '@/lib/marketplaces/etsy/pages';
import { loadFixtures } from '../../../console/fixtures.mjs';

const LISTS = [
  'https://www.etsy.com/your/orders/sold',
  'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav',
  'https://www.etsy.com/your/orders/sold/new',
  'https://www.etsy.com/your/orders/sold/completed?ref=seller-platform-mcnav',
  'https://www.etsy.com/your/orders/sold?search_query=3456789000',
  'https://www.etsy.com/your/orders/sold/new?search_query=jane',
];
const ORDERS = [
  'https://www.etsy.com/your/orders/sold/new?order_id=3456789000',
  'https://www.etsy.com/your/orders/sold/completed?order_id=3456789006',
  'https://www.etsy.com/your/orders/sold?order_id=3456789000&ref=seller-platform-mcnav',
  'https://www.etsy.com/your/orders/sold/3456789000',
];
const NOT_ORDERS = [
  'https://www.etsy.com/your/shops/me/dashboard',
  'https://www.etsy.com/messages/123',
  'https://www.etsy.com/your/orders/soldx',
  'https://www.etsy.com/your/orders/sold/new/extra',
  'https://www.etsy.com/your/orders/sold?order_id=abc',
  'https://www.etsy.com/your/orders/sold?order_id=',
  'http://www.etsy.com/your/orders/sold',
  'https://etsy.com/your/orders/sold',
  'https://www.etsy.com.evil.test/your/orders/sold',
  'https://evil.test/your/orders/sold?order_id=3456789000',
  'https://www.ebay.com/sh/ord/?filter=status:AWAITING_PAYMENT',
  'http://shop.test/wp-admin/admin.php?page=wc-orders',
];

describe('Etsy page detection, by the address alone', () => {
  const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
  it.each(LISTS)('list: %s', (u) => expect(adapter.detect(new URL(u), doc)).toBe('order-list'));
  it.each(ORDERS)('order: %s', (u) => expect(adapter.detect(new URL(u), doc)).toBe('order-detail'));
  it.each(NOT_ORDERS)('neither: %s', (u) => expect(adapter.detect(new URL(u), doc)).toBeNull());
  it.each([...LISTS, ...ORDERS])('the content script runs on %s', (u) =>
    expect(adapter.isOrderPageUrl(new URL(u))).toBe(true),
  );

  it('takes the receipt id from order_id= or the path', () => {
    expect(receiptIdOfUrl(new URL(ORDERS[0]!))).toBe('3456789000');
    expect(receiptIdOfUrl(new URL(ORDERS[3]!))).toBe('3456789000');
    expect(receiptIdOfUrl(new URL(LISTS[1]!))).toBeUndefined();
  });

  it("detects every saved page's own kind, and no other console's pages", () => {
    for (const f of loadFixtures())
      expect(adapter.detect(new URL(f.url), doc), f.name).toBe(f.marketplace === 'etsy' ? f.expected.kind : null);
  });

  it('is what the content script declares, on Etsy over https only', async () => {
    expect(adapter.matches).toEqual(['https://www.etsy.com/your/orders/sold*']);
    const { default: script } = await import('@/entrypoints/etsy.content');
    expect(script.matches).toEqual(adapter.matches);
  });
});
