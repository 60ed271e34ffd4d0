import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots, StorageFullError } from '@/lib/db/ingest';
import { checkEventLog, getOrderEvents, getTotals, listOpenOrders } from '@/lib/db/queries';
import { totalsOf } from '@/lib/db/totals';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
const T = '2026-11-20T10:00:00.000Z';
beforeEach(() => {
  db = new SettleDb(`settle-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('ingestSnapshots', () => {
  it('stores a new order, its event, its buyer and the totals in one go', async () => {
    const r = await ingestSnapshots(db, [createSnapshot()], '2026-11-20T10:00:00.000Z');
    expect(r).toMatchObject({ created: 1, changed: 0, unchanged: 0, events: 1, openCount: 1 });
    expect(await getTotals(db)).toMatchObject({ openCount: 1, openDueByCurrency: { USD: 123880 } });
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({
      orderCount: 1,
      openCount: 1,
      name: 'Jane Doe',
    });
    expect((await getOrderEvents(db, ['woocommerce', 'http://shop.test', '1042'])).map((e) => e.data.type)).toEqual([
      'detected',
    ]);
  });

  it('is idempotent: the same page read twice writes nothing the second time', async () => {
    await ingestSnapshots(db, [createSnapshot(), createSnapshot({ orderId: '1043' })], new Date().toISOString());
    const before = {
      orders: await db.orders.toArray(),
      events: await db.events.count(),
      summary: await db.summary.toArray(),
    };
    const r = await ingestSnapshots(
      db,
      [createSnapshot(), createSnapshot({ orderId: '1043' })],
      new Date().toISOString(),
    );
    expect(r).toMatchObject({ created: 0, changed: 0, unchanged: 2, events: 0 });
    expect(await db.orders.toArray()).toEqual(before.orders);
    expect(await db.events.count()).toBe(before.events);
    expect(await db.summary.toArray()).toEqual(before.summary);
  });

  it('keeps totals equal to a recount through opens, payments and currency mixes', async () => {
    await ingestSnapshots(
      db,
      [
        createSnapshot({ orderId: '1' }),
        createSnapshot({
          orderId: '2',
          total: { amount: 29800, currency: 'CNY' },
          amountDue: { amount: 29800, currency: 'CNY' },
        }),
        createSnapshot({ orderId: '3', status: 'paid', amountDue: undefined }),
      ],
      new Date().toISOString(),
    );
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '1', status: 'paid', amountDue: undefined }), createSnapshot({ orderId: '3' })],
      new Date().toISOString(),
    );
    const recount = totalsOf(await db.orders.toArray());
    expect(await getTotals(db)).toMatchObject({
      openCount: recount.openCount,
      openDueByCurrency: recount.openDueByCurrency,
    });
    expect(recount).toMatchObject({ openCount: 2, openDueByCurrency: { USD: 123880, CNY: 29800 } });
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({
      orderCount: 3,
      openCount: 2,
    });
  });

  it('lists open orders newest activity first, by index', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: 'a' })], '2026-11-20T10:00:00.000Z');
    await ingestSnapshots(db, [createSnapshot({ orderId: 'b' })], '2026-11-21T10:00:00.000Z');
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: 'c', status: 'paid', amountDue: undefined })],
      '2026-11-22T10:00:00.000Z',
    );
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: 'a', total: { amount: 1, currency: 'USD' } })],
      '2026-11-23T10:00:00.000Z',
    );
    expect((await listOpenOrders(db)).map((o) => o.orderId)).toEqual(['a', 'b']);
  });

  it('takes the last reading when one page lists the same order twice', async () => {
    await ingestSnapshots(
      db,
      [createSnapshot(), createSnapshot({ status: 'paid', amountDue: undefined })],
      new Date().toISOString(),
    );
    expect(await db.orders.count()).toBe(1);
    expect((await db.orders.toArray())[0]?.status).toBe('paid');
  });

  it('keeps a verifiable hash chain across batches', async () => {
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2' })],
      new Date().toISOString(),
    );
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '1', status: 'paid', amountDue: undefined })],
      new Date().toISOString(),
    );
    // detected ×2, then status_changed + the chase closing it; each order has its own chain
    expect(await checkEventLog(db)).toEqual({ ok: true, length: 4 });
    await db.events.update(2, { at: '2020-01-01T00:00:00.000Z' });
    expect(await checkEventLog(db)).toMatchObject({
      ok: false,
      key: ['woocommerce', 'http://shop.test', '2'],
      check: { brokenAtId: 2, reason: 'altered' },
    });
  });

  it("keeps two shops' orders of the same number apart: a reading of one never touches the other", async () => {
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '3301', payUrl: 'http://shop.test/pay/3301' })],
      '2026-11-20T10:00:00.000Z',
    );
    const evil = 'http://evil.test/wp-admin/post.php?post=1&action=edit';
    await ingestSnapshots(
      db,
      [
        createSnapshot({
          orderId: '3301',
          shop: 'http://evil.test',
          url: evil,
          status: 'paid',
          amountDue: undefined,
          buyer: { name: 'Mallory' },
        }),
      ],
      '2026-11-20T11:00:00.000Z',
    );
    const real = await db.orders.get(['woocommerce', 'http://shop.test', '3301']);
    expect(real).toMatchObject({
      open: 1,
      url: createSnapshot().url,
      payUrl: 'http://shop.test/pay/3301',
      buyer: { name: 'Jane Doe' },
    });
    expect((await getOrderEvents(db, ['woocommerce', 'http://shop.test', '3301'])).map((e) => e.data.type)).toEqual([
      'detected',
    ]);
    expect(await db.orders.get(['woocommerce', 'http://evil.test', '3301'])).toMatchObject({
      open: 0,
      buyer: { name: 'Mallory' },
    });
    expect(await db.buyers.get(['woocommerce', 'http://evil.test', 'jane doe'])).toBeUndefined();
    expect(await checkEventLog(db)).toEqual({ ok: true, length: 2 });
  });

  it('never closes an open order on a status Settle does not recognise', async () => {
    await ingestSnapshots(db, [createSnapshot()], '2026-11-20T10:00:00.000Z');
    await ingestSnapshots(
      db,
      [createSnapshot({ status: 'unknown', statusText: 'Awaiting bank', amountDue: undefined })],
      '2026-11-20T11:00:00.000Z',
    );
    expect(await db.orders.get(['woocommerce', 'http://shop.test', '1042'])).toMatchObject({
      open: 1,
      status: 'unpaid',
      statusText: 'Pending payment',
      amountDue: { amount: 123880 },
    });
    expect(await getTotals(db)).toMatchObject({ openCount: 1 });
  });

  it('stores no more new orders for a shop than its cap, and says which were left out', async () => {
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2', shop: 'http://other.test' })],
      new Date().toISOString(),
      2,
    );
    const r = await ingestSnapshots(
      db,
      ['2', '3', '4', '1'].map((orderId) => createSnapshot({ orderId })),
      new Date().toISOString(),
      2,
    );
    expect(r).toMatchObject({ created: 1, overCap: ['3', '4'] });
    expect((await db.orders.where('shop').equals('http://shop.test').primaryKeys()).map((k) => k[2]).sort()).toEqual([
      '1',
      '2',
    ]);
  });

  it("keeps each shop's order count with the orders, so the cap never counts the orders table", async () => {
    const shops = ['http://shop.test', 'http://other.test'];
    const pages = [
      ['1', '2', '3'],
      ['2', '3', '4', '5'],
      ['5', '6', '7', '8', '9'],
    ];
    for (const [i, ids] of pages.entries())
      await ingestSnapshots(
        db,
        ids.flatMap((orderId) => shops.map((shop) => createSnapshot({ orderId, shop, status: i ? 'paid' : 'unpaid' }))),
        new Date().toISOString(),
        7,
      );
    // Counted afresh: seven kept per shop (8 and 9 were over the cap), whatever was read again or changed.
    const counted = Object.fromEntries(
      await Promise.all(shops.map(async (shop) => [shop, await db.orders.where('shop').equals(shop).count()])),
    );
    expect(counted).toEqual({ 'http://shop.test': 7, 'http://other.test': 7 });
    expect(await db.summary.get('shop-orders')).toEqual({ id: 'shop-orders', byShop: counted });
  });

  it('starts the counts of a database from before them by counting each shop once, and caps as before', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2' })], T, 3);
    await db.summary.delete('shop-orders');
    const r = await ingestSnapshots(
      db,
      ['3', '4'].map((orderId) => createSnapshot({ orderId })),
      T,
      3,
    );
    expect(r).toMatchObject({ created: 1, overCap: ['4'] });
    expect(await db.summary.get('shop-orders')).toEqual({ id: 'shop-orders', byShop: { 'http://shop.test': 3 } });
  });

  it('writes nothing at all when the disk is full mid-transaction, and says so', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: '1' })], new Date().toISOString());
    const before = {
      orders: await db.orders.toArray(),
      events: await db.events.toArray(),
      summary: await db.summary.toArray(),
    };
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.summary, 'put').mockRejectedValueOnce(quota);
    await expect(
      ingestSnapshots(
        db,
        [createSnapshot({ orderId: '2' }), createSnapshot({ orderId: '1', status: 'paid' })],
        new Date().toISOString(),
      ),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.orders.toArray()).toEqual(before.orders);
    expect(await db.events.toArray()).toEqual(before.events);
    expect(await db.summary.toArray()).toEqual(before.summary);
  });
});
