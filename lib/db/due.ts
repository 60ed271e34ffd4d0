import Dexie, { cmp } from 'dexie';
import { orderKeyOf, orderKeyText, type OrderKey, type OrderRecord } from '../model/order-record';
import { newDueTally, selectDueNow, type DueSelection, type DueTally, type SendHistory } from '../tracker/due-limits';
import type { SettleDb } from './schema';
import { scheduleFor, type ChaseSettings } from './settings';
import { sendHistory } from './sends';

/** Where a page of "due now" ended, and what the limits had taken by then: pass it back for the next page. */
interface DueCursor {
  history: SendHistory;
  tally: DueTally;
  /** The last order judged, by its place in the `nextDueAt` index (due date, then key). */
  dueAt: string;
  key: OrderKey;
}

export interface DueOrders extends DueSelection {
  /** Every order judged for this page (due now and held), by orderKeyText. */
  orders: Map<string, OrderRecord>;
  /** Present when the page filled before the index ended: where the next page starts. */
  next?: DueCursor;
}

/** Orders read from the index at a time: a page of the popup, and few reads for the badge. */
const BATCH = 50;

/** The next batch of orders due by `now`, in index order, after the cursor's order. */
function batchAfter(db: SettleDb, now: string, after: Pick<DueCursor, 'dueAt' | 'key'> | undefined) {
  if (!after) return db.orders.where('nextDueAt').between(Dexie.minKey, now, true, true).limit(BATCH).toArray();
  // Orders due at the same moment as the cursor's come in key order: skip those up to it.
  return db.orders
    .where('nextDueAt')
    .between(after.dueAt, now, true, true)
    .filter((o) => o.nextDueAt! > after.dueAt || cmp(orderKeyOf(o), after.key) > 0)
    .limit(BATCH)
    .toArray();
}

/**
 * Reminders due now after the limits across orders (one per buyer per day, daily cap per shop),
 * up to `limit`. Reads the `nextDueAt` index batch by batch, the longest-due first, carrying the
 * limits from one batch to the next, until the page is full, the index ends, or every shop has
 * reached its daily cap or has nothing due (nothing after can go out today): never every due order at once. `after`
 * continues from a page's `next`, with the same `now` and the limits as they stood.
 */
export async function listDue(
  db: SettleDb,
  settings: ChaseSettings,
  now: string,
  { limit = Infinity, after }: { limit?: number; after?: DueCursor } = {},
): Promise<DueOrders> {
  const [history, shops] = await Promise.all([
    after?.history ?? sendHistory(db, now, settings.timeZone),
    db.orders.orderBy('shop').uniqueKeys() as Promise<string[]>,
  ]);
  const tally = after
    ? { buyersTaken: new Set(after.tally.buyersTaken), sentByShop: { ...after.tally.sentByShop } }
    : newDueTally(history);
  const capOf = new Map<string, number>();
  const dailyCap = (shop: string) => capOf.get(shop) ?? Infinity;
  // A shop none of whose orders came up yet counts as full when it has nothing due at all.
  const nothingDue = new Map<string, Promise<boolean>>();
  const hasNothingDue = (shop: string) => {
    if (!nothingDue.has(shop))
      nothingDue.set(
        shop,
        firstDueOf(db, shop, now).then((o) => !o),
      );
    return nothingDue.get(shop)!;
  };
  const everyShopFull = async () => {
    for (const s of shops) {
      const full = capOf.has(s) ? (tally.sentByShop[s] ?? 0) >= dailyCap(s) : await hasNothingDue(s);
      if (!full) return false;
    }
    return true;
  };
  const page: DueOrders = { dueNow: [], held: [], orders: new Map() };
  let position = after;
  for (;;) {
    const batch = await batchAfter(db, now, position);
    for (const o of batch) capOf.set(o.shop, scheduleFor(settings, o.marketplace).dailyCap);
    const candidates = batch.map((o) => ({
      marketplace: o.marketplace,
      orderId: o.orderId,
      buyerKey: o.buyerKey,
      shop: o.shop,
      dueAt: o.nextDueAt!,
    }));
    const judged = selectDueNow(candidates, history, dailyCap, now, { tally, room: limit - page.dueNow.length });
    page.dueNow.push(...judged.dueNow);
    page.held.push(...judged.held);
    for (const o of batch.slice(0, judged.consumed)) page.orders.set(orderKeyText(o), o);
    const last = batch[judged.consumed - 1];
    if (last) position = { history, tally, dueAt: last.nextDueAt!, key: orderKeyOf(last) };
    if (batch.length < BATCH && judged.consumed === batch.length) return page;
    if (await everyShopFull()) return page;
    if (page.dueNow.length >= limit) return { ...page, ...(position && { next: position }) };
  }
}

/** One shop's order due soonest, if any is due by `now` (schema version 5's per-shop index). */
function firstDueOf(db: SettleDb, shop: string, now: string) {
  return (
    db.orders
      .where('[shop+nextDueAt+marketplace+orderId]')
      // A shorter key sorts before every key it begins (IndexedDB also refuses one array twice in a key).
      .between([shop], [shop, now, Dexie.maxKey])
      .first()
  );
}

/** The soonest moment a reminder falls due after `now`, for the alarm. */
export async function nextDueAfter(db: SettleDb, now: string): Promise<string | undefined> {
  const first = await db.orders.where('nextDueAt').above(now).first();
  return first?.nextDueAt;
}
