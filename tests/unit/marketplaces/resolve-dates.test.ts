import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import type { OrderSnapshot, PrintedDate } from '@/lib/model/order';
import {
  browserZone,
  readingTimeOf,
  resolveOrderDates,
  resolveReadingDates,
  type ReadingTime,
} from '@/lib/marketplaces/resolve-dates';
import { printedDatesOf } from '@/lib/marketplaces/printed-dates';
import { boundOrder } from '@/lib/marketplaces/bound';
import { READ_LIMITS } from '@/lib/marketplaces/limits';
import { OrderSnapshotSchema } from '@/lib/messaging/schemas';
import { createSnapshot } from '../factories';

// Saturday 5 December 2026, 17:00 UTC: noon in New York.
const TIME: ReadingTime = { now: new Date('2026-12-05T17:00:00Z'), viewerZone: 'America/New_York' };
const PAGE = new URL('https://admin.shopify.com/store/acme-goods/orders');

/** An order as a reader reports it: its dates only as the page prints them. */
function printed(dates: { placedAt?: PrintedDate; dueAt?: PrintedDate }): OrderSnapshot {
  const { placedAt: _iso, shop: _shop, ...order } = createSnapshot({ orderId: '1024' });
  return { ...order, printedDates: dates };
}

describe('reading the dates a page prints, as the background does', () => {
  it('reads placedAt and dueAt with the page’s hints, and keeps no printed dates', () => {
    const { order, warnings } = resolveOrderDates(
      printed({
        placedAt: { text: 'Gestern um 14:05', lang: 'de' },
        dueAt: { text: '03/12/2026', order: 'dmy' },
      }),
      TIME,
    );
    expect(warnings).toEqual([]);
    expect(order.placedAt).toBe('2026-12-04T14:05:00');
    expect(order.dueAt).toBe('2026-12-03');
    expect(order).not.toHaveProperty('printedDates');
  });

  it("gives times the console's own zone when the page says it", () => {
    const { order } = resolveOrderDates(
      printed({ placedAt: { text: 'Today at 9:12 am', timeZone: 'America/Los_Angeles' } }),
      TIME,
    );
    expect(order.placedAt).toBe('2026-12-05T09:12:00-08:00');
  });

  it('counts "Today" from the seller’s day, not UTC’s', () => {
    // 02:30 UTC on the 6th is still the 5th in New York.
    const late: ReadingTime = { ...TIME, now: new Date('2026-12-06T02:30:00Z') };
    expect(resolveOrderDates(printed({ placedAt: { text: 'Today at 9:12 pm' } }), late).order.placedAt).toBe(
      '2026-12-05T21:12:00',
    );
  });

  it('leaves out a date it cannot read for sure, naming the order, the words and why', () => {
    const { order, warnings } = resolveOrderDates(
      printed({ placedAt: { text: '12/05/2026' }, dueAt: { text: 'sometime soon' } }),
      TIME,
    );
    expect(order).not.toHaveProperty('placedAt');
    expect(order).not.toHaveProperty('dueAt');
    expect(warnings).toEqual([
      'Order #1024: its date "12/05/2026" could not be read ("12/05/2026" could be day first or month first, and the console\'s date order is not known); it is kept without one.',
      'Order #1024: its payment due date "sometime soon" could not be read ("sometime" is not part of a date); it is kept without one.',
    ]);
  });

  it('reads no relative date when the moment of reading is not known', () => {
    const unknown: ReadingTime = { now: new Date(Number.NaN) };
    const { order, warnings } = resolveOrderDates(printed({ placedAt: { text: 'vor 3 Tagen' } }), unknown);
    expect(order).not.toHaveProperty('placedAt');
    expect(warnings[0]).toMatch(/the time the page was read is not known/);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>Dec 3, 2026',
    'constructor',
    '__proto__ days ago',
    'Dec\u202e 3, 2026\u200b',
    '\u0000\u0000',
    '"); DROP TABLE orders; --',
  ])('reads hostile words %j as no date, and quotes them in the warning only as text', (text) => {
    const { order, warnings } = resolveOrderDates(printed({ placedAt: { text, lang: '<b>' } }), TIME);
    expect(order).not.toHaveProperty('placedAt');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.length).toBeLessThanOrEqual(READ_LIMITS.warningChars);
  });

  it('resolves a whole reading, its date warnings after the page’s own', () => {
    const reading = resolveReadingDates(
      {
        ok: true,
        marketplace: 'shopify',
        kind: 'order-list',
        orders: [printed({ placedAt: { text: 'Nov 28 at 10:01 am' } }), printed({ placedAt: { text: 'soon' } })],
        warnings: ['A page warning.'],
      },
      TIME,
    );
    expect(reading.ok && reading.orders.map((o) => o.placedAt)).toEqual(['2026-11-28T10:01:00', undefined]);
    expect(reading.ok && reading.warnings).toEqual([
      'A page warning.',
      'Order #1024: its date "soon" could not be read ("soon" is not part of a date); it is kept without one.',
    ]);
  });
});

