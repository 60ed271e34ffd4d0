import type { ShopSnapshot } from '@/lib/model/order-record';

/** A pending WooCommerce order reading; override what the test is about. */
export function createSnapshot(overrides: Partial<ShopSnapshot> = {}): ShopSnapshot {
  return {
    marketplace: 'woocommerce',
    orderId: '1042',
    url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
    status: 'unpaid',
    statusText: 'Pending payment',
    buyer: { name: 'Jane Doe' },
    total: { amount: 123880, currency: 'USD' },
    amountDue: { amount: 123880, currency: 'USD' },
    placedAt: '2026-11-19T14:05:22+00:00',
    items: [],
    shop: 'http://shop.test',
    ...overrides,
  };
}
