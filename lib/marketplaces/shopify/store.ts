import type { HostedShops } from '../hosted-shops';
/**
 * Which Shopify store a page belongs to. Every store's admin shares one origin,
 * `https://admin.shopify.com/store/{handle}/…`, so the origin alone would let one store's page
 * speak for another's orders: the store is the handle. The old admin address
 * `https://{handle}.myshopify.com/admin/…` is the same store (Shopify's own `shop-admin-url-helper`
 * maps one to the other), so it gets the same key.
 */
const ADMIN_HOST = 'admin.shopify.com';
const LEGACY_HOST = /^([a-z0-9][a-z0-9-]*)\.myshopify\.com$/;
const HANDLE = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The store's key, the same for both admin addresses: `https://admin.shopify.com/store/acme`. */
const storeKey = (handle: string) => `https://${ADMIN_HOST}/store/${handle}`;

/**
 * The store a Shopify admin page belongs to, or undefined when `url` is not a store's admin page on
 * Shopify's own hosts (https, default port, no credentials). Handles are lower-cased, as Shopify's are.
 */
export function shopifyStoreOf(url: string | URL | undefined): string | undefined {
  let u: URL;
  try {
    if (!url) return undefined;
    // An address already parsed is read as it is, not parsed again.
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.port || u.username || u.password) return undefined;
  const host = u.hostname.toLowerCase();
  if (host === ADMIN_HOST) {
    const handle = (/^\/store\/([^/]+)(?:\/|$)/.exec(u.pathname) ?? [])[1];
    return handle && HANDLE.test(handle.toLowerCase()) ? storeKey(handle.toLowerCase()) : undefined;
  }
  const legacy = (LEGACY_HOST.exec(host) ?? [])[1];
  return legacy && HANDLE.test(legacy) && /^\/admin(?:\/|$)/.test(u.pathname) ? storeKey(legacy) : undefined;
}

/** Whether `shop` is a Shopify store's key (as shopifyStoreOf gives it). */
const isShopifyStoreKey = (shop: string) => shopifyStoreOf(shop) === shop;

/** Whether `url` is one of this store's own admin pages (on either address); never another store's. */
export function isOnShopifyStore(url: string | undefined, shop: string): boolean {
  return isShopifyStoreKey(shop) && shopifyStoreOf(url) === shop;
}

/**
 * Shopify's shops for lib/model/shop.ts: a store per handle; a store's pages are its own admin
 * pages, and no other shop on the admin's origin holds them.
 */
export const shopifyHostedShops: HostedShops = {
  shopOf: shopifyStoreOf,
  owns: isShopifyStoreKey,
  isOnShop: isOnShopifyStore,
  holdsPage: (url) => !!shopifyStoreOf(url),
};
