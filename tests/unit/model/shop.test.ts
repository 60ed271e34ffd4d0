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

  it('is the store for Shopify, on either admin address, and never a store for a page elsewhere', () => {
    const store = 'https://admin.shopify.com/store/acme-goods';
    expect(shopOfPage('shopify', 'https://admin.shopify.com/store/acme-goods/orders/5012345678')).toBe(store);
    expect(shopOfPage('shopify', 'https://acme-goods.myshopify.com/admin/orders/5012345678')).toBe(store);
    // Another store on the same origin is another shop.
    expect(shopOfPage('shopify', 'https://admin.shopify.com/store/rival/orders')).toBe(
      'https://admin.shopify.com/store/rival',
    );
    // The attack: a page on another host claiming to be the store's admin gets its own origin, not the store.
    expect(shopOfPage('shopify', 'https://evil.example/store/acme-goods/orders/1')).toBe('https://evil.example');
    expect(shopOfPage('shopify', 'https://admin.shopify.com.evil.example/store/acme-goods/orders')).toBe(
      'https://admin.shopify.com.evil.example',
    );
    // Only the Shopify console has stores: a WooCommerce page under /store/ is its origin's.
    expect(shopOfPage('woocommerce', 'https://admin.shopify.com/store/acme-goods/orders')).toBe(
      'https://admin.shopify.com',
    );
  });

  it("opens and keeps only a Shopify store's own admin pages for its orders", () => {
    const shop = 'https://admin.shopify.com/store/acme-goods';
    const page = 'https://admin.shopify.com/store/acme-goods/orders/5012345678';
    expect(isOnShop(page, shop)).toBe(true);
    expect(isOnShop('https://acme-goods.myshopify.com/admin/orders/5012345678', shop)).toBe(true);
    expect(isOnShop('https://admin.shopify.com/store/rival/orders/5012345678', shop)).toBe(false);
    expect(isOnShop('https://admin.shopify.com/store/acme-goods-2/orders/1', shop)).toBe(false);
    expect(isOnShop('https://evil.example/store/acme-goods/orders/1', shop)).toBe(false);
    expect(isOnShop('https://acme-goods.myshopify.com/products/mug', shop)).toBe(false);
    expect(consoleUrlOf({ url: page, shop })).toBe(page);
    expect(consoleUrlOf({ url: 'https://admin.shopify.com/store/rival/orders/1', shop })).toBeUndefined();
    // A plain origin on Shopify's host holds no store's pages (no page there speaks for a store).
    expect(isOnShop(page, 'https://admin.shopify.com')).toBe(false);
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
