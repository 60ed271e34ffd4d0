import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots, StorageFullError } from '@/lib/db/ingest';
import { checkEventLog, getOrderEvents, getTotals, listOpenOrders } from '@/lib/db/queries';
import { totalsOf } from '@/lib/db/totals';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
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
    expect(await db.buyers.get(['woocommerce', 'jane doe'])).toMatchObject({ orderCount: 1, openCount: 1, name: 'Jane Doe' });
    expect((await getOrderEvents(db, 'woocommerce', '1042')).map((e) => e.data.type)).toEqual(['detected']);
  });

  it('is idempotent: the same page read twice writes nothing the second time', async () => {
    await ingestSnapshots(db, [createSnapshot(), createSnapshot({ orderId: '1043' })]);
    const before = { orders: await db.orders.toArray(), events: await db.events.count(), summary: await db.summary.toArray() };
    const r = await ingestSnapshots(db, [createSnapshot(), createSnapshot({ orderId: '1043' })]);
    expect(r).toMatchObject({ created: 0, changed: 0, unchanged: 2, events: 0 });
    expect(await db.orders.toArray()).toEqual(before.orders);
    expect(await db.events.count()).toBe(before.events);
    expect(await db.summary.toArray()).toEqual(before.summary);
  });

  it('keeps totals equal to a recount through opens, payments and currency mixes', async () => {
    await ingestSnapshots(db, [
      createSnapshot({ orderId: '1' }),
      createSnapshot({ orderId: '2', total: { amount: 29800, currency: 'CNY' }, amountDue: { amount: 29800, currency: 'CNY' } }),
      createSnapshot({ orderId: '3', status: 'paid', amountDue: undefined }),
    ]);
    await ingestSnapshots(db, [createSnapshot({ orderId: '1', status: 'paid', amountDue: undefined }), createSnapshot({ orderId: '3' })]);
    const recount = totalsOf(await db.orders.toArray());
    expect(await getTotals(db)).toMatchObject({ openCount: recount.openCount, openDueByCurrency: recount.openDueByCurrency });
    expect(recount).toMatchObject({ openCount: 2, openDueByCurrency: { USD: 123880, CNY: 29800 } });
    expect(await db.buyers.get(['woocommerce', 'jane doe'])).toMatchObject({ orderCount: 3, openCount: 2 });
  });

  it('lists open orders newest activity first, by index', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: 'a' })], '2026-11-20T10:00:00.000Z');
    await ingestSnapshots(db, [createSnapshot({ orderId: 'b' })], '2026-11-21T10:00:00.000Z');
    await ingestSnapshots(db, [createSnapshot({ orderId: 'c', status: 'paid', amountDue: undefined })], '2026-11-22T10:00:00.000Z');
    await ingestSnapshots(db, [createSnapshot({ orderId: 'a', total: { amount: 1, currency: 'USD' } })], '2026-11-23T10:00:00.000Z');
    expect((await listOpenOrders(db)).map((o) => o.orderId)).toEqual(['a', 'b']);
  });

  it('takes the last reading when one page lists the same order twice', async () => {
    await ingestSnapshots(db, [createSnapshot(), createSnapshot({ status: 'paid', amountDue: undefined })]);
    expect(await db.orders.count()).toBe(1);
    expect((await db.orders.toArray())[0]?.status).toBe('paid');
  });

  it('keeps a verifiable hash chain across batches', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2' })]);
    await ingestSnapshots(db, [createSnapshot({ orderId: '1', status: 'paid', amountDue: undefined })]);
    // detected ×2, then status_changed + the chase closing it
    expect(await checkEventLog(db)).toEqual({ ok: true, length: 4 });
    await db.events.update(2, { at: '2020-01-01T00:00:00.000Z' });
    expect(await checkEventLog(db)).toMatchObject({ ok: false, brokenAtId: 2 });
  });

  it('writes nothing at all when the disk is full mid-transaction, and says so', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: '1' })]);
    const before = { orders: await db.orders.toArray(), events: await db.events.toArray(), summary: await db.summary.toArray() };
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.summary, 'put').mockRejectedValueOnce(quota);
    await expect(ingestSnapshots(db, [createSnapshot({ orderId: '2' }), createSnapshot({ orderId: '1', status: 'paid' })])).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect(await db.orders.toArray()).toEqual(before.orders);
    expect(await db.events.toArray()).toEqual(before.events);
    expect(await db.summary.toArray()).toEqual(before.summary);
  });
});
