import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { checkEventLog, getTotals } from '@/lib/db/queries';
import { V2_CHAIN_RECORD_KEY } from '@/lib/db/migrations/v3';
import v1 from '../../fixtures/db/v1.json';
import { loadDump } from './load-dump';

const NAME = 'settle-migration-v1';
afterEach(() => Dexie.delete(NAME));

/** The seller's zone the upgrade plans in (its default settings take the machine's): pinned so the due times are exact. */
function pinSellerZone(timeZone: string) {
  const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...resolved.call(this), timeZone };
  });
}

describe('schema version 1 (tests/fixtures/db/v1.json) → current', () => {
  it("keeps every order, event and buyer, starts each chase from its console status and plans each open order's first reminder", async () => {
    pinSellerZone('Asia/Shanghai');
    await loadDump(NAME, v1);
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(5);
    const orders = Object.fromEntries((await db.orders.toArray()).map((o) => [o.orderId, o]));
    expect(Object.keys(orders).sort()).toEqual(v1.tables.orders.map((o) => o.orderId).sort());
    expect(orders['1042']!.chase).toEqual({ stage: 'partially_paid', remindersSent: 0, paid: 100000, paused: false });
    expect(orders['1043']!.chase).toMatchObject({ stage: 'unpaid', paid: 0 });
    expect(orders['1044']!.chase).toMatchObject({ stage: 'paid', paid: 4500 });
    expect(orders['1045']!.chase).toMatchObject({ stage: 'cancelled' });
    // Version 2's plan: the friendly reminder a local day after the order (placed in wall time), out of the quiet hours 21:00–08:00.
    expect(Object.fromEntries(Object.values(orders).map((o) => [o.orderId, o.nextDueAt]))).toEqual({
      '1042': '2026-11-02T01:30:00.000Z', // 1 Nov 09:30 → 2 Nov 09:30 in Shanghai
      '1043': '2026-11-03T06:05:00.000Z',
      '1044': undefined,
      '1045': undefined,
      '1046': '2026-11-04T00:00:00.000Z', // 2 Nov 22:40 → 3 Nov 22:40 is quiet → 4 Nov 08:00
    });
    expect(orders['1042']).toMatchObject({
      shop: 'http://shop.test',
      payUrl: v1.tables.orders.find((o) => o.orderId === '1042')!.payUrl,
    });

    expect(await db.events.count()).toBe(v1.tables.events.length);
    expect(await checkEventLog(db)).toEqual({ ok: true, length: v1.tables.events.length });
    expect((await db.settings.get(V2_CHAIN_RECORD_KEY))?.value).toMatchObject({
      length: v1.tables.events.length,
      intact: true,
    });
    expect((await db.buyers.toArray()).map((b) => [b.buyerKey, b.orderCount, b.openCount]).sort()).toEqual([
      ['jane doe', 2, 1],
      ['lena schmidt', 2, 1],
      ['陈美', 1, 1],
    ]);
    expect(await getTotals(db)).toMatchObject({ openCount: 3, openDueByCurrency: { USD: 26380, CNY: 29800 } });
    expect(await db.sends.count()).toBe(0);
    db.close();
  });
});
