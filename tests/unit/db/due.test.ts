import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cmp } from 'dexie';
import { SettleDb } from '@/lib/db/schema';
import { listDue } from '@/lib/db/due';
import { defaultChaseSettings, defaultSchedule, saveChaseSettings, type ChaseSettings } from '@/lib/db/settings';
import { sendHistory } from '@/lib/db/sends';
import { orderKeyOf, type OrderRecord } from '@/lib/model/order-record';
import type { MarketplaceId } from '@/lib/model/order';
import { selectDueNow } from '@/lib/tracker/due-limits';
import { createSnapshot } from '../factories';

const NOW = '2026-11-22T12:00:00.000Z';
const SHOPS: [MarketplaceId, string][] = [
  ['woocommerce', 'http://a.test'],
  ['ebay', 'http://b.test'],
  // Shops of the same console, before and after the others: ties at one due moment cross shops in both directions.
  ['woocommerce', 'http://c.test'],
  ['ebay', 'http://0.test'],
  ['ebay', 'http://d.test'],
];

let db: SettleDb;
let n = 0;
beforeEach(() => {
  db = new SettleDb(`settle-due-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

function order(orderId: string, shopIndex: number, buyer: string, nextDueAt?: string): OrderRecord {
  const [marketplace, shop] = SHOPS[shopIndex]!;
  return {
    ...createSnapshot({ marketplace, shop, orderId, buyer: { name: buyer } }),
    open: 1,
    buyerKey: buyer,
    firstSeenAt: NOW,
    lastActivityAt: NOW,
    chase: { stage: 'new', paused: false } as unknown as OrderRecord['chase'],
    ...(nextDueAt && { nextDueAt }),
  };
}

const settingsWithCaps = (caps: [number, number]): ChaseSettings => ({
  ...defaultChaseSettings(),
  timeZone: 'UTC',
  schedules: {
    woocommerce: { ...defaultSchedule('woocommerce'), dailyCap: caps[0] },
    ebay: { ...defaultSchedule('ebay'), dailyCap: caps[1] },
  },
});

/** The whole selection, as before paging: every due order at once, in the index's order. */
async function fullSelection(settings: ChaseSettings) {
  const all = (await db.orders.toArray())
    .filter((o) => o.nextDueAt && o.nextDueAt <= NOW)
    .sort((a, b) => a.nextDueAt!.localeCompare(b.nextDueAt!) || cmp(orderKeyOf(a), orderKeyOf(b)));
  const candidates = all.map((o) => ({
    marketplace: o.marketplace,
    orderId: o.orderId,
    buyerKey: o.buyerKey,
    shop: o.shop,
    dueAt: o.nextDueAt!,
  }));
  const caps = new Map(SHOPS.map(([m, s]) => [s, settings.schedules[m]!.dailyCap]));
  return selectDueNow(candidates, await sendHistory(db, NOW, 'UTC'), (s) => caps.get(s)!, NOW);
}

describe('"due now", read page by page from the nextDueAt index', () => {
  it('gives exactly the reminders the whole selection gives, page after page, ties and limits included', async () => {
    // Few due moments and few buyers: many ties in the index and many orders of one buyer.
    const row = fc.record({
      shop: fc.integer({ min: 0, max: SHOPS.length - 1 }),
      buyer: fc.constantFrom('ann', 'bo', 'cy', 'di', 'ed', 'flo', 'gus'),
      due: fc.option(
        fc.constantFrom('2026-11-20T09:00:00.000Z', '2026-11-21T09:00:00.000Z', '2026-11-23T09:00:00.000Z'),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 120 }),
        fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
        fc.integer({ min: 1, max: 4 }),
        async (rows, caps, limit) => {
          await db.orders.clear();
          await db.orders.bulkPut(rows.map((r, i) => order(String(i), r.shop, r.buyer, r.due ?? undefined)));
          const settings = settingsWithCaps(caps);
          const expected = await fullSelection(settings);
          const shown = [];
          let page = await listDue(db, NOW, { settings, limit });
          shown.push(...page.dueNow);
          while (page.next) {
            expect(page.dueNow).toHaveLength(limit);
            page = await listDue(db, NOW, { settings, limit, after: page.next });
            shown.push(...page.dueNow);
          }
          expect(shown).toEqual(expected.dueNow);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a few batches, not every due order, when the page fills or every shop reached its cap', async () => {
    // 600 due orders, a second apart, the two shops taking turns in the index.
    const base = Date.parse('2026-11-20T09:00:00.000Z');
    await db.orders.bulkPut(
      Array.from({ length: 600 }, (_, i) =>
        order(String(i), i % 2, `buyer ${i}`, new Date(base + i * 1000).toISOString()),
      ),
    );
    const page = await listDue(db, NOW, { settings: settingsWithCaps([3, 2]), limit: 4 });
    expect(page.dueNow).toHaveLength(4);
    expect(page.orders.size).toBe(4);
    expect(page.next).toBeDefined();
    const capped = await listDue(db, NOW, { settings: settingsWithCaps([3, 2]) });
    // Shop a's cap of 3 and shop b's of 2 are reached within the first batch: nothing after can go out today.
    expect(capped.dueNow).toHaveLength(5);
    expect(capped.orders.size).toBeLessThanOrEqual(50);
    expect(capped.next).toBeUndefined();
  });

  it('fills a page from the first rows of the whole index with one read of the orders, when no shop is past its cap', async () => {
    const base = Date.parse('2026-11-20T09:00:00.000Z');
    await db.orders.bulkPut(
      Array.from({ length: 120 }, (_, i) =>
        order(String(i), i % 2, `buyer ${i}`, new Date(base + i * 1000).toISOString()),
      ),
    );
    const reads: string[] = [];
    const where = db.orders.where.bind(db.orders);
    db.orders.where = ((index: string) => (reads.push(index), where(index))) as typeof db.orders.where;
    const page = await listDue(db, NOW, { settings: settingsWithCaps([30, 30]), limit: 50 });
    expect(page.dueNow).toHaveLength(50);
    expect(page.next).toBeDefined();
    // (Orders put here without ingest have no kept shop counts: those are counted by the shop index.)
    // The first rows from the plain index, which sorts them as the long one does (see firstOfIndex).
    expect(reads.filter((index) => index.includes('nextDueAt'))).toEqual(['nextDueAt']);
  });

  it('reads the saved settings in the same one transaction as the rest, and answers as on those settings', async () => {
    const base = Date.parse('2026-11-20T09:00:00.000Z');
    await db.orders.bulkPut(
      Array.from({ length: 80 }, (_, i) =>
        order(String(i), i % 3, `buyer ${i % 50}`, new Date(base + i * 1000).toISOString()),
      ),
    );
    const settings = settingsWithCaps([4, 6]);
    await saveChaseSettings(db, settings);
    // Every transaction the read opens: Dexie opens each through its core.
    const { core } = db;
    const transaction = core.transaction;
    const opened: string[][] = [];
    core.transaction = (stores, ...rest) => (opened.push(stores), transaction(stores, ...rest));
    const page = await listDue(db, NOW, { limit: 20 }).finally(() => (core.transaction = transaction));
    // One round: the settings, the sends, the shops and the first rows, in one transaction.
    expect(opened).toHaveLength(1);
    expect(opened[0]).toContain('settings');
    expect(page.dueNow).toEqual((await listDue(db, NOW, { settings, limit: 20 })).dueNow);
    expect(page.dueNow).toHaveLength(4 + 6 + 4);
  });

  it("reads on in the whole index while rows are held only for their buyer's other orders", async () => {
    // Each buyer has three orders due at the same moment: two of every three wait, no shop reaches its cap.
    const base = Date.parse('2026-11-20T09:00:00.000Z');
    await db.orders.bulkPut(
      Array.from({ length: 300 }, (_, i) =>
        order(String(i), i % 2, `buyer ${Math.floor(i / 6)}`, new Date(base + Math.floor(i / 6) * 1000).toISOString()),
      ),
    );
    const reads: string[] = [];
    const where = db.orders.where.bind(db.orders);
    db.orders.where = ((index: string) => (reads.push(index), where(index))) as typeof db.orders.where;
    const page = await listDue(db, NOW, { settings: settingsWithCaps([100, 100]), limit: 50 });
    expect(page.dueNow).toHaveLength(50);
    expect(page.held.every((h) => h.reason === 'buyer-has-another-due')).toBe(true);
    expect(reads.filter((index) => index.includes('nextDueAt'))).toEqual([
      'nextDueAt',
      '[nextDueAt+marketplace+shop+orderId]',
      '[nextDueAt+marketplace+shop+orderId]',
    ]);
  });

  it("reads no further in a shop past its daily cap, however many of its orders are due before another shop's", async () => {
    // Issue 12: one shop with 500 due ahead of the other's 5 once made "due now" judge all 505.
    const base = Date.parse('2026-11-20T09:00:00.000Z');
    await db.orders.bulkPut([
      ...Array.from({ length: 500 }, (_, i) =>
        order(String(i), 0, `buyer ${i}`, new Date(base + i * 1000).toISOString()),
      ),
      ...Array.from({ length: 5 }, (_, i) => order(`b-${i}`, 1, `bea ${i}`, '2026-11-21T09:00:00.000Z')),
    ]);
    const page = await listDue(db, NOW, { settings: settingsWithCaps([3, 2]), limit: 50 });
    expect(page.dueNow.map((c) => c.orderId)).toEqual(['0', '1', '2', 'b-0', 'b-1']);
    // The first 50 rows of the whole index, then a batch of each shop's own.
    expect(page.orders.size).toBeLessThanOrEqual(50 + 2 * 25);
    expect(page.next).toBeUndefined();
  });

  it('goes on shop by shop exactly where the whole index stopped, within a due moment several shops share', async () => {
    // Shop a (WooCommerce, cap 1) holds its second order for its cap, so the first 50 rows send the
    // read shop by shop; they end inside T1, among shop b's orders. Of T1, eBay's shop 0 came before
    // that point, shop b's rest and shop d come after it.
    const [t0, t1] = ['2026-11-20T09:00:00.000Z', '2026-11-21T09:00:00.000Z'];
    const rows = [
      order('a-1', 0, 'ann', t0),
      order('a-2', 0, 'al', t0),
      ...Array.from({ length: 10 }, (_, i) => order(`0-${i}`, 3, `zed ${i}`, t1)),
      ...Array.from({ length: 45 }, (_, i) => order(`b-${String(i).padStart(2, '0')}`, 1, `bea ${i}`, t1)),
      ...Array.from({ length: 3 }, (_, i) => order(`d-${i}`, 4, `dot ${i}`, t1)),
      order('c-1', 2, 'cy', t1),
    ];
    await db.orders.bulkPut(rows);
    const shopsRead: string[] = [];
    const where = db.orders.where.bind(db.orders);
    db.orders.where = ((index: string) => {
      const clause = where(index);
      if (index !== '[shop+nextDueAt+marketplace+orderId]') return clause;
      const between = clause.between.bind(clause);
      clause.between = (lower, ...rest) => (shopsRead.push((lower as string[])[0]!), between(lower, ...rest));
      return clause;
    }) as typeof db.orders.where;
    const settings = settingsWithCaps([1, 100]);
    const page = await listDue(db, NOW, { settings });
    // Shop a, taken to its cap by the first rows, is not read again.
    expect(shopsRead.sort()).toEqual(['http://0.test', 'http://b.test', 'http://c.test', 'http://d.test']);
    expect(page.dueNow).toEqual((await fullSelection(settings)).dueNow);
    expect(page.dueNow).toHaveLength(1 + 10 + 45 + 3 + 1);
    // Each order judged once: none read again from before where the whole index stopped.
    const judged = [...page.dueNow, ...page.held.map((h) => h.candidate)].map((c) => `${c.shop} ${c.orderId}`);
    expect(new Set(judged).size).toBe(judged.length);
  });

  it('stops at the cap of the only shop with anything due: a shop with nothing due does not keep it reading', async () => {
    // Issue 12: shop b holds orders, none due; before the per-shop index it kept the read going to the index's end.
    const base = Date.parse('2026-11-20T09:00:00.000Z');
    await db.orders.bulkPut([
      ...Array.from({ length: 300 }, (_, i) =>
        order(String(i), 0, `buyer ${i}`, new Date(base + i * 1000).toISOString()),
      ),
      order('b-1', 1, 'bea', '2026-11-30T09:00:00.000Z'),
      order('b-2', 1, 'bo'),
    ]);
    const capped = await listDue(db, NOW, { settings: settingsWithCaps([3, 2]) });
    expect(capped.dueNow).toHaveLength(3);
    expect(capped.orders.size).toBeLessThanOrEqual(50);
  });
});
