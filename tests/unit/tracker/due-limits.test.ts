import { describe, expect, it } from 'vitest';
import { selectDueNow, type DueCandidate } from '@/lib/tracker/due-limits';

const NOW = '2026-11-22T12:00:00.000Z';
const due = (
  orderId: string,
  buyerKey: string,
  dueAt = '2026-11-22T09:00:00.000Z',
  shop = 'http://shop.test',
): DueCandidate => ({ marketplace: 'woocommerce', orderId, buyerKey, shop, dueAt });
const none = { sentTodayByShop: {}, lastSentByBuyer: {} };

describe('reminders due now: limits across orders', () => {
  it('lets one reminder per buyer through, the longest-due first', () => {
    const s = selectDueNow(
      [due('2', 'jane', '2026-11-22T10:00:00.000Z'), due('1', 'jane', '2026-11-21T10:00:00.000Z'), due('3', 'li')],
      none,
      () => 20,
      NOW,
    );
    expect(s.dueNow.map((c) => c.orderId)).toEqual(['1', '3']);
    expect(s.held).toEqual([{ candidate: expect.objectContaining({ orderId: '2' }), reason: 'buyer-has-another-due' }]);
  });

  it('holds a buyer reminded in the last 24 hours, on any order', () => {
    const s = selectDueNow(
      [due('1', 'jane')],
      {
        sentTodayByShop: {},
        lastSentByBuyer: { 'woocommerce\u0000http://shop.test\u0000jane': '2026-11-21T13:00:00.000Z' },
      },
      () => 20,
      NOW,
    );
    expect(s.held[0]?.reason).toBe('buyer-reminded-recently');
    expect(
      selectDueNow(
        [due('1', 'jane')],
        {
          sentTodayByShop: {},
          lastSentByBuyer: { 'woocommerce\u0000http://shop.test\u0000jane': '2026-11-21T11:00:00.000Z' },
        },
        () => 20,
        NOW,
      ).dueNow,
    ).toHaveLength(1);
  });

  it('keeps to the daily cap per shop, counting what was sent today', () => {
    const cands = [due('1', 'a'), due('2', 'b'), due('3', 'c'), due('4', 'd', undefined, 'http://other.test')];
    const s = selectDueNow(cands, { sentTodayByShop: { 'http://shop.test': 1 }, lastSentByBuyer: {} }, () => 2, NOW);
    expect(s.dueNow.map((c) => c.orderId)).toEqual(['1', '4']);
    expect(s.held.map((h) => h.reason)).toEqual(['daily-cap', 'daily-cap']);
  });

  it('ignores what is not due yet', () => {
    expect(selectDueNow([due('1', 'a', '2026-11-23T00:00:00.000Z')], none, () => 20, NOW)).toEqual({
      dueNow: [],
      held: [],
      consumed: 0,
    });
  });
});
