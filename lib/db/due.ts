import Dexie, { cmp } from 'dexie';
import { orderKeyOf, orderKeyText, type OrderKey, type OrderRecord } from '../model/order-record';
import { newDueTally, selectDueNow, type DueSelection, type DueTally, type SendHistory } from '../tracker/due-limits';
import type { SettleDb } from './schema';
import { getChaseSettings, scheduleFor, type ChaseSettings } from './settings';
import { historyOf, recentSends } from './sends';
import { heldShops } from './shop-order-counts';

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

/** Rows read first from the whole due index: a page of the popup. */
const FIRST_ROWS = 50;

/**
 * Most orders read from one shop's due index at a time: a little more than a shop's usual daily cap
 * (20), so a shop's reminders for the day mostly come in one read. Fewer when the page needs fewer:
 * every row read costs its share of the read.
 */
const BATCH = 25;

/** One shop's due orders, read batch by batch from `[shop+nextDueAt+marketplace+orderId]` in due order. */
interface ShopDue {
  shop: string;
  /** Read and not yet judged, in due order. */
  rows: OrderRecord[];
  /** The index has nothing further for this shop, or nothing further of it can go out today. */
  done: boolean;
}

/**
 * The shop's next batch due by `now`: after its own last row, or, for its first batch, after
 * `from`, the place in the whole index where the reading so far ended.
 */
async function readShopBatch(
  db: SettleDb,
  reader: ShopDue,
  now: string,
  from: Pick<DueCursor, 'dueAt' | 'key'>,
  size: number,
) {
  const { shop } = reader;
  const last = reader.rows[reader.rows.length - 1];
  const lower = last ? [shop, last.nextDueAt!, last.marketplace, last.orderId] : shopIndexAfter(shop, from);
  // A plain key range, so IndexedDB reads the batch in one getAll (a filter would step a cursor row by row).
  const rows = await db.orders
    .where('[shop+nextDueAt+marketplace+orderId]')
    .between(lower, [shop, now, Dexie.maxKey], false, true)
    .limit(size)
    .toArray();
  reader.rows.push(...rows);
  reader.done = rows.length < size;
}

/**
 * The exclusive lower bound in `[shop+nextDueAt+marketplace+orderId]` of the shop's orders that
 * come after `from` in the whole index, `[nextDueAt+marketplace+shop+orderId]`. At `from`'s own due
 * moment the whole index orders by marketplace, then shop, then id, so of the shop's orders due
 * then, those after `from` are: a later marketplace; or the same marketplace and a later shop (all
 * of its ids); or the same shop and a later id.
 */
function shopIndexAfter(
  shop: string,
  { dueAt, key: [marketplace, fromShop, orderId] }: Pick<DueCursor, 'dueAt' | 'key'>,
) {
  const order = cmp(shop, fromShop);
  if (order < 0) return [shop, dueAt, marketplace, Dexie.maxKey];
  if (order === 0) return [shop, dueAt, marketplace, orderId];
  return [shop, dueAt, marketplace];
}

/** Due order, as the `nextDueAt` index sorts: the due moment, then the order's key. */
const dueOrder = (a: OrderRecord, b: OrderRecord) =>
  a.nextDueAt!.localeCompare(b.nextDueAt!) || cmp(orderKeyOf(a), orderKeyOf(b));

/**
 * Reminders due now after the limits across orders (one per buyer per day, daily cap per shop),
 * up to `limit`, the longest-due first. The limits hold within a shop (a buyer is a shop's buyer),
 * so each shop's due orders are read from its own index, a batch at a time, and merged in due
 * order; a shop that reached its daily cap is read no further (nothing more of it can go out
 * today). Never every due order at once: at 100,000 orders a shop with thousands due past its cap
 * costs one batch. `after` continues from a page's `next`, with the same `now`, settings and the
 * limits as they stood. `held` lists the orders judged and held, not those of a shop past its cap.
 */
export function listDue(db: SettleDb, now: string, options: DueOptions = {}): Promise<DueOrders> {
  const { settings, ...page } = options;
  // One read-only transaction for every read it makes, the saved settings among them: each read
  // its own would cost a transaction's set-up, and reading the settings first a round of its own.
  return db.transaction('r', [db.orders, db.sends, db.summary, db.settings], () => readDue(db, settings, now, page));
}

interface DueOptions {
  limit?: number;
  after?: DueCursor;
  /** The settings to judge by; without them, the seller's saved settings. */
  settings?: ChaseSettings;
}

