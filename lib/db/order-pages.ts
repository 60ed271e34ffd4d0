import Dexie, { cmp, type IndexableType } from 'dexie';
import { ORDER_STATUSES, type MarketplaceId, type OrderStatus } from '../model/order';
import type { ChaseStage } from '../model/chase';
import type { OrderRecord } from '../model/order-record';
import { searchTextOf } from '../model/list-keys';
import type { SettleDb } from './schema';

/** The dashboard's sorts, each read from its own index (schema version 5). */
export const ORDER_SORTS = ['newest', 'oldest', 'owed', 'due'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

/** `open`: still owed (the list's default); `all`: every order; else one console status. */
export const STATUS_FILTERS = ['open', 'all', ...ORDER_STATUSES] as const;
type StatusFilter = 'open' | 'all' | OrderStatus;

export interface OrderFilter {
  status: StatusFilter;
  marketplace?: MarketplaceId;
  shop?: string;
  stage?: ChaseStage;
  /** A prefix of the buyer's name, handle or email, or of the order number. */
  search?: string;
}

/** A row's key in the index its page was read from: the next page starts after it. */
export type PageKey = IndexableType[];

export interface OrderPage {
  orders: OrderRecord[];
  /** Present when the read stopped before the range's end: the key of the last row read. */
  next?: PageKey;
  /** A search found more than it shows (`SEARCH_LIMIT`). */
  capped?: boolean;
}

/** Rows read for one page when only the index narrows them. */
const PAGE_SIZE = 100;
/**
 * Rows read for one page when the console, status or stage filter narrows them further: they are
 * read through the sort's index and kept or dropped here, so one read is bounded by this, not by
 * what matches (a page may hold fewer matches, and the next read goes on from where it stopped).
 * The first page reads PAGE_SIZE rows all the same: it is what the seller waits for when the list
 * opens (on its default filter, open orders), and a screenful is rarely further than that.
 */
export const SCAN_LIMIT = 400;
/** Matches a search shows at most, sorted among themselves: a search reads the `words` index, not the sort's. */
export const SEARCH_LIMIT = 200;

const SORTS: Record<OrderSort, { field: 'placed' | 'owed' | 'nextDueAt'; reverse: boolean }> = {
  newest: { field: 'placed', reverse: true },
  oldest: { field: 'placed', reverse: false },
  owed: { field: 'owed', reverse: true },
  // Only orders with a reminder planned have a place in this index.
  due: { field: 'nextDueAt', reverse: false },
};

/** The index a sort is read from: the shop's own when the list shows one shop. */
function indexOf(sort: OrderSort, shop: string | undefined): string {
  const { field } = SORTS[sort];
  return shop ? `[shop+${field}+marketplace+orderId]` : `[${field}+marketplace+shop+orderId]`;
}

/** An order's key in the index `sort` reads (undefined when it has no place there). */
export function pageKeyOf(order: OrderRecord, sort: OrderSort, shop?: string): PageKey | undefined {
  const value = order[SORTS[sort].field];
  if (value === undefined) return undefined;
  return shop ? [shop, value, order.marketplace, order.orderId] : [value, order.marketplace, order.shop, order.orderId];
}

function matches(filter: OrderFilter): (o: OrderRecord) => boolean {
  return (o) =>
    (filter.status === 'all' || (filter.status === 'open' ? o.open === 1 : o.status === filter.status)) &&
    (!filter.marketplace || o.marketplace === filter.marketplace) &&
    (!filter.shop || o.shop === filter.shop) &&
    (!filter.stage || o.chase.stage === filter.stage);
}

const narrows = (filter: OrderFilter) => filter.status !== 'all' || !!filter.marketplace || !!filter.stage;

/**
 * One page of the dashboard's list: the orders after `after` (and up to `until`, included) in
 * the sort's index, that pass the filter. Never counts and never skips by offset: each read is
 * one bounded range of one index, so a live query of it observes that range only.
 */
export async function readOrderPage(
  db: SettleDb,
  { filter, sort, after, until }: { filter: OrderFilter; sort: OrderSort; after?: PageKey; until?: PageKey },
): Promise<OrderPage> {
  if (filter.search && searchTextOf(filter.search)) return searchOrders(db, filter, sort);
  const { reverse } = SORTS[sort];
  // A shorter key sorts before every key it begins, and [maxKey] after every key.
  const lower = filter.shop ? [filter.shop] : [Dexie.minKey];
  const upper = filter.shop ? [filter.shop, Dexie.maxKey] : [Dexie.maxKey];
  const start = after ?? (reverse ? upper : lower);
  const end = until ?? (reverse ? lower : upper);
  const range = reverse
    ? db.orders.where(indexOf(sort, filter.shop)).between(end, start, true, !after).reverse()
    : db.orders.where(indexOf(sort, filter.shop)).between(start, end, !after, true);
  const limit = narrows(filter) && after ? SCAN_LIMIT : PAGE_SIZE;
  const rows = await range.limit(limit).toArray();
  const orders = rows.filter(matches(filter));
  const last = rows[rows.length - 1];
  return {
    orders,
    ...(rows.length === limit && last && { next: pageKeyOf(last, sort, filter.shop) }),
  };
}

/** Matches of a search by word prefix, at most `SEARCH_LIMIT`, filtered and sorted here. */
async function searchOrders(db: SettleDb, filter: OrderFilter, sort: OrderSort): Promise<OrderPage> {
  const found = await db.orders
    .where('words')
    .startsWith(searchTextOf(filter.search!))
    .distinct()
    .limit(SEARCH_LIMIT + 1)
    .toArray();
  const { reverse } = SORTS[sort];
  const keyed = found
    .slice(0, SEARCH_LIMIT)
    .filter(matches(filter))
    .flatMap((order) => {
      const key = pageKeyOf(order, sort);
      return key ? [{ order, key }] : [];
    });
  keyed.sort((a, b) => (reverse ? cmp(b.key, a.key) : cmp(a.key, b.key)));
  const orders = keyed.map(({ order }) => order);
  return {
    orders,
    ...(found.length > SEARCH_LIMIT && { capped: true }),
  };
}
