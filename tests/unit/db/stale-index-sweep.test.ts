import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import type { OrderKey, OrderRecord } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

// fake-indexeddb, like Firefox, updates its indexes in place: these tests check which index
// entries the sweep walks onto after a write, and that the write itself is untouched. The effect
// on Chromium's stale entries is measured by `npm run bench` ("due now" at 100k beside its floor).

const NOW = '2026-11-22T12:00:00.000Z';
const SHOP = 'http://a.test';

let db: SettleDb;
let n = 0;
let walked: { index: string; key: unknown }[];

beforeEach(() => {
  db = new SettleDb(`settle-sweep-${++n}`);
  walked = [];
  const open = IDBIndex.prototype.openKeyCursor;
  vi.spyOn(IDBIndex.prototype, 'openKeyCursor').mockImplementation(function (this: IDBIndex, ...args) {
    walked.push({ index: this.name, key: (args[0] as IDBKeyRange).lower });
    return open.apply(this, args);
  });
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
    chase: { stage: 'new', paused: false } as unknown as OrderRecord['chase'],
    placed: '2026-11-20T10:00:00.000Z',
    owed: 1250,
    nextDueAt: '2026-11-23T10:00:00.000Z',
    words: ['ann', 'lee', '1001'],
    ...changes,
  };
}

const indexesWalked = () => walked.map((w) => w.index).sort();

describe('the stale index sweep', () => {
  it('walks onto every index key a write dropped, and no other', async () => {
    await db.orders.put(order('1001'));
    walked = [];
    const paid = order('1001', { owed: 0, lastActivityAt: '2026-11-22T13:00:00.000Z' });
    delete paid.nextDueAt;
    await db.orders.put(paid);

    expect(indexesWalked()).toEqual(
      [
        'nextDueAt',
        '[nextDueAt+marketplace+shop+orderId]',
        '[shop+nextDueAt+marketplace+orderId]',
        '[owed+marketplace+shop+orderId]',
        '[shop+owed+marketplace+orderId]',
        '[open+lastActivityAt]',
      ].sort(),
    );
    expect(walked.find((w) => w.index === 'nextDueAt')!.key).toBe('2026-11-23T10:00:00.000Z');
    expect(walked.find((w) => w.index === '[shop+owed+marketplace+orderId]')!.key).toEqual([
      SHOP,
      1250,
      'woocommerce',
      '1001',
    ]);
    expect(await db.orders.get(['woocommerce', SHOP, '1001'])).toMatchObject({ owed: 0 });
    expect(await db.orders.where('nextDueAt').above('').count()).toBe(0);
  });

  it('walks nothing for new rows or a write that moves no index key', async () => {
    await db.orders.bulkPut([order('1001'), order('1002')]);
    await db.orders.put(order('1001', { statusText: 'Pending payment (seen again)' }));
    expect(walked).toEqual([]);
  });

  it('walks only the words a multi-entry index lost', async () => {
    await db.orders.put(order('1001'));
    walked = [];
    await db.orders.put(order('1001', { words: ['ann', 'leigh', '1001'] }));
    expect(walked).toEqual([{ index: 'words', key: 'lee' }]);
  });

  it('walks every key of a deleted row', async () => {
    await db.orders.put(order('1001'));
    walked = [];
    await db.orders.delete(['woocommerce', SHOP, '1001']);
    expect(walked.filter((w) => w.index === 'words').map((w) => w.key)).toEqual(['ann', 'lee', '1001']);
    expect(walked.some((w) => w.index === 'shop' && w.key === SHOP)).toBe(true);
  });

  it("jumps to the row's own entry when a live row shares the key and sorts before it", async () => {
    const jump = vi.spyOn(IDBCursor.prototype, 'continuePrimaryKey');
    await db.orders.bulkPut([order('1001'), order('1002')]);
    await db.orders.put(order('1002', { nextDueAt: '2026-11-25T10:00:00.000Z' }));
    expect(jump).toHaveBeenCalledWith('2026-11-23T10:00:00.000Z', ['woocommerce', SHOP, '1002']);
    // 1001 keeps its entry; 1002 is found under its new date only.
    expect(await db.orders.where('nextDueAt').equals('2026-11-23T10:00:00.000Z').primaryKeys()).toEqual([
      ['woocommerce', SHOP, '1001'],
    ]);
  });

  it('never fails the write it follows', async () => {
    await db.orders.put(order('1001'));
    vi.mocked(IDBIndex.prototype.openKeyCursor).mockImplementation(() => {
      throw new DOMException('stale sweep failed', 'UnknownError');
    });
    await db.orders.put(order('1001', { nextDueAt: '2026-11-30T10:00:00.000Z' }));
    expect((await db.orders.get(['woocommerce', SHOP, '1001']))!.nextDueAt).toBe('2026-11-30T10:00:00.000Z');
  });

  describe('in a transaction that read the rows it writes', () => {
    const rowReads = () => vi.spyOn(IDBObjectStore.prototype, 'get');
    const KEYS: OrderKey[] = [
      ['woocommerce', SHOP, '1001'],
      ['woocommerce', SHOP, '1002'],
    ];

    it('reads them no second time, and still walks what each write dropped', async () => {
      await db.orders.bulkPut([order('1001'), order('1002')]);
      walked = [];
      const reads = rowReads();
      await db.transaction('rw', db.orders, async () => {
        const [a, b] = await db.orders.bulkGet(KEYS);
        await db.orders.bulkPut([{ ...a!, owed: 0 }, { ...b! }]);
      });
      expect(reads).toHaveBeenCalledTimes(2);
      expect(indexesWalked()).toEqual(['[owed+marketplace+shop+orderId]', '[shop+owed+marketplace+orderId]']);
    });

    it('walks the keys a row had when read, though the caller changed the row it was given', async () => {
      await db.orders.put(order('1001'));
      walked = [];
      await db.transaction('rw', db.orders, async () => {
        const row = (await db.orders.get(KEYS[0]!))!;
        row.nextDueAt = '2026-11-30T10:00:00.000Z';
        row.words!.splice(row.words!.indexOf('lee'), 1);
        await db.orders.put(row);
      });
      expect(walked.filter((w) => w.index === 'nextDueAt').map((w) => w.key)).toEqual(['2026-11-23T10:00:00.000Z']);
      expect(walked.filter((w) => w.index === 'words').map((w) => w.key)).toEqual(['lee']);
    });

    it('reads again a row an add may have written after it was read as absent', async () => {
      await db.transaction('rw', db.orders, async () => {
        expect(await db.orders.get(KEYS[0]!)).toBeUndefined();
        await db.orders.add(order('1001'));
        walked = [];
        await db.orders.put(order('1001', { owed: 0 }));
      });
      expect(indexesWalked()).toEqual(['[owed+marketplace+shop+orderId]', '[shop+owed+marketplace+orderId]']);
    });

    it("keeps what it wrote: a second write in the transaction walks the first one's keys", async () => {
      await db.orders.put(order('1001'));
      walked = [];
      const reads = rowReads();
      await db.transaction('rw', db.orders, async () => {
        await db.orders.put(order('1001', { owed: 900 }));
        await db.orders.put(order('1001', { owed: 0 }));
      });
      expect(reads).toHaveBeenCalledTimes(1);
      expect(walked.filter((w) => w.index === '[owed+marketplace+shop+orderId]').map((w) => w.key)).toEqual([
        [1250, 'woocommerce', SHOP, '1001'],
        [900, 'woocommerce', SHOP, '1001'],
      ]);
    });
  });
});
