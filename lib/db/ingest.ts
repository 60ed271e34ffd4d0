import { orStorageFull } from './storage-full';
import {
  buyerKeyFor,
  buyerKeyOf,
  orderKeyText,
  type BuyerKey,
  type OrderRecord,
  type ShopSnapshot,
} from '../model/order-record';
import type { OrderEventDraft } from '../model/events';
import { mergeSnapshot } from '../tracker/merge-snapshot';
import { appendEvents } from './append-events';
import { joinRenumbered, withRenumbering, type JoinedSnapshot } from './renumbered';
import { withNextDue } from './plan';
import { getChaseSettings } from './settings';
import type { BuyerRecord, SettleDb, TotalsSummary } from './schema';
import { SUMMARY_IDS } from './tables';
import { applyOrderToTotals, emptyTotals } from './totals';
import { getShopOrderCounts } from './shop-order-counts';
import { unpaidCountDelta } from './buyers';

export interface IngestResult {
  created: number;
  changed: number;
  unchanged: number;
  events: number;
  openCount: number;
  /** New orders not stored because their shop already holds `MAX_ORDERS_PER_SHOP`. */
  overCap: string[];
}

/**
 * The most orders Settle keeps for one shop. Any site can serve pages that look like a console:
 * this bounds what one such site can add, and is far above what a real shop has unpaid.
 */
const MAX_ORDERS_PER_SHOP = 100_000;

export { StorageFullError } from './storage-full';

/**
 * Writes one page's readings in ONE transaction: orders, their events (hash-chained), buyers and
 * the summaries (totals, orders per shop) move together, so a worker stopped mid-write leaves either all or nothing.
 * Idempotent: readings that change nothing write nothing.
 */
export async function ingestSnapshots(
  db: SettleDb,
  snapshots: ShopSnapshot[],
  now: string,
  maxOrdersPerShop = MAX_ORDERS_PER_SHOP,
): Promise<IngestResult> {
  const latest = new Map<string, ShopSnapshot>();
  for (const s of snapshots) latest.set(orderKeyText(s), s); // the same order twice on one page: the last reading wins
  return orStorageFull(() =>
    db.transaction('rw', [db.orders, db.events, db.chains, db.buyers, db.summary, db.settings], async () => {
      // An order the console renumbered is read onto the id Settle tracks it under (lib/db/renumbered.ts).
      const join = await joinRenumbered(db, [...latest.values()]);
      const joined = new Map<string, { reading: JoinedSnapshot; tracked?: OrderRecord }>();
      join.readings.forEach((reading, i) => joined.set(orderKeyText(reading), { reading, tracked: join.tracked[i] }));
      let batch = [...joined.values()].map((j) => j.reading);
      let existing = [...joined.values()].map((j) => j.tracked);
      const totals = ((await db.summary.get(SUMMARY_IDS.totals)) as TotalsSummary | undefined) ?? emptyTotals();
      const settings = await getChaseSettings(db);
      const result: IngestResult = {
        created: 0,
        changed: 0,
        unchanged: join.stale,
        events: 0,
        openCount: totals.openCount,
        overCap: [],
      };
      const shopOrders = await getShopOrderCounts(db);
      const room = new Map(batch.map((s) => [s.shop, maxOrdersPerShop - (shopOrders.byShop[s.shop] ?? 0)]));
      const kept = batch.map((s, i) => {
        if (existing[i]) return true;
        const left = room.get(s.shop) ?? 0;
        room.set(s.shop, left - 1);
        return left > 0;
      });
      result.overCap = batch.filter((_, i) => !kept[i]).map((s) => s.orderId);
      existing = existing.filter((_, i) => kept[i]);
      batch = batch.filter((_, i) => kept[i]);
      const records: OrderRecord[] = [];
      const drafts: OrderEventDraft[] = [];
      const buyerDeltas: { record: OrderRecord; before?: OrderRecord }[] = [];
      // Each buyer is read once: those of new orders here (are they paused?), the rest by updateBuyers.
      const buyersRead = await readBuyers(
        db,
        batch.filter((_, i) => !existing[i]).map((s) => buyerKeyFor({ ...s, buyerKey: buyerKeyOf(s.buyer) })),
        new Map(),
      );
      const pausedBuyers = new Set([...buyersRead.values()].filter((b) => b && b.paused).map((b) => buyerText(b!)));

      batch.forEach((snap, i) => {
        const before = existing[i];
        const merged = withRenumbering(before, mergeSnapshot(before, snap, now), snap, now);
        if (!merged) return void result.unchanged++;
        if (before) result.changed++;
        else {
          result.created++;
          shopOrders.byShop[snap.shop] = (shopOrders.byShop[snap.shop] ?? 0) + 1;
        }
        // A new order from a buyer the seller paused starts paused too.
        if (!before && merged.record.open && pausedBuyers.has(buyerText(merged.record))) {
          merged.record.chase = { ...merged.record.chase, paused: true };
          merged.events.push({
            type: 'chase',
            change: { type: 'paused' },
            from: merged.record.chase.stage,
            to: merged.record.chase.stage,
          });
        }
        const record = withNextDue(merged.record, settings);
        records.push(record);
        buyerDeltas.push({ record, before });
        applyOrderToTotals(totals, before, record);
        for (const data of merged.events)
          drafts.push({
            marketplace: snap.marketplace,
            shop: snap.shop,
            orderId: snap.orderId,
            at: now,
            url: snap.url,
            data,
          });
      });
      if (join.aliases.length) await db.settings.bulkPut(join.aliases);
      if (!records.length) return result;

      await db.orders.bulkPut(records);
      const events = await appendEvents(db, drafts);
      await updateBuyers(db, buyerDeltas, now, buyersRead);
      await db.summary.put(totals);
      await db.summary.put(shopOrders);
      result.events = events.length;
      result.openCount = totals.openCount;
      return result;
    }),
  );
}

