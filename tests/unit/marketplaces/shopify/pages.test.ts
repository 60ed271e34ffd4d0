import { describe, expect, it } from 'vitest';
import { adapter } from '@/lib/marketplaces/shopify';

const kind = (url: string) => adapter.detect(new URL(url), document);
const isOrderPage = (url: string) => adapter.isOrderPageUrl(new URL(url));

/** A match pattern as the browser applies it (scheme, host with a leading `*.`, path with `*`). */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const glob = (s: string) => new RegExp(`^${s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const hostOk = host!.startsWith('*.') ? u.hostname.endsWith(host!.slice(1)) : u.hostname === host;
  return u.protocol === `${scheme}:` && hostOk && glob(path!).test(u.pathname + u.search);
}
const matched = (url: string) => adapter.matches.some((p) => matchesPattern(p, url));

describe('Shopify admin addresses', () => {
  it.each([
    ['https://admin.shopify.com/store/acme-goods/orders', 'order-list'],
    ['https://admin.shopify.com/store/acme-goods/orders?query=1024&after=abc', 'order-list'],
    ['https://admin.shopify.com/store/acme-goods/orders/5612345601024', 'order-detail'],
    ['https://admin.shopify.com/store/acme-goods/draft_orders', 'order-list'],
    ['https://admin.shopify.com/store/acme-goods/draft_orders/1100012', 'order-detail'],
    ['https://acme-goods.myshopify.com/admin/orders', 'order-list'],
    ['https://acme-goods.myshopify.com/admin/orders/5612345601024', 'order-detail'],
    ['https://acme-goods.myshopify.com/admin/draft_orders/1100012', 'order-detail'],
  ])('%s is an order page (%s), within the content script’s patterns', (url, expected) => {
    expect(isOrderPage(url)).toBe(true);
    expect(kind(url)).toBe(expected);
    expect(matched(url)).toBe(true);
  });

  it.each([
    'https://admin.shopify.com/store/acme-goods',
    'https://admin.shopify.com/store/acme-goods/products',
    'https://admin.shopify.com/store/acme-goods/customers/7012345001',
    'https://admin.shopify.com/store/acme-goods/draft_orders/new',
    'https://admin.shopify.com/store/acme-goods/orders/5612345601024/refund',
    'https://admin.shopify.com/store/acme-goods/apps/some-app/orders/1',
    'https://acme-goods.myshopify.com/admin/products/1',
  ])('%s is an admin page but no order page: the script does nothing there', (url) => {
    expect(matched(url)).toBe(true);
    expect(isOrderPage(url)).toBe(false);
    expect(kind(url)).toBeNull();
  });

  it.each([
    // Another host dressed as the admin: never an order page of a Shopify store.
    'https://evil.example/store/acme-goods/orders/1',
    'https://admin.shopify.com.evil.example/store/acme-goods/orders',
    'http://admin.shopify.com/store/acme-goods/orders',
    // A store's storefront on its myshopify.com address.
    'https://acme-goods.myshopify.com/orders/1',
    'https://acme-goods.myshopify.com/account/orders/1',
    'https://admin.shopify.com/orders/1',
  ])('%s is not an order page, and the patterns never take it', (url) => {
    expect(isOrderPage(url)).toBe(false);
    expect(kind(url)).toBeNull();
    expect(matched(url)).toBe(false);
  });
});
