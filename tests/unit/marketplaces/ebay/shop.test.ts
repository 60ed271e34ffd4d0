import { describe, expect, it } from 'vitest';
import { EBAY_SHOP, isEbayOrderUrl } from '@/lib/marketplaces/ebay/shop';
import { consoleUrlOf, isOnShop, shopOfPage } from '@/lib/model/shop';

// One seller account sees the same orders (eBay's order ids are global) on every country site:
// an order read on www.ebay.de and again on www.ebay.com must be ONE order, so every Seller Hub
// host gives one shop. Only eBay's own hosts may: any other page claiming to be eBay is its own shop.
describe('whose eBay order it is', () => {
  it('is one shop for every eBay country site', () => {
    for (const host of [
      'www.ebay.com',
      'www.ebay.de',
      'www.ebay.co.uk',
      'www.ebay.com.au',
      'www.ebay.ca',
      'www.ebay.fr',
      'www.ebay.it',
      'www.ebay.es',
    ])
      expect(shopOfPage('ebay', `https://${host}/sh/ord/details?orderid=12-34567-89012`)).toBe(EBAY_SHOP);
  });

  it('is never the eBay shop for a page elsewhere that claims to be eBay', () => {
    const lookalikes = [
      'https://www.ebay.com.evil.example/sh/ord/details?orderid=12-34567-89012',
      'https://evil-ebay.com/sh/ord/details?orderid=12-34567-89012',
      'https://ebay.com.evil.example/sh/ord/',
      'https://www.ebay.com.:443/sh/ord/',
      'http://www.ebay.com/sh/ord/details?orderid=12-34567-89012', // not eBay's scheme
      'https://www.ebay.com:8443/sh/ord/details?orderid=12-34567-89012', // not eBay's port
      'https://user@evil.example/sh/ord/?www.ebay.com',
      'https://www.ebay.cn/sh/ord/', // not a Seller Hub site Settle reads
    ];
    for (const url of lookalikes) {
      const shop = shopOfPage('ebay', url);
      expect(shop, url).not.toBe(EBAY_SHOP);
      expect(isOnShop(url, EBAY_SHOP), url).toBe(false);
    }
    // A console of another kind on an eBay host is not the eBay shop either.
    expect(shopOfPage('woocommerce', 'https://www.ebay.com/wp-admin/admin.php?page=wc-orders')).toBe(
      'https://www.ebay.com',
    );
  });

  it("keeps and opens only eBay's own order pages, on any eBay site", () => {
    expect(isOnShop('https://www.ebay.de/sh/ord/details?orderid=12-34567-89012', EBAY_SHOP)).toBe(true);
    expect(isOnShop('https://www.ebay.com/mesh/ord/details?mode=SH&orderId=12-34567-89012', EBAY_SHOP)).toBe(true);
    expect(isOnShop('https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_PAYMENT', EBAY_SHOP)).toBe(true);
    expect(isOnShop('https://www.ebay.com/itm/123456789012', EBAY_SHOP)).toBe(false); // eBay, but not an order page
    expect(isOnShop('https://www.ebay.com/sh/ordinary', EBAY_SHOP)).toBe(false);
    expect(isOnShop('javascript:alert(1)', EBAY_SHOP)).toBe(false);
    expect(isOnShop(undefined, EBAY_SHOP)).toBe(false);
    expect(consoleUrlOf({ url: 'https://www.ebay.fr/sh/ord/details?orderid=1', shop: EBAY_SHOP })).toBe(
      'https://www.ebay.fr/sh/ord/details?orderid=1',
    );
    expect(consoleUrlOf({ url: 'https://evil.example/sh/ord/details?orderid=1', shop: EBAY_SHOP })).toBeUndefined();
    // The eBay shop's pages are not any origin's: a shop that is an origin never takes them.
    expect(isOnShop('https://www.ebay.com/sh/ord/', 'https://evil.example')).toBe(false);
    expect(isEbayOrderUrl('https://www.ebay.com/sh/ord/details?orderid=1')).toBe(true);
  });
});
