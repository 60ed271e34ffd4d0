import { describe, expect, it } from 'vitest';
import { mergeSnapshot } from '@/lib/tracker/merge-snapshot';
import { createSnapshot } from '../factories';

const T0 = '2026-11-20T10:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';

describe('mergeSnapshot', () => {
  it('detects a new order as open, with its due amount', () => {
    const r = mergeSnapshot(undefined, createSnapshot(), T0)!;
    expect(r.events).toEqual([{ type: 'detected', status: 'unpaid', total: { amount: 123880, currency: 'USD' } }]);
    expect(r.record).toMatchObject({ open: 1, firstSeenAt: T0, lastActivityAt: T0, buyerKey: 'jane doe' });
  });

  it('returns null for the same reading twice (idempotent)', () => {
    const first = mergeSnapshot(undefined, createSnapshot(), T0)!.record;
    expect(mergeSnapshot(first, createSnapshot(), T1)).toBeNull();
  });

  it('closes the order when the console shows it paid, and drops the amount due', () => {
    const first = mergeSnapshot(undefined, createSnapshot(), T0)!.record;
    const r = mergeSnapshot(
      first,
      createSnapshot({ status: 'paid', statusText: 'Processing', amountDue: undefined }),
      T1,
    )!;
    expect(r.events).toEqual([
      { type: 'status_changed', from: 'unpaid', to: 'paid', statusText: 'Processing' },
      { type: 'chase', change: { type: 'console_paid' }, from: 'unpaid', to: 'paid' },
    ]);
    expect(r.record.open).toBe(0);
    expect(r.record.chase).toMatchObject({ stage: 'paid', paid: 123880 });
    expect(r.record.amountDue).toBeUndefined();
    expect(r.record.lastActivityAt).toBe(T1);
  });

  it('records a changed total', () => {
    const first = mergeSnapshot(undefined, createSnapshot(), T0)!.record;
    const r = mergeSnapshot(
      first,
      createSnapshot({ total: { amount: 100000, currency: 'USD' }, amountDue: { amount: 100000, currency: 'USD' } }),
      T1,
    )!;
    expect(r.events).toEqual([
      { type: 'amount_changed', from: { amount: 123880, currency: 'USD' }, to: { amount: 100000, currency: 'USD' } },
    ]);
    expect(r.record.amountDue).toEqual({ amount: 100000, currency: 'USD' });
  });

  it('keeps what a detail page knew when a list page (no items, no email) is read later', () => {
    const detail = createSnapshot({
      buyer: { name: 'Jane Doe', email: 'jane@example.test' },
      items: [{ title: 'Walnut desk', quantity: 1 }],
      placedAt: '2026-11-19T14:05:22',
      payUrl: 'http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_x',
    });
    const first = mergeSnapshot(undefined, detail, T0)!.record;
    const fromList = mergeSnapshot(first, createSnapshot(), T1);
    // The list's exact instant replaces the detail's wall time; nothing else is lost.
    expect(fromList?.events).toEqual([{ type: 'details_changed', fields: ['placedAt'] }]);
    expect(fromList?.record).toMatchObject({
      buyer: { name: 'Jane Doe', email: 'jane@example.test' },
      items: [{ title: 'Walnut desk' }],
      payUrl: detail.payUrl,
    });
    // …and the detail page read again does not bring the wall time back.
    expect(mergeSnapshot(fromList!.record, detail, T1)).toBeNull();
  });

  it('keeps the time of day when a page that prints the day alone is read later', () => {
    const detail = createSnapshot({ placedAt: '2026-11-28T09:41:00' });
    const first = mergeSnapshot(undefined, detail, T0)!.record;
    // eBay's list prints "Nov 28, 2026", its order page "Nov 28, 2026 9:41 AM": one date, no change.
    expect(mergeSnapshot(first, createSnapshot({ placedAt: '2026-11-28' }), T1)).toBeNull();
    // Another day is a change.
    const moved = mergeSnapshot(first, createSnapshot({ placedAt: '2026-11-27' }), T1);
    expect(moved?.record.placedAt).toBe('2026-11-27');
  });

  it('reports changed details such as a new buyer email', () => {
    const first = mergeSnapshot(undefined, createSnapshot(), T0)!.record;
    const r = mergeSnapshot(first, createSnapshot({ buyer: { name: 'Jane Doe', email: 'jane@example.test' } }), T1)!;
    expect(r.events).toEqual([{ type: 'details_changed', fields: ['buyer'] }]);
  });

  it("keeps a seller's write-off closed even though the console still shows the order unpaid", () => {
    const first = mergeSnapshot(undefined, createSnapshot(), T0)!.record;
    const writtenOff = {
      ...first,
      chase: { ...first.chase, stage: 'written_off' as const, writtenOff: 123880, reason: 'unreachable' },
    };
    const r = mergeSnapshot(writtenOff, createSnapshot({ statusText: 'On hold' }), T1)!;
    expect(r.record.open).toBe(0);
    expect(r.record.chase.stage).toBe('written_off');
  });

  it('reopens the chase when the console shows a paid order unpaid again', () => {
    const first = mergeSnapshot(undefined, createSnapshot({ status: 'paid', amountDue: undefined }), T0)!.record;
    expect(first.chase.stage).toBe('paid');
    const r = mergeSnapshot(first, createSnapshot(), T1)!;
    expect(r.events.map((e) => e.type)).toEqual(['status_changed', 'chase']);
    expect(r.record).toMatchObject({ open: 1, chase: { stage: 'unpaid' } });
  });
});