const buyerText = (b: { marketplace: string; shop: string; buyerKey: string }) =>
  `${b.marketplace}\u0000${b.shop}\u0000${b.buyerKey}`;

/** The buyers of these keys, by `buyerText`: those already in `known` are not read again. */
async function readBuyers(
  db: SettleDb,
  keys: BuyerKey[],
  known: Map<string, BuyerRecord | undefined>,
): Promise<Map<string, BuyerRecord | undefined>> {
  const text = ([marketplace, shop, buyerKey]: BuyerKey) => buyerText({ marketplace, shop, buyerKey });
  const missing = [...new Map(keys.filter((k) => !known.has(text(k))).map((k) => [text(k), k])).values()];
  const found = missing.length ? await db.buyers.bulkGet(missing) : [];
  missing.forEach((k, i) => known.set(text(k), found[i]));
  return known;
}

async function updateBuyers(
  db: SettleDb,
  deltas: { record: OrderRecord; before?: OrderRecord }[],
  now: string,
  read: Map<string, BuyerRecord | undefined>,
) {
  const keys = [
    ...new Map(deltas.map((d) => [buyerText(d.record), buyerKeyFor(d.record)] as [string, BuyerKey])).values(),
  ];
  const known = await readBuyers(db, keys, read);
  const found = keys.map(([marketplace, shop, buyerKey]) => known.get(buyerText({ marketplace, shop, buyerKey })));
  const byKey = new Map<string, BuyerRecord>();
  keys.forEach(([marketplace, shop, buyerKey], i) =>
    byKey.set(
      buyerText({ marketplace, shop, buyerKey }),
      found[i] ?? {
        marketplace,
        shop,
        buyerKey,
        orderCount: 0,
        openCount: 0,
        unpaidCount: 0,
        firstSeenAt: now,
        lastSeenAt: now,
      },
    ),
  );
  for (const { record, before } of deltas) {
    const buyer = byKey.get(buyerText(record))!; // filled for every key just above
    if (!before) buyer.orderCount++;
    buyer.openCount += record.open - (before?.open ?? 0);
    buyer.unpaidCount += unpaidCountDelta(before, record);
    buyer.lastSeenAt = now;
    for (const field of ['name', 'email', 'phone'] as const)
      if (record.buyer[field]) buyer[field] = record.buyer[field];
  }
  await db.buyers.bulkPut([...byKey.values()]);
}
