import type { Transaction } from 'dexie';
import {
  chainEventV3,
  GENESIS_HASH_V3,
  isIntactChainV3,
  type ChainedEventV3,
  type EventDraftV3,
} from './frozen/v3-event-chain';

/**
 * Schema version 3: every order, buyer, send, event and piece of evidence belongs to its shop,
 * so a page on one site can never reach another shop's order of the same number. Orders and
 * buyers move to new tables (a primary key cannot change in place); each order carries its own
 * hash chain (`chains`), so a case package can carry its chain whole.
 */
export const STORES_V3 = {
  orders: null,
  buyers: null,
  shopOrders: '[marketplace+shop+orderId], [open+lastActivityAt], nextDueAt, [marketplace+shop+buyerKey], shop',
  shopBuyers: '[marketplace+shop+buyerKey]',
  events: '++id, [marketplace+shop+orderId]',
  chains: '[marketplace+shop+orderId]',
  evidence: '++id, [marketplace+shop+orderId]',
  sends: 'sendId, [marketplace+shop+orderId], startedAt, status',
};

/** The setting that keeps what version 2's single chain was when version 3 re-chained it per order. */
export const V2_CHAIN_RECORD_KEY = 'v2-event-chain';

/** The summary row of version 2's single chain across all orders; this upgrade removes it. */
const V2_CHAIN_SUMMARY_ID = 'event-chain';

/** The shop of orders added by hand (lib/model/shop.ts as of version 3). */
const MANUAL_SHOP = 'manual';

interface OrderRowV2 {
  marketplace: string;
  orderId: string;
  url?: string;
  payUrl?: string;
  open: 0 | 1;
  buyerKey: string;
}
type OrderRowV3 = Omit<OrderRowV2, 'payUrl'> & { payUrl?: string; shop: string };
interface BuyerRowV2 {
  marketplace: string;
  buyerKey: string;
  orderCount: number;
  openCount: number;
}
interface ChainRowV3 {
  marketplace: string;
  shop: string;
  orderId: string;
  head: string;
  length: number;
}
type RowOfOrder = { marketplace: string; orderId: string; url?: string; shop?: string };

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url` is a page of this shop's own web site. */
function isOnShop(url: string | undefined, shop: string): boolean {
  return /^https?:/.test(shop) && originOf(shop) === shop && originOf(url) === shop;
}

/** Rows of version 2 had no shop: the origin of the page they were read on, or the hand-added shop. */
function shopOfV2(row: RowOfOrder): string {
  if (row.marketplace === 'generic') return MANUAL_SHOP;
  const origin = originOf(row.url);
  return origin && origin !== 'null' ? origin : 'unknown';
}

const orderKeyOfV2 = (row: RowOfOrder) => `${row.marketplace}\u0000${row.orderId}`;

/**
 * Version 2 → 3: every row gets its shop, and nothing is lost or merged.
 * - orders move to the shop-keyed table, each under the origin of the page it was read on, and
 *   keep a pay link only when it is on that site;
 * - a buyer whose orders span several shops becomes one buyer per shop, with counts from their orders;
 * - every event, send and piece of evidence gets its order's shop;
 * - events are re-chained per order (in their old order); version 2's single chain is checked
 *   first and its head, length and verdict kept in the settings (`V2_CHAIN_RECORD_KEY`).
 */
export async function upgradeToShopKeys(tx: Transaction): Promise<void> {
  const orders = (await tx.table('orders').toArray()) as OrderRowV2[];
  const shopByOrder = new Map<string, string>();
  const moved = orders.map(({ payUrl, ...o }): OrderRowV3 => {
    const shop = shopOfV2(o);
    shopByOrder.set(orderKeyOfV2(o), shop);
    // Version 2 let a page on another site leave its pay link on an order: only the shop's own site's is kept.
    return { ...o, ...(isOnShop(payUrl, shop) && { payUrl }), shop };
  });
  await tx.table('shopOrders').bulkAdd(moved);
  const shopOf = (row: RowOfOrder) => shopByOrder.get(orderKeyOfV2(row)) ?? shopOfV2(row);

  await splitBuyersByShop(tx, moved);
  await rechainEvents(tx, shopOf);
  for (const table of ['sends', 'evidence']) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: RowOfOrder) => {
        row.shop = shopOf(row);
      });
  }
}

async function splitBuyersByShop(tx: Transaction, orders: OrderRowV3[]) {
  const buyers = (await tx.table('buyers').toArray()) as BuyerRowV2[];
  const split: (BuyerRowV2 & { shop: string })[] = [];
  for (const buyer of buyers) {
    const theirs = orders.filter((o) => o.marketplace === buyer.marketplace && o.buyerKey === buyer.buyerKey);
    const shops = [...new Set(theirs.map((o) => o.shop))];
    // A buyer with no order left (none should exist) is kept, under the shop their rows would have had.
    if (!shops.length) split.push({ ...buyer, shop: buyer.marketplace === 'generic' ? MANUAL_SHOP : 'unknown' });
    for (const shop of shops) {
      const inShop = theirs.filter((o) => o.shop === shop);
      split.push({ ...buyer, shop, orderCount: inShop.length, openCount: inShop.filter((o) => o.open === 1).length });
    }
  }
  await tx.table('shopBuyers').bulkAdd(split);
}

async function rechainEvents(tx: Transaction, shopOf: (row: RowOfOrder) => string) {
  const events = (await tx.table('events').orderBy('id').toArray()) as ChainedEventV3[];
  const summary = tx.table('summary');
  const oldHead = ((await summary.get(V2_CHAIN_SUMMARY_ID)) as { head?: string } | undefined)?.head;
  await tx.table('settings').put({
    key: V2_CHAIN_RECORD_KEY,
    value: { head: oldHead ?? GENESIS_HASH_V3, length: events.length, intact: isIntactChainV3(events, oldHead) },
  });
  await summary.delete(V2_CHAIN_SUMMARY_ID);

  const chains = new Map<string, ChainRowV3>();
  const rechained = events.map(({ id, hash: _h, prevHash: _p, ...rest }) => {
    const draft: EventDraftV3 = { ...rest, shop: shopOf(rest) };
    const key = `${draft.marketplace}\u0000${draft.shop}\u0000${draft.orderId}`;
    const chain = chains.get(key) ?? {
      marketplace: draft.marketplace,
      shop: draft.shop!,
      orderId: draft.orderId,
      head: GENESIS_HASH_V3,
      length: 0,
    };
    const event = { ...chainEventV3(draft, chain.head), id };
    chains.set(key, { ...chain, head: event.hash, length: chain.length + 1 });
    return event;
  });
  await tx.table('events').bulkPut(rechained);
  await tx.table('chains').bulkAdd([...chains.values()]);
}
