import { beforeEach, describe, expect, it } from 'vitest';
import { admitPageOrders } from '@/lib/background/page-orders';
import { EBAY_SHOP } from '@/lib/marketplaces/ebay/shop';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

/** When the background got the readings. */
const READ_AT = '2026-12-05T10:00:00.000Z';

beforeEach(() => useLocale('en'));

const DE_PAGE = 'https://www.ebay.de/sh/ord/details?orderid=12-34567-89012';
const ebayOrder = (url: string) => {
  const { shop: _hint, ...reading } = createSnapshot({ marketplace: 'ebay', orderId: '12-34567-89012', url });
  return reading;
};

// eBay's shop is not an origin (one shop for all its sites), so the check that an order sits on its
// page's site compares shops, and only eBay's own hosts give the eBay shop.
describe("admitting an eBay page's orders", () => {
  it('admits an order read on ebay.de with its url on ebay.de, keeping the url, under the one eBay shop', () => {
    const admitted = admitPageOrders('ebay', [ebayOrder(DE_PAGE)], DE_PAGE, READ_AT);
    expect(admitted.warnings).toEqual([]);
    expect(admitted.orders.map((o) => [o.shop, o.url])).toEqual([[EBAY_SHOP, DE_PAGE]]);
    // Read again on ebay.com: the same shop, so the same order.
    const com = 'https://www.ebay.com/sh/ord/?filter=status:AWAITING_PAYMENT';
    expect(admitPageOrders('ebay', [ebayOrder(com)], com, READ_AT).orders[0]!.shop).toBe(EBAY_SHOP);
  });

  it('never files a page elsewhere claiming eBay under the eBay shop', () => {
    for (const page of [
      'https://www.ebay.com.evil.example/sh/ord/details?orderid=12-34567-89012',
      'https://evil-ebay.com/sh/ord/details?orderid=12-34567-89012',
    ]) {
      // Its own url: admitted, but only as its own origin's shop.
      const own = admitPageOrders('ebay', [ebayOrder(page)], page, READ_AT);
      expect(own.orders.map((o) => o.shop)).toEqual([new URL(page).origin]);
      // An eBay url on it: refused, never moved to the eBay shop.
      const claimed = admitPageOrders('ebay', [ebayOrder(DE_PAGE)], page, READ_AT);
      expect(claimed.orders).toEqual([]);
      expect(claimed.warnings).toEqual([
        'Order #12-34567-89012 was not saved: it points to another site than this page.',
      ]);
    }
  });

  it("refuses an eBay page's order whose url is not one of eBay's order pages", () => {
    const admitted = admitPageOrders(
      'ebay',
      [ebayOrder('https://evil.example/sh/ord/details?orderid=1'), ebayOrder('https://www.ebay.de/itm/1')],
      DE_PAGE,
      READ_AT,
    );
    expect(admitted.orders).toEqual([]);
    expect(admitted.warnings).toHaveLength(2);
  });

  it('keeps the earlier ids a page names for an order, within their budget', () => {
    const named = { ...ebayOrder(DE_PAGE), previousOrderIds: ['05-11111-22222'] };
    expect(admitPageOrders('ebay', [named], DE_PAGE, READ_AT).orders[0]!.previousOrderIds).toEqual(['05-11111-22222']);
    const flood = { ...ebayOrder(DE_PAGE), previousOrderIds: Array.from({ length: 50 }, (_, i) => `id-${i}`) };
    expect(admitPageOrders('ebay', [flood], DE_PAGE, READ_AT).orders).toEqual([]);
    const empty = { ...ebayOrder(DE_PAGE), previousOrderIds: [''] };
    expect(admitPageOrders('ebay', [empty], DE_PAGE, READ_AT).orders).toEqual([]);
  });
});
