import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@/lib/model/order';
import { MAX_STATUS_CHARS, statusReader } from '@/lib/marketplaces/parse/status';

const statusOf = statusReader([
  ['paid', ['Paid', '已付款', 'Bezahlt']],
  ['partially_paid', ['Partially paid', '部分付款']],
  [
    'unpaid',
    ['Awaiting payment', 'Payment pending', 'Unpaid', 'Not paid', '待付款', '等待买家付款', 'Zahlung ausstehend'],
  ],
  ['refunded', ['Refunded', 'Partially refunded']],
  ['cancelled', ['Canceled', 'Cancelled', '已取消']],
  ['unknown', ['payment']],
]);

describe('statusReader', () => {
  it.each<[string, OrderStatus | undefined]>([
    ['Paid', 'paid'],
    ['paid', 'paid'],
    ['PAID', 'paid'],
    ['  Paid  ', 'paid'],
    ['«Paid»', 'paid'],
    ['Paid.', 'paid'],
    ['(Paid)', 'paid'],
    ['Partially paid', 'partially_paid'],
    ['Partially   paid', 'partially_paid'],
    ['Partially\npaid', 'partially_paid'],
    ['Ｐａｉｄ', 'paid'],
    ['Awaiting payment', 'unpaid'],
    ['Awaiting Payment', 'unpaid'],
    ['Status: Awaiting payment', 'unpaid'],
    ['Payment pending', 'unpaid'],
    ['payment', 'unknown'],
    ['Payment received', 'unknown'],
    ['Unpaid', 'unpaid'],
    ['Not paid', 'unpaid'],
    ['Partially refunded', 'refunded'],
    ['Refunded', 'refunded'],
    ['Canceled', 'cancelled'],
    ['Zahlung ausstehend', 'unpaid'],
    ['BEZAHLT', 'paid'],
    ['待付款', 'unpaid'],
    ['订单状态：待付款', 'unpaid'],
    ['等待买家付款', 'unpaid'],
    ['已付款', 'paid'],
    ['部分付款', 'partially_paid'],
    ['已取消', 'cancelled'],
    // Whole words only: "Prepaid" and "Paidup" are not "Paid".
    ['Prepaid', undefined],
    ['Paidup', undefined],
    ['Unpaidness', undefined],
    ['Shipped', undefined],
    ['', undefined],
    ['   ', undefined],
    ['—', undefined],
  ])('%j → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('keeps the table order between phrases of one length', () => {
    const first = statusReader([
      ['paid', ['done']],
      ['cancelled', ['done']],
    ]);
    expect(first('done')).toBe('paid');
  });

  it('ignores empty phrases in the table', () => {
    expect(statusReader([['paid', ['', '  ']]])('anything')).toBeUndefined();
  });

  it('reads only the start of overlong text, and quickly', () => {
    expect(statusOf(`Paid ${'x'.repeat(MAX_STATUS_CHARS)}`)).toBe('paid');
    expect(statusOf(`${'x '.repeat(MAX_STATUS_CHARS)} Paid`)).toBeUndefined();
    const start = performance.now();
    for (let i = 0; i < 1000; i++) statusOf('pai'.repeat(10_000));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
