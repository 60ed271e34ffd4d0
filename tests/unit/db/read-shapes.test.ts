import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Collection, Table } from 'dexie';
import { SettleDb } from '@/lib/db/schema';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { recordChase } from '@/lib/db/chase';
import { dueNowView, openOrdersView } from '@/lib/db/open-orders-view';
import { readOrderPage } from '@/lib/db/order-pages';
import { repeatNonPayersAmong } from '@/lib/db/buyers';
import { listDue } from '@/lib/db/due';
import { getShopOrderCounts } from '@/lib/db/shop-order-counts';
import { refreshReminders } from '@/lib/background/refresh-reminders';
import { onPageRead } from '@/lib/background/page-read';
import type { PageReadMessage } from '@/lib/messaging/types';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

/**
 * Issue 12: at 100,000 orders a `count()` costs ~200 ms, an `offset()` ~800 ms and a `toArray()`
 * of a whole table or range ~2 s, so no surface a seller waits for may use one. Every read those
 * surfaces make runs here against a database whose Dexie methods record the shape of each query.
 */

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders';
const sender = { url: PAGE, tab: { id: 3, url: PAGE } };
const NOW = '2026-11-22T12:00:00.000Z';
const pageOf = (orders: ReturnType<typeof createSnapshot>[]): PageReadMessage => ({
  type: 'cs-bg-page-read',
  url: PAGE,
  reading: { ok: true, marketplace: 'woocommerce', kind: 'order-list', orders, warnings: [] },
});
const ordersOnPage = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    createSnapshot({ orderId: String(from + i), buyer: { name: `Buyer ${(from + i) % 7}` } }),
  );

interface QueryContext {
  table?: { name: string };
  index?: string;
  range: { type: number };
  limit: number | null;
  algorithm?: unknown;
}
/** A read of a bounded set: limited, one key (an equality), or a set of keys (anyOf). */
const bounded = (ctx: QueryContext) =>
  (ctx.limit !== null && ctx.limit !== Infinity) || ctx.range.type === 1 || !!ctx.algorithm;
/** Indexes that hold few rows by design, read whole on purpose, each with why it stays small. */
const SMALL_BY_DESIGN: Record<string, string> = {
  // Only the orders in an open case carry `openCaseId` (schema v4).
  'shopOrders.openCaseId': 'open cases',
  // Sends started since yesterday: bounded by the daily cap of each shop.
  'sends.startedAt': 'the last day of sends',
};

const seen: string[] = [];
function recordShapes(db: SettleDb) {
  const collection = (db as unknown as { Collection: { prototype: Collection } }).Collection.prototype;
  const table = Object.getPrototypeOf(db.orders) as Table;
  const ctxOf = (c: Collection) => (c as unknown as { _ctx: QueryContext })._ctx;
  const where = (ctx: QueryContext) => `${ctx.table?.name}.${ctx.index || ':id'}`;
  for (const method of ['toArray', 'sortBy', 'keys', 'primaryKeys', 'uniqueKeys', 'each'] as const) {
    const original = collection[method] as (...args: unknown[]) => unknown;
    vi.spyOn(collection, method).mockImplementation(function (this: Collection, ...args: unknown[]) {
      const ctx = ctxOf(this);
      if (!bounded(ctx) && !SMALL_BY_DESIGN[where(ctx)]) seen.push(`unbounded ${method}() on ${where(ctx)}`);
      return original.apply(this, args);
    } as never);
  }
  const count = collection.count as (...args: unknown[]) => unknown;
  vi.spyOn(collection, 'count').mockImplementation(function (this: Collection, ...args: unknown[]) {
    seen.push(`count() on ${where(ctxOf(this))}`);
    return count.apply(this, args);
  } as never);
  const offset = collection.offset as (n: number) => Collection;
  vi.spyOn(collection, 'offset').mockImplementation(function (this: Collection, n: number) {
    if (n > 0) seen.push(`offset() on ${where(ctxOf(this))}`);
    return offset.call(this, n);
  } as never);
  for (const method of ['toArray', 'count'] as const) {
    const original = table[method] as (...args: unknown[]) => unknown;
    vi.spyOn(table, method).mockImplementation(function (this: Table, ...args: unknown[]) {
      seen.push(`${method}() of the whole ${this.name} table`);
      return original.apply(this, args);
    } as never);
  }
}

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  db = new SettleDb(`settle-read-shapes-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
  await onPageRead(db, pageOf(ordersOnPage(0, 120)), sender, NOW);
  for (const orderId of ['1', '2', '3'])
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', orderId],
      { type: 'written_off', reason: 'never paid' },
      { now: NOW, url: PAGE },
    );
  seen.length = 0;
  recordShapes(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await db.delete();
});

describe('what the popup, the dashboard, the badge and a page read ask the database', () => {
  it('never counts, skips by offset or reads a whole table or range', async () => {
    const popup = await openOrdersView(db, 50, NOW);
    const popupDue = await dueNowView(db, 50, NOW);
    // The dashboard's list: each sort, a shop's pages, narrowing filters, the next page, a search; its due marks and shops.
    const dashboard = await readOrderPage(db, { filter: { status: 'open' }, sort: 'newest' });
    const pages = [
      dashboard,
      ...(await Promise.all(
        (['oldest', 'owed', 'due'] as const).map((sort) => readOrderPage(db, { filter: { status: 'all' }, sort })),
      )),
      await readOrderPage(db, { filter: { status: 'open', shop: 'http://shop.test', stage: 'unpaid' }, sort: 'owed' }),
      await readOrderPage(db, { filter: { status: 'all', marketplace: 'woocommerce' }, sort: 'due' }),
      await readOrderPage(db, { filter: { status: 'all', search: 'buyer 3' }, sort: 'newest' }),
    ];
    // The popup's and the dashboard's repeat-non-payer flags, read after their rows.
    await repeatNonPayersAmong(db, popup.orders);
    const flags = await repeatNonPayersAmong(db, dashboard.orders);
    const firstOfAll = await readOrderPage(db, { filter: { status: 'all' }, sort: 'newest' });
    pages.push(await readOrderPage(db, { filter: { status: 'all' }, sort: 'newest', after: firstOfAll.next }));
    await listDue(db, NOW, { limit: 200 });
    await getShopOrderCounts(db);
    const badge = await refreshReminders(db, NOW);
    // A console page read: orders seen before, and new ones.
    const read = await onPageRead(db, pageOf(ordersOnPage(100, 60)), sender, NOW);
    // A shop never seen before: its first orders start its count at zero, without counting.
    const otherPage = 'http://other.test/wp-admin/admin.php?page=wc-orders';
    const other = await onPageRead(
      db,
      {
        ...pageOf(
          ordersOnPage(0, 5).map((o) => ({
            ...o,
            shop: 'http://other.test',
            url: o.url.replace('shop.test', 'other.test'),
          })),
        ),
        url: otherPage,
      },
      { url: otherPage, tab: { id: 4, url: otherPage } },
      NOW,
    );
    expect(other).toMatchObject({ created: 5 });
    // The paths ran on real data: due reminders, flags and a page answer.
    expect(popupDue.dueNow.size).toBeGreaterThan(0);
    expect(popup.orders.length).toBeGreaterThan(0);
    expect(flags.size).toBeGreaterThan(0);
    expect(pages.every((p) => p.orders.length > 0)).toBe(true);
    expect(badge).toBeGreaterThan(0);
    expect(read?.repeatNonPayers.length).toBeGreaterThan(0);
    expect(seen).toEqual([]);
  });
});
