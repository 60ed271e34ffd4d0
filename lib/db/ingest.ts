import Dexie from 'dexie';
import type { OrderSnapshot } from '../model/order';
import { buyerKeyOf, type OrderRecord } from '../model/order-record';
import type { OrderEventDraft } from '../model/events';
import { mergeSnapshot } from '../tracker/merge-snapshot';
import { appendEvents } from './append-events';
import { withNextDue } from './plan';
import { getChaseSettings } from './settings';
import type { BuyerRecord, SettleDb, TotalsSummary } from './schema';
import { SUMMARY_IDS } from './tables';
import { applyOrderToTotals, emptyTotals } from './totals';

export interface IngestResult {
  created: number;
  changed: number;
  unchanged: number;
  events: number;
  openCount: number;
}

/** Thrown when the disk is full: the transaction rolled back and nothing was written. */
export class StorageFullError extends Error {
  constructor() {
    super('storage-full');
    this.name = 'StorageFullError';
  }
}

/**
 * Writes one page's readings in ONE transaction: orders, their events (hash-chained), buyers and
 * the totals summary move together, so a worker stopped mid-write leaves either all or nothing.
 * Idempotent: readings that change nothing write nothing.
 */
export async function ingestSnapshots(db: SettleDb, snapshots: OrderSnapshot[], now = new Date().toISOString()): Promise<IngestResult> {
  const latest = new Map<string, OrderSnapshot>();
  for (const s of snapshots) latest.set(`${s.marketplace}\u0000${s.orderId}`, s); // the same order twice on one page: the last reading wins
  const batch = [...latest.values()];
  try {
    return await db.transaction('rw', [db.orders, db.events, db.buyers, db.summary, db.settings], async () => {
      const keys = batch.map((s) => [s.marketplace, s.orderId] as [OrderSnapshot['marketplace'], string]);
      const existing = await db.orders.bulkGet(keys);
      const totals = ((await db.summary.get(SUMMARY_IDS.totals)) as TotalsSummary | undefined) ?? emptyTotals();
      const settings = await getChaseSettings(db);
      const result: IngestResult = { created: 0, changed: 0, unchanged: 0, events: 0, openCount: totals.openCount };
      const records: OrderRecord[] = [];
      const drafts: OrderEventDraft[] = [];
      const buyerDeltas: { record: OrderRecord; before?: OrderRecord }[] = [];
      const pausedBuyers = await pausedBuyersAmong(db, batch.filter((_, i) => !existing[i]));

      batch.forEach((snap, i) => {
        const before = existing[i];
        const merged = mergeSnapshot(before, snap, now);
        if (!merged) return void result.unchanged++;
        if (before) result.changed++;
        else result.created++;
        // A new order from a buyer the seller paused starts paused too.
        if (!before && merged.record.open && pausedBuyers.has(`${snap.marketplace}\u0000${merged.record.buyerKey}`)) {
          merged.record.chase = { ...merged.record.chase, paused: true };
          merged.events.push({ type: 'chase', change: { type: 'paused' }, from: merged.record.chase.stage, to: merged.record.chase.stage });
        }
        const record = withNextDue(merged.record, settings);
        records.push(record);
        buyerDeltas.push({ record, before });
        applyOrderToTotals(totals, before, record);
        for (const data of merged.events) drafts.push({ marketplace: snap.marketplace, orderId: snap.orderId, at: now, url: snap.url, data });
      });
      if (!records.length) return result;

      await db.orders.bulkPut(records);
      const events = await appendEvents(db, drafts);
      await updateBuyers(db, buyerDeltas, now);
      await db.summary.put(totals);
      result.events = events.length;
      result.openCount = totals.openCount;
      return result;
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

/** Buyers of these new readings whom the seller paused, as `marketplace␀buyerKey`. */
async function pausedBuyersAmong(db: SettleDb, snapshots: OrderSnapshot[]): Promise<Set<string>> {
  if (!snapshots.length) return new Set();
  const keys = snapshots.map((s) => [s.marketplace, buyerKeyOf(s.buyer)] as [OrderSnapshot['marketplace'], string]);
  const buyers = await db.buyers.bulkGet(keys);
  return new Set(buyers.filter((b) => b?.paused).map((b) => `${b!.marketplace}\u0000${b!.buyerKey}`));
}

async function updateBuyers(db: SettleDb, deltas: { record: OrderRecord; before?: OrderRecord }[], now: string) {
  const keys = [...new Set(deltas.map((d) => `${d.record.marketplace}\u0000${d.record.buyerKey}`))].map(
    (k) => k.split('\u0000') as [OrderRecord['marketplace'], string],
  );
  const found = await db.buyers.bulkGet(keys);
  const byKey = new Map<string, BuyerRecord>();
  keys.forEach(([marketplace, buyerKey], i) =>
    byKey.set(`${marketplace}\u0000${buyerKey}`, found[i] ?? { marketplace, buyerKey, orderCount: 0, openCount: 0, firstSeenAt: now, lastSeenAt: now }),
  );
  for (const { record, before } of deltas) {
    const buyer = byKey.get(`${record.marketplace}\u0000${record.buyerKey}`)!; // filled for every key just above
    if (!before) buyer.orderCount++;
    buyer.openCount += record.open - (before?.open ?? 0);
    buyer.lastSeenAt = now;
    for (const field of ['name', 'email', 'phone'] as const) if (record.buyer[field]) buyer[field] = record.buyer[field];
  }
  await db.buyers.bulkPut([...byKey.values()]);
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError' || e?.name === Dexie.errnames.QuotaExceeded;
}
