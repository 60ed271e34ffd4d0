import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { dueRowOf } from '@/lib/db/due-rows';
import { listDue } from '@/lib/db/due';
import { defaultChaseSettings } from '@/lib/db/settings';
import { TABLES } from '@/lib/db/tables';
import type { OrderRecord } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

const NOW = '2026-11-22T12:00:00.000Z';
const SHOP = 'http://a.test';
const DUE = '2026-11-21T09:00:00.000Z';

let db: SettleDb;
let n = 0;
beforeEach(() => {
  db = new SettleDb(`settle-due-mirror-${++n}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function order(orderId: string, changes: Partial<OrderRecord> = {}): OrderRecord {
  return {
    ...createSnapshot({ marketplace: 'woocommerce', shop: SHOP, orderId, buyer: { name: 'Ann Lee' } }),
    open: 1,
    buyerKey: 'ann',
    firstSeenAt: NOW,
    lastActivityAt: NOW,
    chase: { stage: 'unpaid', paused: false, remindersSent: 0, paid: 0 },
    nextDueAt: DUE,
    ...changes,
  };
}
const dueOf = async () => (await db.due.toArray()).map((row) => [row.orderId, row.dueAt]);

describe('the due table, kept with the orders (lib/db/due-mirror.ts)', () => {
  it('holds one row per order with a reminder planned, through every kind of write', async () => {
    await db.orders.bulkPut([order('1'), order('2'), order('3', { nextDueAt: undefined })]);
    expect(await dueOf()).toEqual([
      ['1', DUE],
      ['2', DUE],
    ]);
    await db.orders.update(['woocommerce', SHOP, '1'], { nextDueAt: '2026-11-25T09:00:00.000Z' });
    await db.orders.where('[marketplace+shop+orderId]').equals(['woocommerce', SHOP, '3']).modify({ nextDueAt: DUE });
    const paid = order('2');
    delete paid.nextDueAt;
    await db.orders.put(paid);
    expect(await dueOf()).toEqual([
      ['1', '2026-11-25T09:00:00.000Z'],
      ['3', DUE],
    ]);
    await db.orders.delete(['woocommerce', SHOP, '1']);
    expect(await dueOf()).toEqual([['3', DUE]]);
    await db.orders.clear();
    expect(await dueOf()).toEqual([]);
  });

  it('commits or rolls back with the orders, in a transaction that names only the orders', async () => {
    await expect(
      db.transaction('rw', db.orders, async () => {
        await db.orders.put(order('1'));
        throw new Error('stopped mid-write');
      }),
    ).rejects.toThrow('stopped mid-write');
    expect(await db.orders.count()).toBe(0);
    expect(await db.due.count()).toBe(0);
    await db.transaction('rw', db.orders, () => db.orders.put(order('1')));
    expect(await dueOf()).toEqual([['1', DUE]]);
  });

  it('leaves the row of an order whose write failed as it was', async () => {
    await db.orders.put(order('1'));
    await expect(
      db.orders.bulkAdd([order('1', { nextDueAt: '2026-12-01T00:00:00.000Z' }), order('2')]),
    ).rejects.toThrow();
    // bulkAdd keeps the rows that did not fail: order 2 and its row went in, order 1 and its row stayed.
    expect(await dueOf()).toEqual([
      ['1', DUE],
      ['2', DUE],
    ]);
  });

  it('writes no due row when a write changes nothing of it', async () => {
    await db.orders.put(order('1'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await db.orders.put(order('1', { statusText: 'Pending payment (seen again)', lastActivityAt: NOW }));
    expect(put.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual([TABLES.orders]);
  });

  it("carries when the order's promise or extension lapses, the earlier first", () => {
    const chase = (c: Partial<OrderRecord['chase']>) => order('1', { chase: { ...order('1').chase, ...c } });
    expect(dueRowOf(order('1'))).toEqual({
      marketplace: 'woocommerce',
      shop: SHOP,
      orderId: '1',
      buyerKey: 'ann',
      dueAt: DUE,
    });
    expect(dueRowOf(chase({ promisedBy: '2026-11-26T00:00:00.000Z' }))!.lapseAt).toBe('2026-11-26T00:00:00.000Z');
    const extended = { stage: 'extended' as const, extendedUntil: '2026-11-24T00:00:00.000Z' };
    expect(dueRowOf(chase({ ...extended, promisedBy: '2026-11-26T00:00:00.000Z' }))!.lapseAt).toBe(
      extended.extendedUntil,
    );
    // An extension date left from a stage the order is no longer in does not lapse.
    expect(dueRowOf(chase({ extendedUntil: '2026-11-24T00:00:00.000Z' }))!.lapseAt).toBeUndefined();
    expect(dueRowOf(order('1', { nextDueAt: undefined }))).toBeUndefined();
  });

  it('wakes a live query of "due now" when an order write changes what is due', async () => {
    const settings = { ...defaultChaseSettings(), timeZone: 'UTC' };
    const counts: number[] = [];
    const seen = new Promise<void>((resolve) => {
      const subscription = liveQuery(() => listDue(db, settings, NOW)).subscribe((due) => {
        counts.push(due.dueNow.length);
        if (counts.length === 2) {
          subscription.unsubscribe();
          resolve();
        }
      });
    });
    await vi.waitFor(() => expect(counts).toEqual([0]));
    await db.orders.put(order('1'));
    await seen;
    expect(counts).toEqual([0, 1]);
  });
});
