import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb, type ChainRecord } from '@/lib/db/schema';
import type { OrderKey } from '@/lib/model/order-record';

// The middleware is measured by `npm run bench` (the 500-order page read); these tests check what
// it asks IndexedDB and that every batch still gets exactly the rows it asked for.

const SHOP = 'http://a.test';
let db: SettleDb;
let n = 0;

beforeEach(() => {
  db = new SettleDb(`settle-sparse-${++n}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const key = (orderId: string, shop = SHOP): OrderKey => ['woocommerce', shop, orderId];
const chain = ([marketplace, shop, orderId]: OrderKey): ChainRecord => ({
  marketplace,
  shop,
  orderId,
  head: `head of ${orderId}`,
  length: 1,
});
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => String(from + i));
const spies = () => ({
  gets: vi.spyOn(IDBObjectStore.prototype, 'get'),
  ranges: vi.spyOn(IDBObjectStore.prototype, 'getAllKeys'),
});
const readWrite = <T>(read: () => Promise<T>) => db.transaction('rw', db.chains, read);

describe('sparse reads: a batch of one shop’s keys in a read-write transaction', () => {
  it('asks its range once and reads no row that is not there', async () => {
    await db.chains.bulkPut(ids(1000, 10).map((id) => chain(key(id))));
    const { gets, ranges } = spies();
    const rows = await readWrite(() => db.chains.bulkGet(ids(5000, 500).map((id) => key(id))));
    expect(rows).toHaveLength(500);
    expect(rows.every((r) => r === undefined)).toBe(true);
    expect(ranges).toHaveBeenCalledTimes(1);
    expect(gets).not.toHaveBeenCalled();
  });

  it('gives each key its own row, in the order asked, reading only those there', async () => {
    await db.chains.bulkPut([...ids(2000, 20), '2100'].map((id) => chain(key(id))));
    // Another shop's orders with the same ids are not this shop's.
    await db.chains.bulkPut(ids(2000, 40).map((id) => chain(key(id, 'http://b.test'))));
    const asked = [...ids(2010, 20), '2100', '2015', '2099'].map((id) => key(id));
    const { gets } = spies();
    const rows = await readWrite(() => db.chains.bulkGet(asked));
    expect(rows.map((r) => r && r.orderId)).toEqual([
      ...ids(2010, 10),
      ...Array<undefined>(10).fill(undefined),
      '2100',
      '2015',
      undefined,
    ]);
    expect(rows.every((r) => !r || r.shop === SHOP)).toBe(true);
    expect(gets).toHaveBeenCalledTimes(12);
  });

  it('reads key by key when the range holds more than twice the batch (orders scattered through a shop’s history)', async () => {
    await db.chains.bulkPut(ids(3000, 100).map((id) => chain(key(id))));
    const asked = ['3000', '3050', ...ids(3080, 14), '3099'].map((id) => key(id));
    const { gets, ranges } = spies();
    const rows = await readWrite(() => db.chains.bulkGet(asked));
    expect(rows.map((r) => r && r.orderId)).toEqual(asked.map(([, , id]) => id));
    expect(ranges).toHaveBeenCalledTimes(1);
    expect(gets).toHaveBeenCalledTimes(asked.length);
  });

  it('leaves alone small batches, keys of several shops, and read-only transactions', async () => {
    await db.chains.bulkPut(ids(4000, 40).map((id) => chain(key(id))));
    const { ranges } = spies();
    await readWrite(() => db.chains.bulkGet(ids(4000, 15).map((id) => key(id))));
    await readWrite(() => db.chains.bulkGet([...ids(4000, 20).map((id) => key(id)), key('4000', 'http://b.test')]));
    await db.transaction('r', db.chains, () => db.chains.bulkGet(ids(4000, 40).map((id) => key(id))));
    expect(ranges).not.toHaveBeenCalled();
  });
});
