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
const HPOS_EDITS = ['http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042', 'https://a.b/x/wp-admin/admin.php?id=7&action=edit&page=wc-orders'];
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
    const product = new DOMParser().parseFromString('<body class="post-type-product"><div id="poststuff"></div></body>', 'text/html');
    const order = new DOMParser().parseFromString('<body class="post-type-shop_order"><div id="order_data"></div></body>', 'text/html');
    expect(adapter.detect(url, product)).toBeNull();
    expect(adapter.detect(url, order)).toBe('order-detail');
  });

  it("detects every saved page's own kind, and no other console's pages", () => {
    for (const f of loadFixtures()) {
      const doc = new DOMParser().parseFromString('<body class="post-type-shop_order"><div id="order_data"></div></body>', 'text/html');
      const kind = adapter.detect(new URL(f.url), doc);
      expect(kind, f.name).toBe(f.marketplace === 'woocommerce' ? f.expected.kind : null);
    }
  });

  it('has match patterns that are valid and cover the three admin scripts only', () => {
    expect(adapter.matches).toEqual(['*://*/*wp-admin/admin.php*', '*://*/*wp-admin/edit.php*', '*://*/*wp-admin/post.php*']);
  });
});
