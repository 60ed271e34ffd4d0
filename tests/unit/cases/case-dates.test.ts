import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseDates, nextDateChange, WARN_DAYS } from '@/lib/cases/case-dates';
import { caseWarnings } from '@/lib/cases/case-warnings';
import { LIMITATION } from '@/lib/cases/limitation';
import { VENUES, venueOf } from '@/lib/cases/venues';
import type { OrderRecord } from '@/lib/model/order-record';
import { chaseFromStatus } from '@/lib/tracker/chase-from-status';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

function order(orderId: string, placedAt: string, extra: Partial<OrderRecord> = {}): OrderRecord {
  const total = { amount: 1000, currency: 'USD' };
  return {
    marketplace: 'woocommerce',
    shop: 'http://shop.test',
    orderId,
    url: 'http://shop.test/x',
    status: 'unpaid',
    statusText: 'Pending payment',
    buyer: { name: 'Jane' },
    total,
    items: [],
    placedAt,
    open: 1,
    buyerKey: 'jane',
    firstSeenAt: placedAt,
    lastActivityAt: placedAt,
    chase: {
      ...chaseFromStatus({ status: 'unpaid', total }),
      stage: 'case',
      case: { venue: 'paypal', openedAt: placedAt, id: 'c1' },
    },
    ...extra,
  };
}

describe('venue dispute windows (the data)', () => {
  it('give each window a source, a confidence and a rule the seller can read in every language', () => {
    const withWindow = VENUES.filter((v) => v.window);
    expect(withWindow.map((v) => v.id).sort()).toEqual(['ebay', 'paypal', 'shopify-payments', 'stripe']);
    for (const v of withWindow) {
      const w = v.window!;
      expect(w.source.length, v.id).toBeGreaterThan(20);
      expect(['verified', 'secondary', 'unverified'], v.id).toContain(w.confidence);
      expect(en, v.id).toHaveProperty(w.value.rule);
      if ('days' in w.value) expect(w.value.days, v.id).toBeGreaterThan(0);
    }
    // What MARKETPLACES.md and the official pages say, checked against the data.
    expect(venueOf('paypal')!.window!.value).toMatchObject({ days: 180, from: 'placed' });
    expect(venueOf('ebay')!.window!.value).toMatchObject({ days: 30, from: 'placed' });
    expect(venueOf('stripe')!.window!.value).toMatchObject({ perCase: true });
    // Nobody publishes a window for an unpaid order here: no date is made up.
    for (const id of ['etsy', 'taobao', 'pinduoduo', 'douyin', 'mediator', 'other'] as const)
      expect(venueOf(id)!.window, id).toBeUndefined();
  });
});

describe('the dates of a case', () => {
  const now = '2027-05-01T00:00:00.000Z';

  it('counts the venue window from the order date, and names the rule and the order it comes from', () => {
    const [window] = caseDates({ venue: venueOf('paypal')! }, [order('7', '2026-11-10T12:00:00Z')], now);
    expect(window).toMatchObject({
      kind: 'window',
      at: '2027-05-09T12:00:00.000Z',
      orderId: '7',
      soon: true,
      passed: false,
      fact: venueOf('paypal')!.window,
    });
  });

  it('takes the earliest end among the orders of a case on a buyer', () => {
    const dates = caseDates(
      { venue: venueOf('court-england-wales')! },
      [order('2', '2026-03-01T00:00:00Z'), order('1', '2026-01-15T00:00:00Z', { dueAt: '2026-01-20T00:00:00Z' })],
      now,
    );
    expect(dates).toEqual([
      {
        kind: 'limitation',
        orderId: '1',
        at: '2032-01-20T00:00:00.000Z',
        soon: false,
        passed: false,
        fact: LIMITATION['england-wales'],
      },
    ]);
  });

  it("lists the seller's deadline, the window and the limitation, earliest first, each flagged near or passed by its own warning period", () => {
    const venue = { ...venueOf('court-taiwan')!, window: venueOf('ebay')!.window };
    const dates = caseDates({ venue, deadline: '2027-05-06T23:59:00.000Z' }, [order('3', '2025-05-20T00:00:00Z')], now);
    expect(dates.map((d) => [d.kind, d.at, d.soon, d.passed])).toEqual([
      ['window', '2025-06-19T00:00:00.000Z', false, true],
      ['deadline', '2027-05-06T23:59:00.000Z', true, false],
      ['limitation', '2027-05-20T00:00:00.000Z', true, false],
    ]);
  });

  it('flags a date exactly when its warning period starts, and stops at the moment it passes', () => {
    const deadline = '2027-06-01T00:00:00.000Z';
    const at = (t: string) => caseDates({ deadline }, [], t)[0]!;
    expect(at(plus(deadline, -WARN_DAYS.deadline - 0.001))).toMatchObject({ soon: false, passed: false });
    expect(at(plus(deadline, -WARN_DAYS.deadline))).toMatchObject({ soon: true, passed: false });
    expect(at(deadline)).toMatchObject({ soon: true, passed: false });
    expect(at(plus(deadline, 0.001))).toMatchObject({ soon: false, passed: true });
  });

  it('says when to look again: the next warning period to start, or a near date to pass', () => {
    const dates = caseDates(
      { venue: venueOf('paypal')!, deadline: '2027-06-01T00:00:00.000Z' },
      [order('7', '2026-11-10T12:00:00Z')],
      now,
    );
    // The window (ends 9 May) is near already; the deadline's week starts 25 May: the window's end comes first.
    expect(nextDateChange(dates, now)).toBe(Date.parse('2027-05-09T12:00:00.000Z'));
    expect(nextDateChange(dates, '2027-05-10T00:00:00.000Z')).toBe(Date.parse('2027-05-25T00:00:00.000Z'));
    expect(nextDateChange(dates, '2027-06-02T00:00:00.000Z')).toBeUndefined();
  });
});

describe('warnings across open cases', () => {
  it('lists each near date once per case, keyed by case, kind and date, with the order it concerns', () => {
    const a = order('10', '2026-11-10T12:00:00Z');
    const b = order('11', '2026-12-01T12:00:00Z', {
      chase: {
        ...a.chase,
        case: { venue: 'paypal', openedAt: 'x', id: 'c1', orders: ['10', '11'], deadline: '2027-05-03T00:00:00.000Z' },
      },
    });
    const solo = order('20', '2026-01-01T00:00:00Z', {
      chase: { ...a.chase, case: { venue: 'court-taiwan', openedAt: 'x', id: 'c2' } },
    });
    const { near, nextChangeAt } = caseWarnings(
      [
        { id: 'c1', orders: [b, a] },
        { id: 'c2', orders: [solo] },
      ],
      '2027-05-01T00:00:00.000Z',
    );
    expect(near.map((n) => [n.key, n.order.orderId])).toEqual([
      ['c1|deadline|2027-05-03T00:00:00.000Z', '11'],
      ['c1|window|2027-05-09T12:00:00.000Z', '10'],
    ]);
    expect(nextChangeAt).toBe(Date.parse('2027-05-03T00:00:00.000Z'));
  });
});
