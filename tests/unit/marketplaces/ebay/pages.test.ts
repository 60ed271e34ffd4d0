import { describe, expect, it } from 'vitest';
import { adapter } from '@/lib/marketplaces/ebay';
import { EBAY_HOSTS } from '@/lib/marketplaces/ebay/hosts';
import { isEbayOrderPageUrl, orderIdParam, statusFilter } from '@/lib/marketplaces/ebay/pages';
import { loadFixtures } from '../../../console/fixtures.mjs';

const LISTS = [
  'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
  'https://www.ebay.com/sh/ord/?filter=status:AWAITING_PAYMENT',
  'https://www.ebay.de/sh/ord?status=AWAITING_SHIPMENT',
  'https://www.ebay.co.uk/sh/ord/',
];
const DETAILS = [
  'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012',
  'https://www.ebay.com.au/sh/ord/details?orderid=12-34567-89012&srn=171',
  'https://www.ebay.ca/mesh/ord/details?mode=SH&srn=171&orderid=12-34567-89012&source=Orders&ru=https%3A%2F%2Fwww.ebay.ca%2Fsh%2Ford',
  'https://www.ebay.fr/mesh/ord/details?mode=SH&orderId=12-34567-89012',
];
const NOT_ORDERS = [
  'https://www.ebay.com/sh/ovw',
  'https://www.ebay.com/sh/ordinary',
  'https://www.ebay.com/sh/ord/details', // no order id
  'https://www.ebay.com/sh/ord/details?orderid=',
  'https://www.ebay.com/mesh/ord/details?mode=SH',
  'https://www.ebay.com/itm/123456789012',
  'https://www.ebay.com/mys/messages',
  'http://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
  'https://www.ebay.com.evil.example/sh/ord/details?orderid=1',
  'https://evil-ebay.com/sh/ord/',
  'https://www.ebay.com:8443/sh/ord/',
  'http://shop.test/wp-admin/admin.php?page=wc-orders',
];

describe('eBay Seller Hub page detection', () => {
  it.each([...LISTS, ...DETAILS])('an order page: %s', (u) => expect(isEbayOrderPageUrl(new URL(u))).toBe(true));
  it.each(NOT_ORDERS)('not an order page: %s', (u) => expect(isEbayOrderPageUrl(new URL(u))).toBe(false));

  it('reads the list filter from either form of the address', () => {
    expect(statusFilter(new URL(LISTS[1]!))).toBe('AWAITING_PAYMENT');
    expect(statusFilter(new URL(LISTS[2]!))).toBe('AWAITING_SHIPMENT');
    expect(statusFilter(new URL(LISTS[3]!))).toBeUndefined();
  });

  // The order id is read without a URLSearchParams where the query has no escapes: the same as one reads it.
  it.each([
    ['?orderid=12-34567-89012&srn=1001', '12-34567-89012'],
    ['?srn=1001&orderid=12-34567-89012', '12-34567-89012'],
    ['?orderid=12-1&orderid=12-2', '12-1'],
    ['?mode=SH&orderId=12-34567-89012', '12-34567-89012'],
    ['?orderid=&orderId=12-3', '12-3'],
    ['?orderid', undefined],
    ['?&&orderid=12-4&', '12-4'],
    ['?orderid=12=5', '12=5'],
    ['?xorderid=12-6', undefined],
    ['?order%69d=12-7', '12-7'],
    ['?orderid=%2012-8+', '12-8'],
    ['?orderid=12%2D9', '12-9'],
    ['?orderid=%E0%A4%A', '\uFFFD%A'],
  ])('reads the order id of %s as URLSearchParams does', (query, id) => {
    const url = new URL(`https://www.ebay.com/sh/ord/details${query}`);
    const read = (url.searchParams.get('orderid') || url.searchParams.get('orderId') || '').trim() || undefined;
    expect(read).toBe(id);
    expect(orderIdParam(url)).toBe(id);
  });

  it('serves every site the brief names, and its match patterns are only those sites’ order paths', () => {
    for (const host of ['.com', '.co.uk', '.de', '.com.au', '.ca', '.fr', '.it', '.es'])
      expect(EBAY_HOSTS).toContain(`www.ebay${host}`);
    expect(adapter.matches).toHaveLength(EBAY_HOSTS.length * 2);
    for (const pattern of adapter.matches)
      expect(pattern).toMatch(/^https:\/\/www\.ebay\.[a-z.]+\/(sh\/ord\*|mesh\/ord\/details\*)$/);
    expect(adapter.allFrames).toBe(true);
  });

  it("detects every saved page's own kind, and no other console's pages", () => {
    for (const f of loadFixtures()) {
      const doc = new DOMParser().parseFromString('<dl><dt>Order number</dt><dd>1</dd></dl>', 'text/html');
      // The document here has order fields of its own, so the framed page's address reads as a details page too.
      const own = f.name === 'sh-ord-details-frame-shell' ? 'order-detail' : f.expected.kind;
      expect(adapter.detect(new URL(f.url), doc), f.name).toBe(f.marketplace === 'ebay' ? own : null);
    }
  });

  it('leaves a details page whose order sits in a child frame to the frame', () => {
    const url = new URL('https://www.ebay.com/sh/ord/details?orderid=12-34567-89022');
    const shell = new DOMParser().parseFromString(
      '<main><iframe src="https://www.ebay.com/mesh/ord/details?orderid=12-34567-89022"></iframe></main>',
      'text/html',
    );
    expect(adapter.detect(url, shell)).toBeNull();
  });
});
