import type { Transaction } from 'dexie';
import type { OrderEvent, OrderEventDraft } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { orderKeyText, type OrderRecord } from '../model/order-record';
import { isOnShop, MANUAL_SHOP, originOf } from '../model/shop';
import { chainEvent, GENESIS_HASH, verifyChain } from './event-chain';
import type { BuyerRecord, ChainRecord } from './schema';
import { LEGACY_CHAIN_SUMMARY_ID, LEGACY_TABLES, TABLES } from './tables';

/** The setting that keeps what version 2's single chain was when version 3 re-chained it per order. */
export const V2_CHAIN_RECORD_KEY = 'v2-event-chain';

/** Rows of version 2 had no shop: the origin of the page they were read on, or the hand-added shop. */
function shopOfV2(row: { marketplace: MarketplaceId; url?: string }): string {
  if (row.marketplace === 'generic') return MANUAL_SHOP;
  const origin = originOf(row.url);
  return origin && origin !== 'null' ? origin : 'unknown';
}

type V2Event = Omit<OrderEvent, 'shop'> & { shop?: string };
type V2Buyer = Omit<BuyerRecord, 'shop'>;

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
  const orders = (await tx.table(LEGACY_TABLES.orders).toArray()) as Omit<OrderRecord, 'shop'>[];
  const shopByOrder = new Map<string, string>();
  const moved = orders.map(({ payUrl, ...o }) => {
    const shop = shopOfV2(o);
    shopByOrder.set(`${o.marketplace}\u0000${o.orderId}`, shop);
    // Version 2 let a page on another site leave its pay link on an order: only the shop's own site's is kept.
    return { ...o, ...(isOnShop(payUrl, shop) && { payUrl }), shop } as OrderRecord;
  });
  await tx.table(TABLES.orders).bulkAdd(moved);
  const shopOf = (row: { marketplace: MarketplaceId; orderId: string; url?: string }) => shopByOrder.get(`${row.marketplace}\u0000${row.orderId}`) ?? shopOfV2(row);

  await splitBuyersByShop(tx, moved);
  await rechainEvents(tx, shopOf);
  for (const table of [TABLES.sends, TABLES.evidence]) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: { marketplace: MarketplaceId; orderId: string; url?: string; shop?: string }) => {
        row.shop = shopOf(row);
      });
  }
}

async function splitBuyersByShop(tx: Transaction, orders: OrderRecord[]) {
  const buyers = (await tx.table(LEGACY_TABLES.buyers).toArray()) as V2Buyer[];
  const split: BuyerRecord[] = [];
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
  await tx.table(TABLES.buyers).bulkAdd(split);
}

async function rechainEvents(tx: Transaction, shopOf: (row: { marketplace: MarketplaceId; orderId: string; url?: string }) => string) {
  const events = (await tx.table(TABLES.events).orderBy('id').toArray()) as V2Event[];
  const summary = tx.table(TABLES.summary);
  const oldHead = ((await summary.get(LEGACY_CHAIN_SUMMARY_ID)) as { head?: string } | undefined)?.head;
  const oldCheck = verifyV2Chain(events, oldHead);
  await tx.table(TABLES.settings).put({ key: V2_CHAIN_RECORD_KEY, value: { head: oldHead ?? GENESIS_HASH, length: events.length, intact: oldCheck } });
  await summary.delete(LEGACY_CHAIN_SUMMARY_ID);

  const chains = new Map<string, ChainRecord>();
  const rechained = events.map(({ id, hash: _h, prevHash: _p, ...rest }) => {
    const draft = { ...rest, shop: shopOf(rest) } as OrderEventDraft;
    const key = orderKeyText(draft);
    const chain = chains.get(key) ?? { marketplace: draft.marketplace, shop: draft.shop, orderId: draft.orderId, head: GENESIS_HASH, length: 0 };
    const event = { ...chainEvent(draft, chain.head), id };
    chains.set(key, { ...chain, head: event.hash, length: chain.length + 1 });
    return event;
  });
  await tx.table(TABLES.events).bulkPut(rechained);
  await tx.table(TABLES.chains).bulkAdd([...chains.values()]);
}

/** Version 2 hashed each event without a shop, over one chain across all orders. */
function verifyV2Chain(events: V2Event[], head: string | undefined): boolean {
  const asV3 = events.map((e) => e as OrderEvent);
  // The v2 body had exactly the v3 members but `shop`: verifyChain re-hashes whatever members are present.
  return verifyChain(asV3, head).ok;
}
