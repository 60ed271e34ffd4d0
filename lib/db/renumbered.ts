import { orderKeyOf, orderKeyText, type OrderKey, type OrderRecord, type ShopSnapshot } from '../model/order-record';
import type { MergeResult } from '../tracker/merge-snapshot';
import type { SettleDb, SettingRecord } from './schema';

/**
 * Orders a console renumbers. eBay gives an unpaid order a new id when it is paid, and its details
 * page then names the old one (`previousOrderIds`). Settle keeps the order under the first id it
 * tracked, so its events and their hash chain stay as written, and remembers every other id as an
 * alias in the settings table (`order-alias` + the id's order key → the tracked id): no new table
 * and no new index. Everything is looked up within the reading's own marketplace and shop, so a
 * page can never join orders across shops.
 *
 *   unpaid #A tracked ── paid #B, "previously #A" ──▶ #A, consoleOrderId B, event A→B, alias B→A
 *   paid #B tracked first (previously #A) ── unpaid #A ──▶ alias A→B; #A is superseded: ignored
 *
 * A reading under a superseded id (an old tab, a list not refreshed) is older than the order's
 * renumbering, so it changes nothing: it never reopens the paid order nor makes a second one.
 */

const ALIAS = 'order-alias\u0000';
/** The most other ids one order keeps (a renumbering happens once; this bounds a hostile page). */
const MAX_IDS = 8;

const aliasKey = (s: Pick<ShopSnapshot, 'marketplace' | 'shop'>, orderId: string) =>
  ALIAS + orderKeyText({ marketplace: s.marketplace, shop: s.shop, orderId });

/** A reading rewritten onto the order it is about: its key is the tracked id, `consoleOrderId` the id it was read under. */
export type JoinedSnapshot = ShopSnapshot & { consoleOrderId?: string };

/** Every id the console used for the order, but its current one. */
function previousOf(record: OrderRecord | undefined, reading: ShopSnapshot, key: string): string[] {
  const ids = new Set([
    key,
    ...(record && record.consoleOrderId ? [record.consoleOrderId] : []),
    ...((record && record.previousOrderIds) || []),
    ...(reading.previousOrderIds || []),
  ]);
  ids.delete(reading.orderId);
  return [...ids].slice(0, MAX_IDS);
}

async function findTracked(
  db: SettleDb,
  reading: Pick<ShopSnapshot, 'marketplace' | 'shop'>,
  orderId: string,
): Promise<OrderRecord | undefined> {
  const direct = await db.orders.get(orderKeyOf({ ...reading, orderId }));
  if (direct) return direct;
  const alias = await db.settings.get(aliasKey(reading, orderId));
  return typeof alias?.value === 'string' ? db.orders.get(orderKeyOf({ ...reading, orderId: alias.value })) : undefined;
}

/**
 * The order a console page names by `key`: tracked under that id, or under the first id of an
 * order the console renumbered since (the panel on a paid eBay order's page, which shows its new id).
 */
export function getTrackedOrder(db: SettleDb, key: OrderKey): Promise<OrderRecord | undefined> {
  const [marketplace, shop, orderId] = key;
  return findTracked(db, { marketplace, shop }, orderId);
}

/**
 * Within ingest's transaction: each reading put onto the order it is about. A reading under a
 * superseded id is left out (`stale`); the aliases to write come back with the readings, and
 * `tracked`, each joined reading's order as Settle holds it (none: a new order). Orders tracked
 * under the reading's own id are found in one batch; only the rest of a shop with aliases look for one.
 */
