// Bundled by the benchmark (scripts/bench-database.mjs) and run in Settle's own service worker, so
// it fills and times the extension's own database with Settle's own code.
import { SettleDb } from '../../lib/db/schema';
import { ingestSnapshots } from '../../lib/db/ingest';
import { listDue } from '../../lib/db/due';
import { onPageRead } from '../../lib/background/page-read';
import { BADGE_COUNTED } from '../../lib/background/refresh-reminders';
import { CsToBg } from '../../lib/messaging/types';
import { TABLES } from '../../lib/db/tables';
import { buyerKeyFor } from '../../lib/model/order-record';
import { fill, iso, PAGE, snapshotOf } from './bench-orders';

declare global {
  var settleDbBench: typeof bench;
}

const db = new SettleDb();

const bench = {
  /** Adds orders [from, to): `fill` of ./bench-orders. */
  fill: (from: number, to: number) => fill(db, from, to),

  /** "Due now", the popup's first page, as the popup asks it. */
  async dueFirstPage(): Promise<number> {
    const due = await listDue(db, iso(Date.now()), { limit: 50 });
    return due.dueNow.length;
  },

  /** The badge's reading of what is due (lib/background/refresh-reminders.ts): up to BADGE_COUNTED. */
  async badgeDue(): Promise<number> {
    const due = await listDue(db, iso(Date.now()), { limit: BADGE_COUNTED });
    return due.dueNow.length;
  },

  /** The floor of both: 50 rows from the `nextDueAt` index with IndexedDB alone, on Settle's own connection. */
  async rawDue50(): Promise<number> {
    const raw = (await db.open()).backendDB();
    const request = raw
      .transaction(TABLES.orders)
      .objectStore(TABLES.orders)
      .index('nextDueAt')
      .getAll(IDBKeyRange.upperBound(iso(Date.now())), 50);
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.length);
      request.onerror = () => reject(request.error);
    });
  },

  /**
   * The background's whole answer to a console page listing 500 orders new to Settle (`onPageRead`),
   * then its floor: the rows that answer wrote (orders, events, chain heads, buyers), under new
   * keys, put with IndexedDB alone in one transaction into the same database, so both are timed
   * at the same size of it.
   */
  async pageReadVsRaw(round: number): Promise<{ settleMs: number; rawMs: number }> {
    const nowMs = Date.now();
    // One more shop, whose console lists 500 orders Settle has not seen on each read.
    const shop = 'https://page.bench.test';
    const first = 5_000_000 + round * PAGE;
    const orders = Array.from({ length: PAGE }, (_, i) => snapshotOf(first + i, nowMs, () => shop));
    const url = `${shop}/wp-admin/admin.php?page=wc-orders`;
    const t0 = performance.now();
    await onPageRead(
      db,
      {
        type: CsToBg.PAGE_READ,
        url,
        reading: { ok: true, marketplace: 'woocommerce', kind: 'order-list', orders, warnings: [] },
      },
      { url },
      iso(nowMs),
    );
    const settleMs = performance.now() - t0;
    // snapshotOf numbers its orders 100,000 + n: this page's ids all have 7 digits, so they sort as numbers do.
    const ids = [String(100_000 + first), String(100_000 + first + PAGE)];
    const range = [
      ['woocommerce', shop, ids[0]],
      ['woocommerce', shop, ids[1]],
    ];
    const written = {
      orders: await db.orders.where(':id').between(range[0], range[1]).toArray(),
      events: await db.events.where('[marketplace+shop+orderId]').between(range[0], range[1]).toArray(),
      chains: await db.chains.where(':id').between(range[0], range[1]).toArray(),
      buyers: [] as object[],
    };
    written.buyers = (await db.buyers.bulkGet(written.orders.map(buyerKeyFor))).filter((b) => b !== undefined);
    const rekey = <T extends object>(rows: T[], field: keyof T, drop?: keyof T) =>
      rows.map((row) => {
        const copy = { ...row, [field]: `raw-${String(row[field])}` };
        if (drop) delete copy[drop];
        return copy;
      });
    const rawMs = await rawWrites(await db.open().then((d) => d.backendDB()), {
      [TABLES.orders]: rekey(written.orders, 'orderId'),
      [TABLES.events]: rekey(written.events, 'orderId', 'id'),
      [TABLES.chains]: rekey(written.chains, 'orderId'),
      [TABLES.buyers]: rekey(written.buyers as { buyerKey: string }[], 'buyerKey'),
    });
    return { settleMs, rawMs };
  },

  /**
   * Ingest of 10,000 new orders through Settle (pages of 500, each its own transaction, as pages
   * arrive), then the floor: the same rows Settle wrote (orders, events, the heads of their hash
   * chains, buyers), put with IndexedDB alone in as many transactions into a scratch database of
   * the same stores and indexes.
   */
  async ingestVsRaw(round: number): Promise<{ settleMs: number; rawMs: number }> {
    const nowMs = Date.now();
    const shop = `https://ingest${round}.bench.test`;
    const all = Array.from({ length: 10_000 }, (_, i) => snapshotOf(9_000_000 + round * 10_000 + i, nowMs, () => shop));
    const t0 = performance.now();
    for (let i = 0; i < all.length; i += PAGE) await ingestSnapshots(db, all.slice(i, i + PAGE), iso(nowMs));
    const settleMs = performance.now() - t0;
    const orders = await db.orders.where('shop').equals(shop).toArray();
    const events = await db.events
      .where('[marketplace+shop+orderId]')
      .between(['woocommerce', shop, ''], ['woocommerce', shop, '\uffff'])
      .toArray();
    const chains = await db.chains
      .where(':id')
      .between(['woocommerce', shop, ''], ['woocommerce', shop, '\uffff'])
      .toArray();
    const buyers = await db.buyers
      .where('[marketplace+shop+buyerKey]')
      .between(['woocommerce', shop, ''], ['woocommerce', shop, '\uffff'])
      .toArray();
    const rawMs = await rawPuts(`settle-bench-raw-${round}`, orders, events, chains, buyers);
    return { settleMs, rawMs };
  },
};

