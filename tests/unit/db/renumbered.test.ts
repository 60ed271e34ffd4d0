import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { checkEventLog, getOrderEvents, getTotals } from '@/lib/db/queries';
import { admitPageOrders } from '@/lib/background/page-orders';
import { EBAY_SHOP } from '@/lib/marketplaces/ebay/shop';
import type { OrderKey, ShopSnapshot } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

/** When the background got the readings. */
const READ_AT = '2026-12-05T10:00:00.000Z';

// eBay gives an unpaid order a new id when it is paid; its details page then names the old id.
// Settle must keep ONE order with its whole timeline, whichever reading comes first, and a page
// of another shop must never join (or close) an eBay order.
let db: SettleDb;
let n = 0;
beforeEach(() => {
  db = new SettleDb(`settle-renumbered-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const OLD = '05-11111-22222';
const NEW = '05-33333-44444';
const detail = (id: string) => `https://www.ebay.com/sh/ord/details?orderid=${id}`;
const unpaid = (): ShopSnapshot =>
  createSnapshot({
    marketplace: 'ebay',
    shop: EBAY_SHOP,
    orderId: OLD,
    url: detail(OLD),
    statusText: 'Awaiting payment',
    total: { amount: 6400, currency: 'USD' },
    amountDue: { amount: 6400, currency: 'USD' },
  });
const paid = (withPrevious = true): ShopSnapshot => {
  const { amountDue: _due, ...rest } = unpaid();
  return {
    ...rest,
    orderId: NEW,
    url: detail(NEW),
    status: 'paid',
    statusText: 'Awaiting shipment',
    ...(withPrevious && { previousOrderIds: [OLD] }),
  };
};
const key = (orderId: string): OrderKey => ['ebay', EBAY_SHOP, orderId];

describe('an order the console renumbers at payment', () => {
  it('joins the paid reading under its new id to the unpaid order: one order, closed as paid, whole timeline', async () => {
    await ingestSnapshots(db, [unpaid()], '2026-11-30T20:20:00.000Z');
    const r = await ingestSnapshots(db, [paid()], '2026-12-01T07:35:00.000Z');
    expect(r).toMatchObject({ created: 0, changed: 1, openCount: 0 });
    expect(await db.orders.count()).toBe(1);
    const order = await db.orders.get(key(OLD));
    expect(order).toMatchObject({
      status: 'paid',
      open: 0,
      consoleOrderId: NEW,
      previousOrderIds: [OLD],
      url: detail(NEW),
    });
    expect(order!.chase.stage).not.toBe('unpaid');
    // The dashboard's search finds it by either number.
    expect(order!.words).toEqual(expect.arrayContaining([OLD.toLowerCase(), NEW.toLowerCase()]));
    const types = (await getOrderEvents(db, key(OLD))).map((e) => e.data);
    expect(types.map((d) => d.type)).toEqual(['detected', 'status_changed', 'chase', 'details_changed', 'renumbered']);
    expect(types.at(-1)).toEqual({ type: 'renumbered', from: OLD, to: NEW });
    expect(await getOrderEvents(db, key(NEW))).toEqual([]);
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
    expect(await getTotals(db)).toMatchObject({ openCount: 0 });

    // Later readings under the new id alone (the list) find the same order; the old id's stale page changes nothing.
    const list = await ingestSnapshots(
      db,
      [{ ...paid(false), statusText: 'Paid and shipped' }],
      '2026-12-02T09:00:00.000Z',
    );
    expect(list).toMatchObject({ created: 0, changed: 1 });
    const stale = await ingestSnapshots(db, [unpaid()], '2026-12-02T09:05:00.000Z');
    expect(stale).toMatchObject({ created: 0, changed: 0, unchanged: 1, openCount: 0 });
    expect(await db.orders.count()).toBe(1);
    expect(await db.orders.get(key(OLD))).toMatchObject({ status: 'paid', open: 0, statusText: 'Paid and shipped' });
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
  });

  it('keeps one order when the paid page comes first and the old unpaid reading after', async () => {
    await ingestSnapshots(db, [paid()], '2026-12-01T07:35:00.000Z');
    const r = await ingestSnapshots(db, [unpaid()], '2026-12-01T08:00:00.000Z');
    expect(r).toMatchObject({ created: 0, changed: 0, unchanged: 1, openCount: 0 });
    expect(await db.orders.count()).toBe(1);
    expect(await db.orders.get(key(NEW))).toMatchObject({ status: 'paid', open: 0, previousOrderIds: [OLD] });
    expect(await getTotals(db)).toMatchObject({ openCount: 0 });
    // Read again, the paid page writes nothing.
    expect(await ingestSnapshots(db, [paid()], '2026-12-01T09:00:00.000Z')).toMatchObject({ changed: 0, unchanged: 1 });
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
  });

  it('never lets a page of another shop join, close or duplicate an eBay order', async () => {
    await ingestSnapshots(db, [unpaid()], '2026-11-30T20:20:00.000Z');
    // An attacker's page claims to be eBay and names the tracked order as its previous id.
    const evil = 'https://www.ebay.com.evil.example/sh/ord/details?orderid=99-00000-00000';
    const { shop: _hint, ...claim } = { ...paid(), orderId: '99-00000-00000', url: evil };
    const admitted = admitPageOrders('ebay', [claim], evil, READ_AT);
    expect(admitted.orders.map((o) => o.shop)).toEqual(['https://www.ebay.com.evil.example']);
    await ingestSnapshots(db, admitted.orders, '2026-12-01T07:35:00.000Z');
    // The eBay order is untouched and still open; the attacker's reading stays in its own shop.
    expect(await db.orders.get(key(OLD))).toMatchObject({ status: 'unpaid', open: 1 });
    expect((await db.orders.get(key(OLD)))!.consoleOrderId).toBeUndefined();
    expect(await db.orders.get(['ebay', 'https://www.ebay.com.evil.example', '99-00000-00000'])).toMatchObject({
      status: 'paid',
    });
    expect(await db.orders.get(['ebay', 'https://www.ebay.com.evil.example', OLD])).toBeUndefined();
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
  });
});

describe('the alias lookups of a page', () => {
  it('asks for the aliases of readings it does not track, of a shop that has aliases, and nothing else', async () => {
    await ingestSnapshots(db, [unpaid()], '2026-11-30T20:20:00.000Z');
    await ingestSnapshots(db, [paid()], '2026-12-01T07:35:00.000Z');
    const asked: string[][] = [];
    const bulkGet = db.settings.bulkGet.bind(db.settings);
    db.settings.bulkGet = ((keys: string[]) => (asked.push(keys), bulkGet(keys))) as typeof db.settings.bulkGet;
    // A WooCommerce page: its shop has no aliases, so none is looked up.
    await ingestSnapshots(db, [createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2' })], READ_AT);
    expect(asked).toEqual([]);
    // eBay's: the order tracked under its own first id needs none; its new id, shown alone, is looked up.
    await ingestSnapshots(db, [unpaid(), paid(false)], READ_AT);
    expect(asked).toEqual([[expect.stringContaining(NEW)]]);
    const ebay = (await db.orders.toArray()).filter((o) => o.marketplace === 'ebay');
    expect(ebay.map((o) => o.orderId)).toEqual([OLD]);
  });
});

describe('finding a renumbered order by the id its page shows', () => {
  it('finds the order tracked under its first id from its new id, in its own shop only', async () => {
    const { getTrackedOrder } = await import('@/lib/db/renumbered');
    await ingestSnapshots(db, [unpaid()], '2026-11-30T20:20:00.000Z');
    await ingestSnapshots(db, [paid()], '2026-12-01T07:35:00.000Z');
    expect(await getTrackedOrder(db, key(NEW))).toMatchObject({ orderId: OLD, consoleOrderId: NEW });
    expect(await getTrackedOrder(db, ['ebay', 'https://evil.example', NEW])).toBeUndefined();
  });
});