async function readDue(
  db: SettleDb,
  given: ChaseSettings | undefined,
  now: string,
  { limit = Infinity, after }: Omit<DueOptions, 'settings'>,
): Promise<DueOrders> {
  // Asked together, in the one transaction, the orders first: theirs is the longest read, and the
  // database answers a transaction's requests in the order they were asked. The shops are only
  // needed when the first rows do not fill the page.
  const [first, settings, sends, shops] = await Promise.all([
    firstOfIndex(db, now, after),
    given ?? getChaseSettings(db),
    after ? undefined : recentSends(db, now),
    heldShops(db),
  ]);
  const history = after?.history ?? historyOf(sends!, now, settings.timeZone);
  const tally = after
    ? { buyersTaken: new Set(after.tally.buyersTaken), sentByShop: { ...after.tally.sentByShop } }
    : newDueTally(history);
  const capOf = (o: OrderRecord) => scheduleFor(settings, o.marketplace).dailyCap;
  const page: DueOrders = { dueNow: [], held: [], orders: new Map() };
  let position = after;
  const judge = (o: OrderRecord) => {
    const candidate = {
      marketplace: o.marketplace,
      orderId: o.orderId,
      buyerKey: o.buyerKey,
      shop: o.shop,
      dueAt: o.nextDueAt!,
    };
    const judged = selectDueNow([candidate], history, () => capOf(o), now, { tally });
    page.dueNow.push(...judged.dueNow);
    page.held.push(...judged.held);
    page.orders.set(orderKeyText(o), o);
    position = { history, tally, dueAt: o.nextDueAt!, key: orderKeyOf(o) };
  };
  const pageFull = () => ({ ...page, ...(position && { next: position }) });

  // Most pages fill from the first rows of the whole index: one read, like the popup's floor. Rows
  // held for their buyer (another order due, reminded today) do not stop it reading on in the index.
  for (let rows = first; ; rows = await firstOfIndex(db, now, position)) {
    for (const o of rows) {
      if (page.dueNow.length >= limit) return pageFull();
      judge(o);
    }
    if (page.dueNow.length >= limit) return pageFull();
    if (rows.length < FIRST_ROWS) return page;
    if (page.held.some((h) => h.reason === 'daily-cap')) break;
  }

  // A shop past its cap held some of those rows: go on shop by shop, so none past its cap is read
  // further. A shop the first rows already took to its cap is not read at all.
  const capByShop = new Map([...page.orders.values()].map((o) => [o.shop, capOf(o)]));
  const readers: ShopDue[] = shops
    .filter((shop) => (tally.sentByShop[shop] ?? 0) < (capByShop.get(shop) ?? Infinity))
    .map((shop) => ({ shop, rows: [], done: false }));
  // The first rows were judged, so `position` is where they ended.
  const from = position!;
  const batch = () => Math.min(BATCH, limit - page.dueNow.length);
  await Promise.all(readers.map((r) => readShopBatch(db, r, now, from, batch())));
  const full = (reader: ShopDue) => {
    const [head] = reader.rows;
    return !!head && (tally.sentByShop[reader.shop] ?? 0) >= capOf(head);
  };
  for (;;) {
    for (const r of readers)
      if (full(r)) {
        r.rows = [];
        r.done = true;
      }
    const next = readers
      .filter((r) => r.rows.length)
      .reduce<ShopDue | undefined>((min, r) => (!min || dueOrder(r.rows[0]!, min.rows[0]!) < 0 ? r : min), undefined);
    if (!next) return page;
    if (page.dueNow.length >= limit) return pageFull();
    judge(next.rows[0]!);
    if (next.rows.length === 1 && !next.done && page.dueNow.length < limit)
      await readShopBatch(db, next, now, from, batch());
    next.rows.shift();
  }
}

/**
 * The first FIRST_ROWS orders due by `now` in the whole index's order, after the cursor's order.
 * The first page reads the plain `nextDueAt` index: IndexedDB keeps equal keys in the order of
 * their primary keys (marketplace, shop, id), so it gives the same rows in the same order as
 * `[nextDueAt+marketplace+shop+orderId]`, and its short keys cost half as much to read (measured
 * at 100,000 orders: 1.2 ms against 1.9 ms for 50 rows). A later page starts after an exact key,
 * which only the long index can say as a range.
 */
function firstOfIndex(db: SettleDb, now: string, after: Pick<DueCursor, 'dueAt' | 'key'> | undefined) {
  if (!after) return db.orders.where('nextDueAt').belowOrEqual(now).limit(FIRST_ROWS).toArray();
  return db.orders
    .where('[nextDueAt+marketplace+shop+orderId]')
    .between([after.dueAt, ...after.key], [now, Dexie.maxKey], false, true)
    .limit(FIRST_ROWS)
    .toArray();
}

/** The soonest moment a reminder falls due after `now`, for the alarm. */
export async function nextDueAfter(db: SettleDb, now: string): Promise<string | undefined> {
  const first = await db.orders.where('nextDueAt').above(now).first();
  return first?.nextDueAt;
}