export async function joinRenumbered(
  db: SettleDb,
  readings: ShopSnapshot[],
): Promise<{
  readings: JoinedSnapshot[];
  tracked: (OrderRecord | undefined)[];
  stale: number;
  aliases: SettingRecord[];
}> {
  const direct = await db.orders.bulkGet(readings.map(orderKeyOf));
  const aliasing = await shopsWithAliases(db, readings);
  // Only readings Settle does not track under their own id, of a shop with aliases, look one up:
  // a page of a shop without any asks nothing (it asked 500 gets of nothing before).
  const looked = readings.map((r, i) =>
    direct[i] || !aliasing.has(aliasKey(r, '')) ? undefined : aliasKey(r, r.orderId),
  );
  const wanted = looked.filter((key): key is string => key !== undefined);
  const found = wanted.length ? await db.settings.bulkGet(wanted) : [];
  const aliasOf = new Map(wanted.map((key, i) => [key, found[i]]));
  const aliased = looked.map((key) => (key === undefined ? undefined : aliasOf.get(key)));
  const joined: JoinedSnapshot[] = [];
  const trackedOf: (OrderRecord | undefined)[] = [];
  const aliases: SettingRecord[] = [];
  let stale = 0;
  for (const [i, reading] of readings.entries()) {
    const alias = aliased[i];
    let tracked =
      direct[i] ??
      (alias && typeof alias.value === 'string'
        ? await db.orders.get(orderKeyOf({ ...reading, orderId: alias.value }))
        : undefined);
    for (const id of reading.previousOrderIds || []) tracked ??= await findTracked(db, reading, id);
    if (!tracked && !reading.previousOrderIds) {
      joined.push(reading);
      trackedOf.push(undefined);
      continue;
    }
    // An id the order had before its renumbering: an older reading than what Settle holds.
    if (tracked && (tracked.previousOrderIds || []).includes(reading.orderId)) {
      stale++;
      continue;
    }
    const key = tracked ? tracked.orderId : reading.orderId;
    const previous = previousOf(tracked, reading, key);
    const had = new Set(tracked ? [tracked.consoleOrderId, ...(tracked.previousOrderIds || [])] : []);
    for (const id of new Set([reading.orderId, ...previous]))
      if (id !== key && !had.has(id)) aliases.push({ key: aliasKey(reading, id), value: key });
    const { previousOrderIds: _read, ...rest } = reading;
    joined.push({
      ...rest,
      orderId: key,
      ...(reading.orderId !== key && { consoleOrderId: reading.orderId }),
      ...(previous.length && { previousOrderIds: previous }),
    });
    trackedOf.push(tracked);
  }
  return { readings: joined, tracked: trackedOf, stale, aliases };
}

/**
 * The shops of these readings that have any alias at all (as the alias keys' common beginning):
 * one look per shop, so a console that never renumbers (all but eBay) costs no look per order.
 */
async function shopsWithAliases(db: SettleDb, readings: ShopSnapshot[]): Promise<Set<string>> {
  const prefixes = [...new Set(readings.map((r) => aliasKey(r, '')))];
  const found = await Promise.all(prefixes.map((p) => db.settings.where(':id').startsWith(p).first()));
  return new Set(prefixes.filter((_, i) => found[i]));
}

/**
 * The merge of a joined reading, with the renumbering on the timeline: when the console's id for
 * the order changed, an event says from which id to which, and the order keeps both.
 */
export function withRenumbering(
  before: OrderRecord | undefined,
  merged: MergeResult | null,
  reading: JoinedSnapshot,
  now: string,
): MergeResult | null {
  if (!before) return merged;
  const from = before.consoleOrderId ?? before.orderId;
  const to = reading.consoleOrderId ?? reading.orderId;
  const samePrevious = JSON.stringify(before.previousOrderIds) === JSON.stringify(reading.previousOrderIds);
  if (from === to && samePrevious) return merged;
  const result = merged ?? { record: { ...before }, events: [] };
  if (reading.consoleOrderId) result.record.consoleOrderId = reading.consoleOrderId;
  else delete result.record.consoleOrderId;
  if (reading.previousOrderIds) result.record.previousOrderIds = reading.previousOrderIds;
  if (from !== to) {
    result.events.push({ type: 'renumbered', from, to });
    result.record.lastActivityAt = now;
  }
  return result;
}
