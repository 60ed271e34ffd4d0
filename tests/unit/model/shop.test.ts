import { describe, expect, it } from 'vitest';
import { consoleUrlOf, isOnShop, MANUAL_SHOP, originOf, shopLabelOf, shopOfPage } from '@/lib/model/shop';

describe('whose order it is', () => {
  it("is the page's origin for a self-hosted console, whatever its folder", () => {
    expect(shopOfPage('woocommerce', 'https://shop.example/store/wp-admin/admin.php?page=wc-orders')).toBe(
      'https://shop.example',
    );
    expect(shopOfPage('woocommerce', 'http://shop.example:8080/wp-admin/post.php?post=1&action=edit')).toBe(
      'http://shop.example:8080',
    );
  });

  it("keeps and opens links only on the order's own shop's site", () => {
    const shop = 'https://shop.example';
    expect(isOnShop('https://shop.example/checkout/order-pay/1042/', shop)).toBe(true);
    expect(isOnShop('https://evil.test/pay/1042', shop)).toBe(false);
    expect(isOnShop('http://shop.example/x', shop)).toBe(false); // another scheme is another site
    expect(isOnShop('https://shop.example.evil.test/x', shop)).toBe(false);
    expect(isOnShop('javascript:alert(1)', shop)).toBe(false);
    expect(isOnShop(undefined, shop)).toBe(false);
    // Orders added by hand have no site: nothing is "on" them.
    expect(isOnShop('chrome-extension://x/dashboard.html', MANUAL_SHOP)).toBe(false);
    expect(consoleUrlOf({ url: 'https://evil.test/wp-admin/post.php?post=1&action=edit', shop })).toBeUndefined();
    expect(consoleUrlOf({ url: 'https://shop.example/wp-admin/post.php?post=1&action=edit', shop })).toBe(
      'https://shop.example/wp-admin/post.php?post=1&action=edit',
    );
  });

  it('reads an origin or nothing', () => {
    expect(originOf('https://shop.example/a?b')).toBe('https://shop.example');
    expect(originOf('not a url')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});

describe('the short name a shop is shown by (issue 13)', () => {
  it.each([
    ['https://shop.example', 'shop.example'],
    ['https://www.ebay.com', 'ebay.com'],
    ['http://shop.test:8080', 'shop.test:8080'],
    ['https://admin.shopify.com/store/acme-tea', 'acme-tea'],
    ['https://admin.shopify.com/store/%E8%8C%B6', '茶'],
  ])('%s → %s', (shop, label) => expect(shopLabelOf(shop)).toBe(label));

  it('leaves orders added by hand to the page, which names them in the seller’s language', () => {
    expect(shopLabelOf(MANUAL_SHOP)).toBeUndefined();
  });
});
