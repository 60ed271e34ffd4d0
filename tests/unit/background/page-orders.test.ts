import { beforeEach, describe, expect, it } from 'vitest';
import { admitPageOrders } from '@/lib/background/page-orders';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

/** When the background got the readings. */
const READ_AT = '2026-12-05T10:00:00.000Z';

beforeEach(() => useLocale('en'));

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders';
const EVIL = 'http://evil.test/wp-admin/post.php?post=1&action=edit';
const order = (overrides = {}) => {
  const { shop: _hint, ...reading } = createSnapshot({ url: PAGE, ...overrides });
  return reading;
};

describe("admitting a page's orders: a page speaks only for its own shop, one order at a time", () => {
  it('gives every order the shop of the page that sent it, whatever the reading claims', () => {
    const admitted = admitPageOrders(
      'woocommerce',
      [{ ...order(), shop: 'real.shop' }],
      EVIL.replace('post.php?post=1&action=edit', 'admin.php?page=wc-orders'),
      READ_AT,
    );
    // The reading's url is shop.test, the page is evil.test: refused, not moved to evil.test or kept on shop.test.
    expect(admitted.orders).toEqual([]);
    expect(admitted.warnings).toEqual(['Order #1042 was not saved: it points to another site than this page.']);
    const own = admitPageOrders('woocommerce', [{ ...order(), shop: 'https://real.shop' }], PAGE, READ_AT);
    expect(own.orders.map((o) => o.shop)).toEqual(['http://shop.test']);
  });

  it('refuses a bad order alone and keeps the rest of its page', () => {
    const raw = [
      order({ orderId: '1' }),
      order({ orderId: '2', total: { amount: 1.5, currency: 'USD' } }),
      order({ orderId: '3', total: { amount: -500, currency: 'USD' } }),
      { ...order({ orderId: '4' }), status: 'owed' },
      { ...order({ orderId: '5' }), html: '<b>' },
      order({ orderId: '6', placedAt: 'yesterday' }),
      order({ orderId: '7', total: { amount: 1, currency: 'usd' } }),
      order({ orderId: '8', buyer: { name: 'x'.repeat(1024 * 1024) } }),
      order({ orderId: '9' }),
    ];
    const admitted = admitPageOrders('woocommerce', raw, PAGE, READ_AT);
    expect(admitted.orders.map((o) => o.orderId)).toEqual(['1', '9']);
    expect(admitted.warnings).toHaveLength(7);
    expect(admitted.warnings[0]).toMatch(/^Order #2 was not saved: total\.amount/);
    expect(admitted.warnings[1]).toMatch(/^Order #3 was not saved: total\.amount/);
    expect(admitted.warnings[6]).toBe(
      'Order #8 was not saved: the page shows more about it than Settle keeps for one order.',
    );
  });

  it("keeps a pay link only on the page's own site", () => {
    const admitted = admitPageOrders(
      'woocommerce',
      [
        order({ payUrl: 'https://evil.test/pay/3301' }),
        order({ orderId: '2', payUrl: 'http://shop.test/checkout/order-pay/2/?key=k' }),
      ],
      PAGE,
      READ_AT,
    );
    expect(admitted.orders[0]!.payUrl).toBeUndefined();
    expect(admitted.orders[1]!.payUrl).toBe('http://shop.test/checkout/order-pay/2/?key=k');
    expect(admitted.warnings).toEqual(['Order #1042: its payment link is on another site, so Settle does not use it.']);
  });

  it('refuses an order of another console, and names an order without a usable number by its place', () => {
    const admitted = admitPageOrders(
      'woocommerce',
      [order({ marketplace: 'ebay' }), { ...order(), orderId: 7 }],
      PAGE,
      READ_AT,
    );
    expect(admitted.orders).toEqual([]);
    expect(admitted.warnings[1]).toMatch(/^Order number 2 on the page was not saved/);
  });

  describe('Shopify: every store shares admin.shopify.com, so the shop is the store', () => {
    const STORE_PAGE = 'https://admin.shopify.com/store/acme-goods/orders';
    const shopifyOrder = (url: string, orderId = '1001') => {
      const { shop: _hint, ...reading } = createSnapshot({ marketplace: 'shopify', orderId, url });
      return reading;
    };

    it("files a store's orders under the store, from either admin address", () => {
      const own = admitPageOrders(
        'shopify',
        [
          shopifyOrder('https://admin.shopify.com/store/acme-goods/orders/5012345678'),
          shopifyOrder('https://acme-goods.myshopify.com/admin/orders/5012345679', '1002'),
        ],
        STORE_PAGE,
        READ_AT,
      );
      expect(own.warnings).toEqual([]);
      expect(own.orders.map((o) => o.shop)).toEqual([
        'https://admin.shopify.com/store/acme-goods',
        'https://admin.shopify.com/store/acme-goods',
      ]);
    });

    it("refuses another store's order read on this store's page, though the origin is the same", () => {
      const admitted = admitPageOrders(
        'shopify',
        [shopifyOrder('https://admin.shopify.com/store/rival/orders/5012345678')],
        STORE_PAGE,
        READ_AT,
      );
      expect(admitted.orders).toEqual([]);
      expect(admitted.warnings).toEqual(['Order #1001 was not saved: it points to another site than this page.']);
    });

    it('never files a page elsewhere under the real store, whatever its path and orders claim', () => {
      const evil = 'https://evil.example/store/acme-goods/orders';
      const admitted = admitPageOrders(
        'shopify',
        [
          shopifyOrder('https://admin.shopify.com/store/acme-goods/orders/5012345678'),
          shopifyOrder('https://evil.example/store/acme-goods/orders/5012345679', '1002'),
        ],
        evil,
        READ_AT,
      );
      // The order pointing at the real store is refused; the page's own is kept under the evil origin alone.
      expect(admitted.warnings).toEqual(['Order #1001 was not saved: it points to another site than this page.']);
      expect(admitted.orders.map((o) => [o.orderId, o.shop])).toEqual([['1002', 'https://evil.example']]);
    });
  });
});

describe('admitting the dates a page printed', () => {
  it('reads them against the moment the background got the page, and stores no printed words', () => {
    const { placedAt: _iso, ...undated } = order();
    const admitted = admitPageOrders(
      'woocommerce',
      [
        { ...undated, orderId: '1', printedDates: { placedAt: { text: 'vor 3 Tagen', lang: 'de' } } },
        { ...undated, orderId: '2', printedDates: { placedAt: { text: 'some day' } } },
      ],
      PAGE,
      READ_AT,
    );
    expect(admitted.orders.map((o) => [o.orderId, o.placedAt])).toEqual([
      ['1', '2026-12-02'],
      ['2', undefined],
    ]);
    expect(admitted.orders.some((o) => 'printedDates' in o)).toBe(false);
    expect(admitted.warnings).toEqual([
      'Order #2: its date "some day" could not be read ("some" is not part of a date); it is kept without one.',
    ]);
  });

  it('says nothing of the dates of an order it refuses', () => {
    const { placedAt: _iso, ...undated } = order();
    const admitted = admitPageOrders(
      'woocommerce',
      [{ ...undated, printedDates: { placedAt: { text: 'some day' } } }],
      EVIL,
      READ_AT,
    );
    expect(admitted.warnings).toEqual(['Order #1042 was not saved: it points to another site than this page.']);
  });
});
