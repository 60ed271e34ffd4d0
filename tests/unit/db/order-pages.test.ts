import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cmp } from 'dexie';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { repeatNonPayersAmong } from '@/lib/db/buyers';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import {
  pageKeyOf,
  readOrderPage,
  SCAN_LIMIT,
  SEARCH_LIMIT,
  type OrderFilter,
  type OrderSort,
} from '@/lib/db/order-pages';
import { afterRead, withNextPage, type PageRange } from '@/components/dashboard/page-ranges';
import type { MarketplaceId } from '@/lib/model/order';
import type { OrderRecord } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

const NOW = '2026-11-22T12:00:00.000Z';
const SHOPS: [MarketplaceId, string][] = [
  ['woocommerce', 'http://shop.test'],
  ['woocommerce', 'http://other.test'],
  ['ebay', 'https://www.ebay.com'],
];

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  db = new SettleDb(`settle-order-pages-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

/** `count` orders from `from` on, spread over the shops, with no placed date: first seen a minute apart in batches of ten (ties included). */
async function addOrders(from: number, count: number, at?: string) {
  for (let i = from; i < from + count; i += 10) {
    const batch = Array.from({ length: Math.min(10, from + count - i) }, (_, j) => {
      const k = i + j;
      const [marketplace, shop] = SHOPS[k % 3]!;
      return createSnapshot({
        marketplace,
        shop,
        orderId: `A-${String(k).padStart(4, '0')}`,
        url: `${shop}/order/${k}`,
        buyer: { name: `Buyer ${k % 17}`, email: `b${k % 17}@mail.test` },
        placedAt: undefined,
        total: { amount: 1000 + ((k * 37) % 500) * 10, currency: 'USD' },
        amountDue: { amount: 1000 + ((k * 37) % 500) * 10, currency: 'USD' },
      });
    });
    await ingestSnapshots(db, batch, at ?? new Date(Date.parse(NOW) - 86_400_000 + i * 60_000).toISOString());
  }
}

/** Every page of a list as the dashboard reads them: the first read of each fixes its range, then all are read again. */
async function pageThrough(filter: OrderFilter, sort: OrderSort, between?: () => Promise<void>) {
  let ranges: PageRange[] = [{}];
  for (let i = 0; i < ranges.length; i++) {
    const page = await readOrderPage(db, { filter, sort, ...ranges[i] });
    ranges = withNextPage(afterRead(ranges, i, page.next));
    if (between) await between();
  }
  const again: OrderRecord[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const page = await readOrderPage(db, { filter, sort, ...ranges[i] });
    const settled = afterRead(ranges, i, page.next);
    // A page that grew past one read splits: read its first part again.
    if (settled !== ranges) {
      ranges = settled;
      i--;
      continue;
    }
    again.push(...page.orders);
  }
  return { ids: again.map((o) => o.orderId), pages: ranges.length };
}

/** The expected list: every order, filtered and sorted in memory. */
async function expected(keep: (o: OrderRecord) => boolean, sort: OrderSort) {
  const all = (await db.orders.toArray()).filter(keep).filter((o) => pageKeyOf(o, sort));
  const reverse = sort === 'newest' || sort === 'owed';
  all.sort((a, b) => cmp(pageKeyOf(a, sort)!, pageKeyOf(b, sort)!) * (reverse ? -1 : 1));
  return all.map((o) => o.orderId);
}

describe('the dashboard list, page by page on indexes', () => {
  it.each(['newest', 'oldest', 'owed', 'due'] as const)(
    'sorts by %s, page after page, with nothing twice and nothing left out',
    async (sort) => {
      await addOrders(0, 260);
      const { ids, pages } = await pageThrough({ status: 'all' }, sort);
      expect(pages).toBeGreaterThan(2);
      expect(ids).toEqual(await expected(() => true, sort));
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('continues without gaps or duplicates while orders are added between the pages', async () => {
    await addOrders(0, 250);
    let added = 250;
    const { ids } = await pageThrough({ status: 'all' }, 'oldest', async () => {
      // New orders land before, inside and after the pages already read (first seen earlier, among them, later).
      const at = [-2, 100, 400][((added - 250) / 15) % 3]!;
      await addOrders(added, 15, new Date(Date.parse(NOW) - 86_400_000 + at * 60_000).toISOString());
      added += 15;
    });
    expect(ids).toHaveLength(added);
    expect(ids).toEqual(await expected(() => true, 'oldest'));
  });

  it('splits a page that grew past one read, and keeps every row once', async () => {
    await addOrders(0, 150);
    const first = await readOrderPage(db, { filter: { status: 'all' }, sort: 'newest' });
    let ranges = withNextPage(afterRead([{}], 0, first.next));
    // 120 orders newer than the first page's last: all of them fall into the first page's range.
    await addOrders(1000, 120);
    const grown = await readOrderPage(db, { filter: { status: 'all' }, sort: 'newest', ...ranges[0] });
    ranges = afterRead(ranges, 0, grown.next);
    expect(ranges).toHaveLength(3);
    const ids: string[] = [];
    for (let i = 0; i < ranges.length; i++) {
      const page = await readOrderPage(db, { filter: { status: 'all' }, sort: 'newest', ...ranges[i] });
      ranges = withNextPage(afterRead(ranges, i, page.next));
      ids.push(...page.orders.map((o) => o.orderId));
    }
    expect(ids).toEqual(await expected(() => true, 'newest'));
  });

  it('combines the shop, console, status and stage filters', async () => {
    await addOrders(0, 90);
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', 'A-0003'],
      { type: 'written_off', reason: 'x' },
      { now: NOW, url: 'x' },
    );
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', 'A-0006'],
      { type: 'reminder_sent', tone: 'friendly' },
      { now: NOW, url: 'x' },
    );
    await recordChase(
      db,
      ['woocommerce', 'http://other.test', 'A-0001'],
      { type: 'reminder_sent', tone: 'friendly' },
      { now: NOW, url: 'x' },
    );
    const list = async (filter: OrderFilter, sort: OrderSort = 'oldest') => (await pageThrough(filter, sort)).ids;
    expect(await list({ status: 'all', shop: 'http://shop.test' })).toEqual(
      await expected((o) => o.shop === 'http://shop.test', 'oldest'),
    );
    expect(await list({ status: 'open', shop: 'http://shop.test' })).not.toContain('A-0003');
    expect(await list({ status: 'all', stage: 'written_off' })).toEqual(['A-0003']);
    expect(await list({ status: 'open', stage: 'reminded' })).toEqual(['A-0001', 'A-0006']);
    expect(await list({ status: 'open', stage: 'reminded', shop: 'http://shop.test' })).toEqual(['A-0006']);
    expect(await list({ status: 'all', marketplace: 'ebay' }, 'owed')).toEqual(
      await expected((o) => o.marketplace === 'ebay', 'owed'),
    );
    expect(await list({ status: 'all', marketplace: 'ebay', shop: 'http://shop.test' })).toEqual([]);
    expect(await list({ status: 'paid' })).toEqual([]);
  });

  it('reads one page of rows for the first page of a narrowed list, and more at a time after it', async () => {
    // Issue 12: the open list's first page read 400 rows at 100,000 orders before its first row showed.
    await addOrders(0, 100 + SCAN_LIMIT + 1);
    const first = await readOrderPage(db, { filter: { status: 'open' }, sort: 'oldest' });
    expect(first.orders).toHaveLength(100);
    const second = await readOrderPage(db, { filter: { status: 'open' }, sort: 'oldest', after: first.next });
    expect(second.orders).toHaveLength(SCAN_LIMIT);
    expect(second.next).toBeDefined();
  });

  it('reads a bounded range when a filter matches little: a page may hold fewer rows, and the next goes on', async () => {
    await addOrders(0, SCAN_LIMIT + 50);
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', 'A-0420'],
      { type: 'written_off', reason: 'x' },
      { now: NOW, url: 'x' },
    );
    const first = await readOrderPage(db, { filter: { status: 'all', stage: 'written_off' }, sort: 'oldest' });
    expect(first.orders).toEqual([]);
    expect(first.next).toBeDefined();
    const second = await readOrderPage(db, {
      filter: { status: 'all', stage: 'written_off' },
      sort: 'oldest',
      after: first.next,
    });
    expect(second.orders.map((o) => o.orderId)).toEqual(['A-0420']);
    expect(second.next).toBeUndefined();
  });

  it('searches by a prefix of the buyer name, email or order number, in any case, sorted and bounded', async () => {
    await addOrders(0, 60);
    await ingestSnapshots(db, [createSnapshot({ orderId: 'CN-88', buyer: { name: '王芳' } })], NOW);
    const search = async (text: string, sort: OrderSort = 'oldest', filter: Partial<OrderFilter> = {}) =>
      (await readOrderPage(db, { filter: { status: 'all', search: text, ...filter }, sort })).orders.map(
        (o) => o.orderId,
      );
    expect(await search('buyer 16')).toEqual(['A-0016', 'A-0033', 'A-0050']);
    expect(await search('BUYER 16', 'newest')).toEqual(['A-0050', 'A-0033', 'A-0016']);
    expect(await search('b16@')).toEqual(['A-0016', 'A-0033', 'A-0050']);
    expect(await search('a-005')).toEqual(await expected((o) => o.orderId.startsWith('A-005'), 'oldest'));
    expect(await search('王')).toEqual(['CN-88']);
    expect(await search('buyer 16', 'oldest', { shop: 'https://www.ebay.com' })).toEqual(['A-0050']);
    expect(await search('nobody')).toEqual([]);
    const many = await readOrderPage(db, { filter: { status: 'all', search: 'buyer' }, sort: 'oldest' });
    expect(many.orders).toHaveLength(60);
    expect(many.capped).toBeUndefined();
    await addOrders(100, SEARCH_LIMIT);
    expect((await readOrderPage(db, { filter: { status: 'all', search: 'buyer' }, sort: 'oldest' })).capped).toBe(true);
  });

  it('flags the repeat non-payers of a page from their buyer rows', async () => {
    await addOrders(0, 40);
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', 'A-0000'],
      { type: 'written_off', reason: 'x' },
      { now: NOW, url: 'x' },
    );
    const page = await readOrderPage(db, { filter: { status: 'all', shop: 'http://shop.test' }, sort: 'oldest' });
    // Buyer 0 (k % 17 = 0) has one order at shop.test (k % 3 = 0) so far: a write-off flags no other.
    const flags = await repeatNonPayersAmong(db, page.orders);
    const flagged = page.orders.filter((o) => flags.has(`${o.marketplace}\u0000${o.shop}\u0000${o.orderId}`));
    expect(flagged.map((o) => o.orderId)).toEqual([]);
    // A-0051 is buyer 0's next order at shop.test.
    await addOrders(51, 1);
    const after = await readOrderPage(db, { filter: { status: 'all', shop: 'http://shop.test' }, sort: 'oldest' });
    const flagsAfter = await repeatNonPayersAmong(db, after.orders);
    expect(
      after.orders
        .filter((o) => flagsAfter.has(`${o.marketplace}\u0000${o.shop}\u0000${o.orderId}`))
        .map((o) => o.orderId),
    ).toEqual(['A-0051']);
  });
});
