import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { repeatNonPayersAmong, unpaidHistories } from '@/lib/db/buyers';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import type { ChaseEvent } from '@/lib/model/chase';
import type { OrderKey } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

const SHOP = 'http://shop.test';
const NOW = '2026-11-22T12:00:00.000Z';
let db: SettleDb;
let n = 0;
beforeEach(async () => {
  vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  db = new SettleDb(`settle-repeat-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const key = (orderId: string): OrderKey => ['woocommerce', SHOP, orderId];
const step = (orderId: string, change: ChaseEvent) => recordChase(db, key(orderId), change, { now: NOW, url: 'x' });
const jane = async () => (await db.buyers.get(['woocommerce', SHOP, 'jane doe']))!.unpaidCount;

/** The flags read from the buyer rows, checked against the buyer's order history every time. */
async function flagged(): Promise<string[]> {
  const orders = await db.orders.where('shop').equals(SHOP).toArray();
  const fromBuyers = [...(await repeatNonPayersAmong(db, orders))].sort();
  expect(fromBuyers).toEqual([...(await unpaidHistories(db, orders)).keys()].sort());
  return fromBuyers.map((k) => k.split('\u0000')[2]!);
}

describe("the repeat-non-payer count on the buyer row, moved with the buyer's orders", () => {
  it('follows a reminder, a payment, a reopening, a write-off and a console cancellation', async () => {
    await ingestSnapshots(
      db,
      ['1', '2', '3'].map((orderId) => createSnapshot({ orderId })),
      NOW,
    );
    expect([await jane(), await flagged()]).toEqual([0, []]);
    // Reminded and still owed: her other orders are flagged, not this one.
    await step('1', { type: 'reminder_sent', tone: 'friendly' });
    expect([await jane(), await flagged()]).toEqual([1, ['2', '3']]);
    // Paid in full: nothing left unpaid.
    await step('1', { type: 'payment_recorded', amount: 123880 });
    expect([await jane(), await flagged()]).toEqual([0, []]);
    // The seller undoes the payment: reminded and owed again.
    await step('1', { type: 'reopened' });
    expect([await jane(), await flagged()]).toEqual([1, ['2', '3']]);
    // Written off: two orders now, so each flags the other.
    await step('2', { type: 'written_off', reason: 'never paid' });
    expect([await jane(), await flagged()]).toEqual([2, ['1', '2', '3']]);
    // The console cancels 3 while owed, then shows 1 paid.
    await ingestSnapshots(
      db,
      [
        createSnapshot({ orderId: '3', status: 'cancelled', statusText: 'Cancelled' }),
        createSnapshot({ orderId: '1', status: 'paid', statusText: 'Paid' }),
      ],
      NOW,
    );
    expect([await jane(), await flagged()]).toEqual([2, ['1', '2', '3']]);
    // A new order of hers is flagged from the moment it is read.
    await ingestSnapshots(db, [createSnapshot({ orderId: '4' })], NOW);
    expect([await jane(), await flagged()]).toEqual([2, ['1', '2', '3', '4']]);
  });

  it('never flags a buyer without a name, whatever their orders', async () => {
    await ingestSnapshots(
      db,
      ['1', '2'].map((orderId) => createSnapshot({ orderId, buyer: {} })),
      NOW,
    );
    await step('1', { type: 'written_off', reason: 'never paid' });
    expect(await flagged()).toEqual([]);
  });
});
