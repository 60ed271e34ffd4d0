import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { TABLES } from '@/lib/db/tables';
import { checkEventLog, checkOrderChain, getTotals } from '@/lib/db/queries';
import { listOpenCases } from '@/lib/db/open-cases';
import { recordChase } from '@/lib/db/chase';
import type { OrderKey } from '@/lib/model/order-record';
import v3 from '../../fixtures/db/v3.json';
import { loadDump } from './load-dump';

const NAME = 'settle-migration-v3-v4';
afterEach(() => Dexie.delete(NAME));

const SHOP = 'http://shop.test';

describe('schema version 3 (tests/fixtures/db/v3.json) → current: open cases are indexed', () => {
  it('keeps every row of every table as it was, and adds openCaseId to the orders in an open case only', async () => {
    await loadDump(NAME, v3);
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(v3.tables).sort());
    // fake-indexeddb does not keep happy-dom's Blobs, so the evidence is compared without its bytes.
    const withoutBlob = (rows: object[]) => rows.map((row) => ({ ...row, blob: undefined }));
    // Buyers' unpaidCount and orders' placed, owed and words are version 5's (migration-v4-v5.test.ts).
    for (const table of db.tables) {
      if (table.name === TABLES.orders) continue;
      const rows = await table.toArray();
      if (table.name === TABLES.buyers) rows.forEach((row: { unpaidCount?: number }) => delete row.unpaidCount);
      expect(withoutBlob(rows), table.name).toEqual(withoutBlob((v3.tables as Record<string, object[]>)[table.name]!));
    }
    const orders = await db.orders.toArray();
    expect(orders.map(({ openCaseId: _, placed: _p, owed: _o, words: _w, ...rest }) => rest)).toEqual(
      v3.tables.shopOrders,
    );
    // 1042's case is open (from before case ids: one order); 1045's order was paid on the console, its case closed with it.
    expect(Object.fromEntries(orders.map((o) => [o.orderId, o.openCaseId]))).toEqual({
      '1042': `order:woocommerce/${SHOP}/1042`,
      '1043': undefined,
      '1044': undefined,
      '1045': undefined,
    });
    expect((await listOpenCases(db)).map((c) => [c.id, c.orders.map((o) => o.orderId)])).toEqual([
      [`order:woocommerce/${SHOP}/1042`, ['1042']],
    ]);
    expect(await checkEventLog(db)).toEqual({ ok: true, length: v3.tables.events.length });
    expect(await getTotals(db)).toEqual(v3.tables.summary[0]);
    db.close();
  });

  it('lets an upgraded case go on: a step keeps its chain intact and a payment in full takes it out of the index', async () => {
    await loadDump(NAME, v3);
    const db = new SettleDb(NAME);
    const key: OrderKey = ['woocommerce', SHOP, '1042'];
    const before = (await checkOrderChain(db, key)) as { length: number };
    await recordChase(
      db,
      key,
      { type: 'case_deadline_set', deadline: '2026-12-01T00:00:00.000Z' },
      { now: '2026-11-20T00:00:00.000Z', url: 'x' },
    );
    expect((await db.orders.get(key))!.chase.case).toMatchObject({
      venue: 'paypal',
      deadline: '2026-12-01T00:00:00.000Z',
    });
    await recordChase(
      db,
      key,
      { type: 'payment_recorded', amount: 123880 },
      { now: '2026-11-21T00:00:00.000Z', url: 'x' },
    );
    expect((await db.orders.get(key))!.openCaseId).toBeUndefined();
    expect(await listOpenCases(db)).toEqual([]);
    expect(await checkOrderChain(db, key)).toMatchObject({ ok: true, length: before.length + 2 });
    db.close();
  });
});
