import { describe, expect, it } from 'vitest';
import { isOnShopifyStore, shopifyStoreOf } from '@/lib/marketplaces/shopify/store';

const STORE = 'https://admin.shopify.com/store/acme-goods';

describe('which Shopify store a page belongs to', () => {
  it('is the store handle on admin.shopify.com, and the old myshopify.com admin maps to the same store', () => {
    expect(shopifyStoreOf('https://admin.shopify.com/store/acme-goods/orders/5012345678')).toBe(STORE);
    expect(shopifyStoreOf('https://admin.shopify.com/store/Acme-Goods/orders?query=1001')).toBe(STORE);
    expect(shopifyStoreOf('https://admin.shopify.com/store/acme-goods')).toBe(STORE);
    expect(shopifyStoreOf('https://acme-goods.myshopify.com/admin/orders/5012345678')).toBe(STORE);
    expect(shopifyStoreOf('https://ACME-GOODS.myshopify.com/admin/draft_orders')).toBe(STORE);
  });

  it('is no store on any other host, whatever its path claims', () => {
    // The attack: a page elsewhere dressed as the real store's admin.
    expect(shopifyStoreOf('https://evil.example/store/acme-goods/orders/1')).toBeUndefined();
    expect(shopifyStoreOf('https://admin.shopify.com.evil.example/store/acme-goods/orders')).toBeUndefined();
    expect(shopifyStoreOf('https://acme-goods.myshopify.com.evil.example/admin/orders')).toBeUndefined();
    expect(shopifyStoreOf('https://evil.example/?u=https://admin.shopify.com/store/acme-goods')).toBeUndefined();
    expect(shopifyStoreOf('http://admin.shopify.com/store/acme-goods/orders')).toBeUndefined();
    expect(shopifyStoreOf('https://admin.shopify.com:8443/store/acme-goods/orders')).toBeUndefined();
    expect(shopifyStoreOf('https://user@admin.shopify.com/store/acme-goods/orders')).toBeUndefined();
  });

  it('is no store on a Shopify page outside a store admin', () => {
    expect(shopifyStoreOf('https://admin.shopify.com/')).toBeUndefined();
    expect(shopifyStoreOf('https://admin.shopify.com/store/')).toBeUndefined();
    expect(shopifyStoreOf('https://admin.shopify.com/store/acme%2Fgoods/orders')).toBeUndefined();
    expect(shopifyStoreOf('https://admin.shopify.com/store/-acme/orders')).toBeUndefined();
    // The storefront of a myshopify.com shop is the shop's public site, not its admin.
    expect(shopifyStoreOf('https://acme-goods.myshopify.com/products/mug')).toBeUndefined();
    expect(shopifyStoreOf('https://acme-goods.myshopify.com/administrator')).toBeUndefined();
    expect(shopifyStoreOf('https://a.b.myshopify.com/admin/orders')).toBeUndefined();
    expect(shopifyStoreOf('not a url')).toBeUndefined();
    expect(shopifyStoreOf(undefined)).toBeUndefined();
  });

  it("takes only the store's own admin pages as on the store", () => {
    expect(isOnShopifyStore('https://admin.shopify.com/store/acme-goods/orders/1', STORE)).toBe(true);
    expect(isOnShopifyStore('https://acme-goods.myshopify.com/admin/orders/1', STORE)).toBe(true);
    // Another store on the same origin is another shop.
    expect(isOnShopifyStore('https://admin.shopify.com/store/acme-goods-2/orders/1', STORE)).toBe(false);
    expect(isOnShopifyStore('https://admin.shopify.com/store/rival/orders/1', STORE)).toBe(false);
    expect(isOnShopifyStore('https://evil.example/store/acme-goods/orders/1', STORE)).toBe(false);
    expect(isOnShopifyStore('https://admin.shopify.com/store/acme-goods/orders/1', 'https://admin.shopify.com')).toBe(
      false,
    );
  });
});
