import { beforeEach, describe, expect, it } from 'vitest';
import { ETSY_SHOP, etsyShopOfPage, isEtsyOrderPageOnEtsy } from '@/lib/marketplaces/etsy/shop';
import { consoleUrlOf, isOnShop, shopOfPage } from '@/lib/model/shop';
import { admitPageOrders } from '@/lib/background/page-orders';
import { createSnapshot } from '../../factories';
import { useLocale } from '../../support/i18n';

/** When the background got the readings. */
const READ_AT = '2026-12-05T10:00:00.000Z';

const LIST = 'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav';
const OVERLAY = 'https://www.etsy.com/your/orders/sold/new?order_id=3456789012';

// Every Etsy shop's manager is on www.etsy.com: the host, and nothing a page says, makes a page Etsy's.
describe("an Etsy page's shop", () => {
  it("is Etsy's one shop key for Etsy's own host, over https only", () => {
    expect(etsyShopOfPage(new URL(LIST))).toBe(ETSY_SHOP);
    expect(etsyShopOfPage(new URL(OVERLAY))).toBe(ETSY_SHOP);
    expect(shopOfPage('etsy', OVERLAY)).toBe('https://www.etsy.com');
  });

  it.each([
    'https://evil.test/your/orders/sold?order_id=3456789012',
    'http://www.etsy.com/your/orders/sold?order_id=3456789012',
    'https://www.etsy.com.evil.test/your/orders/sold?order_id=3456789012',
    'https://etsy.com/your/orders/sold?order_id=3456789012',
    'https://www.etsy.com:8443/your/orders/sold?order_id=3456789012',
    'https://user@www.etsy.com.evil.test/your/orders/sold',
  ])('is never the Etsy shop for a page on another host: %s', (page) => {
    expect(shopOfPage('etsy', page)).not.toBe(ETSY_SHOP);
    expect(shopOfPage('etsy', page)).toBe(new URL(page).origin);
  });

  it("opens and keeps only Etsy's own order pages for the Etsy shop", () => {
    expect(isOnShop(OVERLAY, ETSY_SHOP)).toBe(true);
    expect(isOnShop(LIST, ETSY_SHOP)).toBe(true);
    expect(consoleUrlOf({ url: OVERLAY, shop: ETSY_SHOP })).toBe(OVERLAY);
    for (const other of [
      'https://www.etsy.com/shop/SomeoneElse',
      'https://www.etsy.com/listing/123/x',
      'https://www.etsy.com/messages/123',
      'https://www.etsy.com/your/orders/soldx',
      'http://www.etsy.com/your/orders/sold',
      'https://evil.test/your/orders/sold?order_id=1',
      'javascript:alert(1)',
      undefined,
    ]) {
      expect(isEtsyOrderPageOnEtsy(other), String(other)).toBe(false);
      expect(isOnShop(other, ETSY_SHOP), String(other)).toBe(false);
      expect(consoleUrlOf({ url: other ?? '', shop: ETSY_SHOP }), String(other)).toBeUndefined();
    }
  });
});

describe('admitting an Etsy reading', () => {
  beforeEach(() => useLocale('en'));

  const etsyOrder = (url: string) => {
    const { shop: _hint, ...reading } = createSnapshot({
      marketplace: 'etsy',
      orderId: '3456789012',
      url,
      statusText: 'Unpaid',
    });
    return reading;
  };

  it("gives an order read on Etsy's own orders page the Etsy shop", () => {
    const admitted = admitPageOrders('etsy', [{ ...etsyOrder(OVERLAY), shop: 'https://evil.test' }], OVERLAY, READ_AT);
    expect(admitted.orders.map((o) => o.shop)).toEqual([ETSY_SHOP]);
  });

  it('never files an Etsy receipt from another host under the Etsy shop', () => {
    const evil = 'https://evil.test/your/orders/sold/new?order_id=3456789012';
    // The reading claims Etsy's address: refused, it is not the page's own site.
    const claimed = admitPageOrders('etsy', [{ ...etsyOrder(OVERLAY), shop: ETSY_SHOP }], evil, READ_AT);
    expect(claimed.orders).toEqual([]);
    expect(claimed.warnings).toEqual(['Order #3456789012 was not saved: it points to another site than this page.']);
    // The reading names its own page: kept apart, in a shop that is not Etsy's.
    const own = admitPageOrders('etsy', [{ ...etsyOrder(evil), shop: ETSY_SHOP }], evil, READ_AT);
    expect(own.orders.map((o) => o.shop)).toEqual(['https://evil.test']);
  });
});
