import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { checkEventLog, checkOrderChain, getOrderEvents, getTotals } from '@/lib/db/queries';
import { V2_CHAIN_RECORD_KEY } from '@/lib/db/migrations/v3';
import type { OrderKey } from '@/lib/model/order-record';
import v2 from '../../fixtures/db/v2.json';
import { loadDump, type DbDump } from './load-dump';

const NAME = 'settle-migration-v2-v3';
afterEach(() => Dexie.delete(NAME));

const MANUAL_ID = 'M-20261103-7Q2K';

describe('schema version 2 (tests/fixtures/db/v2.json) → current: every row belongs to its shop', () => {
  it('keeps every row of every table, merges nothing, and gives each its shop', async () => {
    await loadDump(NAME, v2);
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(5);

    const orders = Object.fromEntries((await db.orders.toArray()).map((o) => [o.orderId, o]));
    expect(Object.keys(orders).sort()).toEqual(['1042', '1043', '2088', MANUAL_ID]);
    expect(orders['1042']).toMatchObject({
      shop: 'http://shop.test',
      payUrl: 'http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_abc',
      chase: { stage: 'reminded', remindersSent: 1 },
    });
    expect(orders['2088']!.shop).toBe('http://other.test');
    expect(orders['2088']!.payUrl).toBeUndefined(); // another site's pay link is not kept
    expect(orders[MANUAL_ID]).toMatchObject({ shop: 'manual', chase: { paused: true } });
    // Everything else on each order is as version 2 left it.
    for (const old of v2.tables.orders) {
      // placed, owed and words are version 5's (migration-v4-v5.test.ts).
      const { shop: _s, payUrl: _p, placed: _pl, owed: _o, words: _w, ...kept } = orders[old.orderId]!;
      const { payUrl: _op, ...oldKept } = old as typeof old & { payUrl?: string };
      expect(kept, old.orderId).toEqual(oldKept);
    }

    // Jane bought in two shops: two buyers now, each counting only their shop's orders.
    expect(await db.buyers.count()).toBe(4);
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({
      orderCount: 1,
      openCount: 1,
      lastReminderAt: '2026-11-04T09:00:02.000Z',
    });
    expect(await db.buyers.get(['woocommerce', 'http://other.test', 'jane doe'])).toMatchObject({
      orderCount: 1,
      openCount: 1,
    });
    expect(await db.buyers.get(['generic', 'manual', 'tab at the bar'])).toMatchObject({ orderCount: 1, paused: true });

    // Every event is kept, in its order, with its words, and each order now has its own intact chain.
    const after = await db.events.orderBy('id').toArray();
    expect(after.map((e) => [e.id, e.at, e.url, e.data])).toEqual(
      v2.tables.events.map((e) => [e.id, e.at, e.url, e.data]),
    );
    expect(after.map((e) => e.shop)).toEqual([
      'http://shop.test',
      'http://shop.test',
      'http://other.test',
      'manual',
      'http://shop.test',
      'http://shop.test',
      'http://shop.test',
      'manual',
    ]);
    expect(await checkEventLog(db)).toEqual({ ok: true, length: v2.tables.events.length });
    const key: OrderKey = ['woocommerce', 'http://shop.test', '1043'];
    expect((await getOrderEvents(db, key)).map((e) => e.data.type)).toEqual(['detected', 'reminder_failed', 'chase']);
    expect(await checkOrderChain(db, key)).toMatchObject({ ok: true, length: 3 });
    // What version 2's single chain was, checked before it was re-chained, is kept.
    const v2Head = v2.tables.summary.find((s) => s.id === 'event-chain')!.head;
    expect((await db.settings.get(V2_CHAIN_RECORD_KEY))?.value).toEqual({ head: v2Head, length: 8, intact: true });
    expect(await db.summary.get('event-chain')).toBeUndefined();

    // Sends were filed under the marketplace: now under their order's shop, and found by order.
    expect((await db.sends.toArray()).map((s) => [s.sendId, s.shop, s.status])).toEqual([
      ['send-1', 'http://shop.test', 'sent'],
      ['send-2', 'http://shop.test', 'failed'],
    ]);
    expect(await db.sends.where('[marketplace+shop+orderId]').equals(key).count()).toBe(1);
    expect(await db.templates.toArray()).toEqual(v2.tables.templates);
    expect(await db.settings.get('chase')).toEqual(v2.tables.settings[0]);
    expect(await getTotals(db)).toEqual(v2.tables.summary.find((s) => s.id === 'totals'));
    db.close();
  });

  it("says when version 2's chain had already been altered, and still keeps every event", async () => {
    const altered = structuredClone(v2) as DbDump;
    altered.tables.events![2]!.at = '2020-01-01T00:00:00.000Z';
    await loadDump(NAME, altered);
    const db = new SettleDb(NAME);
    await db.open();
    expect((await db.settings.get(V2_CHAIN_RECORD_KEY))?.value).toMatchObject({ intact: false });
    expect(await db.events.count()).toBe(v2.tables.events.length);
    db.close();
  });
});
