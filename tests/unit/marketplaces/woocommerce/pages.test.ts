import { describe, expect, it } from 'vitest';
import { isHposOrderEdit, isLegacyPostEdit, isOrderList } from '@/lib/marketplaces/woocommerce/pages';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { loadFixtures } from '../../../console/fixtures.mjs';

const LISTS = [
  'http://shop.test/wp-admin/admin.php?page=wc-orders',
  'https://shop.test/wp-admin/admin.php?page=wc-orders&status=wc-pending',
  'https://example.com/shop/wp-admin/admin.php?page=wc-orders&paged=2&orderby=date&order=desc',
  'http://shop.test/wp-admin/edit.php?post_type=shop_order',
  'http://shop.test/wp-admin/edit.php?post_status=wc-pending&post_type=shop_order',
];
const HPOS_EDITS = [
  'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
  'https://a.b/x/wp-admin/admin.php?id=7&action=edit&page=wc-orders',
];
const LEGACY_EDITS = ['http://shop.test/wp-admin/post.php?post=987&action=edit'];
const NOT_ORDERS = [
  'http://shop.test/wp-admin/index.php',
  'http://shop.test/wp-admin/admin.php?page=wc-orders&action=new',
  'http://shop.test/wp-admin/admin.php?page=wc-orders--shop_subscription',
  'http://shop.test/wp-admin/admin.php?page=wc-settings',
  'http://shop.test/wp-admin/edit.php?post_type=product',
  'http://shop.test/wp-admin/post-new.php?post_type=shop_order',
  'http://shop.test/checkout/order-pay/1042/?pay_for_order=true',
  'https://www.ebay.com/sh/ord/?filter=status:AWAITING_PAYMENT',
  'https://admin.shopify.com/store/acme/orders/123',
  'https://fxg.jinritemai.com/ffa/morder/order/list',
];

describe('WooCommerce page detection', () => {
  it.each(LISTS)('list: %s', (u) => expect(isOrderList(new URL(u))).toBe(true));
  it.each(HPOS_EDITS)('HPOS edit: %s', (u) => expect(isHposOrderEdit(new URL(u))).toBe(true));
  it.each(LEGACY_EDITS)('legacy edit: %s', (u) => expect(isLegacyPostEdit(new URL(u))).toBe(true));
  it.each(NOT_ORDERS)('not an order page: %s', (u) => {
    const url = new URL(u);
    expect(isOrderList(url) || isHposOrderEdit(url) || isLegacyPostEdit(url)).toBe(false);
  });

  it('needs the page to say a legacy post.php is an order (products share the URL)', () => {
    const url = new URL(LEGACY_EDITS[0]!);
    const product = new DOMParser().parseFromString(
      '<body class="post-type-product"><div id="poststuff"></div></body>',
      'text/html',
    );
    const order = new DOMParser().parseFromString(
      '<body class="post-type-shop_order"><div id="order_data"></div></body>',
      'text/html',
    );
    expect(adapter.detect(url, product)).toBeNull();
    expect(adapter.detect(url, order)).toBe('order-detail');
  });

  it("detects every saved page's own kind, and no other console's pages", () => {
    for (const f of loadFixtures()) {
      const doc = new DOMParser().parseFromString(
        '<body class="post-type-shop_order"><div id="order_data"></div></body>',
        'text/html',
      );
      const kind = adapter.detect(new URL(f.url), doc);
      expect(kind, f.name).toBe(f.marketplace === 'woocommerce' ? f.expected.kind : null);
    }
  });
});

/**
 * Chrome's (and Firefox's) match-pattern semantics, as documented: the scheme `*` is http or https;
 * the host `*` is any host, `*.x` is x and its subdomains; the path, where only `*` is a wildcard
 * (a `?` is a literal), is matched against the URL's path AND query, never its fragment.
 */