/** Writes rows with IndexedDB alone in one transaction (store name → rows; keys in the rows, or made by the store), timed to its commit. */
async function rawWrites(raw: IDBDatabase, rowsByStore: Record<string, object[]>): Promise<number> {
  const t0 = performance.now();
  const tx = raw.transaction(Object.keys(rowsByStore), 'readwrite');
  for (const [store, rows] of Object.entries(rowsByStore)) for (const row of rows) tx.objectStore(store).put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  return performance.now() - t0;
}

/** Puts the rows with IndexedDB alone, in pages of 500 orders with their events, chain heads and buyers, timed. */
async function rawPuts(
  name: string,
  orders: object[],
  events: object[],
  chains: object[],
  buyers: object[],
): Promise<number> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const d = open.result;
      const o = d.createObjectStore('orders', { keyPath: ['marketplace', 'shop', 'orderId'] });
      o.createIndex('open', ['open', 'lastActivityAt']);
      o.createIndex('nextDueAt', 'nextDueAt');
      o.createIndex('buyer', ['marketplace', 'shop', 'buyerKey']);
      o.createIndex('shop', 'shop');
      o.createIndex('openCaseId', 'openCaseId');
      // Schema version 5: the dashboard's sorts (each also per shop) and search.
      for (const field of ['placed', 'owed', 'nextDueAt']) {
        o.createIndex(`${field}+key`, [field, 'marketplace', 'shop', 'orderId']);
        o.createIndex(`shop+${field}+key`, ['shop', field, 'marketplace', 'orderId']);
      }
      o.createIndex('words', 'words', { multiEntry: true });
      d.createObjectStore('events', { keyPath: 'id' }).createIndex('order', ['marketplace', 'shop', 'orderId']);
      d.createObjectStore('chains', { keyPath: ['marketplace', 'shop', 'orderId'] });
      d.createObjectStore('buyers', { keyPath: ['marketplace', 'shop', 'buyerKey'] });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const perOrder = events.length / orders.length;
  let ms = 0;
  for (let i = 0; i < orders.length; i += PAGE)
    ms += await rawWrites(raw, {
      orders: orders.slice(i, i + PAGE),
      chains: chains.slice(i, i + PAGE),
      events: events.slice(Math.round(i * perOrder), Math.round((i + PAGE) * perOrder)),
      buyers: buyers.slice(
        Math.round((i * buyers.length) / orders.length),
        Math.round(((i + PAGE) * buyers.length) / orders.length),
      ),
    });
  raw.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

globalThis.settleDbBench = bench;
