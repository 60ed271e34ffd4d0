import { describe, expect, it } from 'vitest';
import { orderKeyOfText, orderKeyText } from '@/lib/model/order-record';

// The frames a tab read orders in are remembered under these keys (lib/browser/order-frames.ts); the
// popup's capture reads the shop back out of them to pass over the orders of other shops' frames.
describe('an order key as one string, and back', () => {
  it.each([
    ['ebay', 'ebay:seller-hub', '12-34567-89022'],
    ['woocommerce', 'https://shop.example:8080', '1042'],
    ['shopify', 'https://admin.shopify.com/store/acme', '#1001'],
  ] as const)('gives back %s / %s / %s', (marketplace, shop, orderId) => {
    expect(orderKeyOfText(orderKeyText({ marketplace, shop, orderId }))).toEqual([marketplace, shop, orderId]);
  });

  it('keeps a separator inside an order number in the number, never in the shop', () => {
    const orderId = 'A\u0000B';
    expect(orderKeyOfText(orderKeyText({ marketplace: 'generic', shop: 'https://shop.example', orderId }))).toEqual([
      'generic',
      'https://shop.example',
      orderId,
    ]);
  });
});