function matchPattern(pattern: string, href: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`invalid match pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const url = new URL(href);
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    const bare = host.replace(/^\*\./, '');
    if (!(url.hostname === bare || (host.startsWith('*.') && url.hostname.endsWith(`.${bare}`)))) return false;
  }
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );
  return glob.test(url.pathname + url.search);
}
/** Whether the browser injects the content script: some `matches` pattern and no `exclude_matches` pattern. */
const injected = (href: string) =>
  adapter.matches.some((p) => matchPattern(p, href)) &&
  !(adapter.excludeMatches ?? []).some((p) => matchPattern(p, href));

describe('WooCommerce content-script match patterns', () => {
  it('the test matcher follows the documented semantics', () => {
    expect(matchPattern('*://*/foo*', 'https://a.test/foo?bar')).toBe(true);
    expect(matchPattern('*://*/*foo', 'https://a.test/x?q=/foo')).toBe(true);
    expect(matchPattern('*://*/foo?*', 'https://a.test/foo.x')).toBe(false);
    expect(matchPattern('*://*/foo?*', 'https://a.test/foo?')).toBe(false); // an empty query is not serialised
    expect(matchPattern('*://*/foo*', 'https://a.test/bar#/foo')).toBe(false);
    expect(matchPattern('https://*.a.test/*', 'http://a.test/')).toBe(false);
    expect(matchPattern('https://*.a.test/*', 'https://b.a.test/')).toBe(true);
  });

  const REAL = [
    ...LISTS,
    ...HPOS_EDITS,
    ...LEGACY_EDITS,
    'https://example.com/shop/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
    'https://example.com/a/b/wp-admin/edit.php?post_type=shop_order',
    'https://example.com/store/wp-admin/post.php?post=987&action=edit',
    'http://localhost:8780/wp-admin/admin.php?page=wc-orders',
    ...loadFixtures()
      .filter((f) => f.marketplace === 'woocommerce' && f.expected.kind)
      .map((f) => f.url),
  ];
  it.each(REAL)('runs on the order page %s', (href) => expect(injected(href)).toBe(true));

  it.each([
    'http://evil.test/search?q=/wp-admin/admin.php',
    'http://evil.test/wp-admin/admin.php.evil/x',
    'http://evil.test/wp-admin/admin.php.evil/x?page=wc-orders',
    'http://evil.test/search?q=/wp-admin/admin.php?page=wc-orders',
    'http://evil.test/search?q=/shop/wp-admin/edit.php?post_type=shop_order',
    'http://evil.test/search?q=x&r=/wp-admin/post.php?post=1&action=edit',
    'http://evil.test/search/x?/wp-admin/admin.php?page=wc-orders',
    'http://evil.test/foowp-admin/admin.php?page=wc-orders',
    'http://evil.test/wp-admin/admin.phpx?page=wc-orders',
    'http://evil.test/wp-admin/admin.php/x?page=wc-orders',
    'http://evil.test/a#/wp-admin/admin.php?page=wc-orders',
    'http://evil.test/wp-admin/index.php?x=/wp-admin/admin.php',
    'https://www.google.com/search?q=%2Fwp-admin%2Fadmin.php',
    'https://www.google.com/search?q=/wp-admin/admin.php?page=wc-orders',
  ])('never runs on %s', (href) => expect(injected(href)).toBe(false));

  it('covers every URL the page detector calls an order page, on any host, in any folder', () => {
    const folders = ['', '/shop', '/a/b', '/wp'];
    const queries = [
      'page=wc-orders',
      'page=wc-orders&status=wc-pending',
      'id=7&action=edit&page=wc-orders',
      'post_type=shop_order',
      'post=987&action=edit',
      'page=wc-orders&action=edit&id=1',
    ];
    let orderPages = 0;
    for (const origin of ['http://shop.test', 'https://a.example.co.uk:8443'])
      for (const folder of folders)
        for (const script of ['admin', 'edit', 'post'])
          for (const query of queries) {
            const href = `${origin}${folder}/wp-admin/${script}.php?${query}`;
            if (!adapter.isOrderPageUrl(new URL(href))) continue;
            orderPages++;
            expect(injected(href), href).toBe(true);
          }
    expect(orderPages).toBeGreaterThan(40);
  });

  it('is what the content script declares', async () => {
    const { default: script } = await import('@/entrypoints/woocommerce.content');
    expect(script.matches).toEqual(adapter.matches);
    expect(script.excludeMatches).toEqual(adapter.excludeMatches);
  });
});

describe('isOrderPageUrl', () => {
  it.each([...LISTS, ...HPOS_EDITS, ...LEGACY_EDITS])('is true for %s', (u) =>
    expect(adapter.isOrderPageUrl(new URL(u))).toBe(true),
  );
  it.each([
    ...NOT_ORDERS,
    'http://evil.test/search?q=/wp-admin/admin.php',
    'http://evil.test/wp-admin/admin.php.evil/x',
  ])('is false for %s', (u) => expect(adapter.isOrderPageUrl(new URL(u))).toBe(false));
});
