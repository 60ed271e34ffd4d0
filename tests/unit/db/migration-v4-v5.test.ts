import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { TABLES } from '@/lib/db/tables';
import { checkEventLog, getTotals } from '@/lib/db/queries';
import { isRepeatNonPayer, leftUnpaid, unpaidHistories } from '@/lib/db/buyers';
import { recordChase } from '@/lib/db/chase';
import { owedOf, placedKeyOf, searchWordsOf } from '@/lib/model/list-keys';
import { buyerKeyFor, type OrderKey } from '@/lib/model/order-record';
import v4 from '../../fixtures/db/v4.json';
import { loadDump } from './load-dump';

const NAME = 'settle-migration-v4-v5';
afterEach(() => Dexie.delete(NAME));

const SHOP = 'http://shop.test';

async function upgraded() {
  await loadDump(NAME, v4);
  const db = new SettleDb(NAME);
  await db.open();
  return db;
}

describe('schema version 4 (tests/fixtures/db/v4.json) → 5: sort and search keys, and the repeat-non-payer count on buyers', () => {
  it('keeps every row, gives each order its keys and each buyer the count of orders they left unpaid', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(5);
    for (const table of db.tables) {
      if (table.name === TABLES.orders || table.name === TABLES.buyers) continue;
      expect(await table.toArray(), table.name).toEqual((v4.tables as Record<string, object[]>)[table.name]);
    }
    const orders = await db.orders.toArray();
    expect(orders.map(({ placed: _p, owed: _o, words: _w, ...rest }) => rest)).toEqual(v4.tables.shopOrders);
    // The frozen upgrade made the same keys today's code makes.
    for (const o of orders)
      expect([o.placed, o.owed, o.words], o.orderId).toEqual([placedKeyOf(o), owedOf(o), searchWordsOf(o)]);
    expect(orders.find((o) => o.orderId === '2002')!.words).toEqual([
      'jane doe',
      'jane',
      'doe',
      'jane@example.com',
      'example',
      'com',
      '2002',
    ]);
    expect(orders.find((o) => o.orderId === '2003')!.owed).toBe(0);

    const buyers = await db.buyers.toArray();
    expect(buyers.map(({ unpaidCount: _u, ...rest }) => rest)).toEqual(v4.tables.shopBuyers);
    expect(Object.fromEntries(buyers.map((b) => [`${b.shop} ${b.buyerKey}`, b.unpaidCount]))).toEqual({
      'manual wang fang': 0,
      'http://other.test jane doe': 0,
      'http://shop.test (unknown)': 0,
      // 2001 was reminded and is still owed.
      'http://shop.test jane doe': 1,
      // 2003 written off, 2004 cancelled on the console while owed; 2005 paid.
      'http://shop.test lena schmidt': 2,
      'http://shop.test mei lin': 0,
      // 2006 was cancelled when Settle first met it: that says nothing.
      'http://shop.test omar haddad': 0,
    });
    const buyerText = (row: Parameters<typeof buyerKeyFor>[0]) => buyerKeyFor(row).join('\u0000');
    for (const b of buyers)
      expect(b.unpaidCount, b.buyerKey).toBe(
        orders.filter((o) => buyerText(o) === buyerText(b) && leftUnpaid(o)).length,
      );

    // The flag read from the buyer rows is exactly the flag of the buyer's order history.
    const byBuyer = new Map(buyers.map((b) => [buyerText(b), b]));
    const histories = await unpaidHistories(db, orders);
    const flagged = orders.filter((o) => isRepeatNonPayer(o, byBuyer.get(buyerText(o))));
    expect(flagged.map((o) => o.orderId).sort()).toEqual([...histories.keys()].map((k) => k.split('\u0000')[2]).sort());
    expect(flagged.map((o) => o.orderId).sort()).toEqual(['2002', '2003', '2004', '2005']);

    expect(await checkEventLog(db)).toEqual({ ok: true, length: v4.tables.events.length });
    expect(await getTotals(db)).toEqual(v4.tables.summary.find((s) => s.id === 'totals'));
    db.close();
  });

  it('finds upgraded orders by the new indexes and keeps the count moving as the chase goes on', async () => {
    const db = await upgraded();
    expect(
      (await db.orders.where('words').startsWith('lena').distinct().toArray()).map((o) => o.orderId).sort(),
    ).toEqual(['2003', '2004', '2005']);
    const key: OrderKey = ['woocommerce', SHOP, '2001'];
    await recordChase(
      db,
      key,
      { type: 'payment_recorded', amount: 123880 },
      { now: '2026-11-21T00:00:00.000Z', url: 'x' },
    );
    expect((await db.buyers.get(['woocommerce', SHOP, 'jane doe']))!.unpaidCount).toBe(0);
    expect((await db.orders.get(key))!.owed).toBe(0);
    db.close();
  });

  it('upgrades a database larger than one batch: every order and buyer, across the batch edges', async () => {
    // 1,234 orders of 40 buyers (more than two batches of 500); every third order written off.
    const template = v4.tables.shopOrders.find((o) => o.orderId === '2002')!;
    const orders = Array.from({ length: 1234 }, (_, i) => ({
      ...template,
      orderId: `B-${i}`,
      buyerKey: `buyer ${i % 40}`,
      buyer: { name: `Buyer ${i % 40}` },
      open: i % 3 === 0 ? 0 : 1,
      chase: { ...template.chase, stage: i % 3 === 0 ? 'written_off' : 'unpaid' },
    }));
    const buyers = Array.from({ length: 40 }, (_, b) => ({
      ...v4.tables.shopBuyers.find((x) => x.buyerKey === 'jane doe' && x.shop === SHOP)!,
      buyerKey: `buyer ${b}`,
      name: `Buyer ${b}`,
    }));
    await loadDump(NAME, { version: 4, writtenBy: 'this test', tables: { shopOrders: orders, shopBuyers: buyers } });
    const db = new SettleDb(NAME);
    const upgraded = await db.orders.toArray();
    expect(upgraded).toHaveLength(1234);
    expect(upgraded.every((o) => o.placed && o.words?.includes(`b-${o.orderId.slice(2)}`))).toBe(true);
    const counts = Object.fromEntries((await db.buyers.toArray()).map((b) => [b.buyerKey, b.unpaidCount]));
    for (let b = 0; b < 40; b++)
      expect(counts[`buyer ${b}`], `buyer ${b}`).toBe(
        orders.filter((o) => o.buyerKey === `buyer ${b}` && o.open === 0).length,
      );
    db.close();
  });
});