describe('printed dates on their way from the page', () => {
  it('keeps the words and the hints a reader found, and no empty date', () => {
    expect(printedDatesOf({ placedAt: '  Dec 3, 2026 ', dueAt: '' }, { lang: 'en-US' })).toEqual({
      printedDates: { placedAt: { text: 'Dec 3, 2026', lang: 'en-US' } },
    });
    expect(printedDatesOf({ placedAt: '' }, { lang: '' })).toEqual({});
  });

  it('drops words longer than any date (cut short they would be another date), and says so', () => {
    const long = `Dec 3, 2026${' '.repeat(200)}5`;
    const bounded = boundOrder(
      {
        ...printed({ placedAt: { text: long }, dueAt: { text: 'Dec 9, 2026', lang: 'x'.repeat(100) } }),
        url: PAGE.href,
      },
      PAGE,
    );
    expect(bounded.order!.printedDates).toEqual({ dueAt: { text: 'Dec 9, 2026' } });
    expect(bounded.warning).toMatch(/placedAt as printed \(212 characters, left out\)/);
  });

  it('is accepted by the message schema within its bounds, and refused beyond them', () => {
    const ok = {
      ...printed({ placedAt: { text: 'x'.repeat(READ_LIMITS.printedDate.text), lang: 'de' } }),
      url: PAGE.href,
    };
    expect(v.safeParse(OrderSnapshotSchema, ok).success).toBe(true);
    for (const placedAt of [
      { text: 'x'.repeat(READ_LIMITS.printedDate.text + 1) },
      { text: '' },
      { text: 'Dec 3', order: 'dym' },
      { text: 'Dec 3', timeZone: 'x'.repeat(65) },
      { text: 'Dec 3', html: '<b>' },
    ])
      expect(
        v.safeParse(OrderSnapshotSchema, { ...ok, printedDates: { placedAt } }).success,
        JSON.stringify(placedAt),
      ).toBe(false);
  });
});

describe('when a document says it was read', () => {
  it('takes document.lastModified (local time), else Settle’s clock, in this browser’s zone', () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T08:00:00Z'), toFake: ['Date'] });
    const doc = new DOMParser().parseFromString('<p></p>', 'text/html');
    Object.defineProperty(doc, 'lastModified', { value: '12/05/2026 10:00:00', configurable: true });
    expect(readingTimeOf(doc)).toEqual({ now: new Date(2026, 11, 5, 10, 0, 0), viewerZone: browserZone() });
    for (const value of ['yesterday', undefined]) {
      Object.defineProperty(doc, 'lastModified', { value, configurable: true });
      expect(readingTimeOf(doc).now).toEqual(new Date('2026-12-06T08:00:00Z'));
    }
    vi.useRealTimers();
  });
});
