import Dexie from 'dexie';
import type { OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { ChainSummary, SettleDb, TotalsSummary } from './schema';
import { SUMMARY_IDS } from './tables';
import { emptyTotals } from './totals';
import { verifyChain, type ChainCheck } from './event-chain';

/** Open (unpaid) orders, newest activity first, read by index: one page, never a table scan. */
export function listOpenOrders(db: SettleDb, limit = 50): Promise<OrderRecord[]> {
  return db.orders
    .where('[open+lastActivityAt]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export async function getTotals(db: SettleDb): Promise<TotalsSummary> {
  return ((await db.summary.get(SUMMARY_IDS.totals)) as TotalsSummary | undefined) ?? emptyTotals();
}

export function getOrder(db: SettleDb, marketplace: MarketplaceId, orderId: string): Promise<OrderRecord | undefined> {
  return db.orders.get([marketplace, orderId]);
}

/** One order's timeline, oldest first. */
export function getOrderEvents(db: SettleDb, marketplace: MarketplaceId, orderId: string): Promise<OrderEvent[]> {
  return db.events.where('[marketplace+orderId]').equals([marketplace, orderId]).sortBy('id');
}

/** Checks the whole event log against its hash chain and the head kept in the summary. */
export async function checkEventLog(db: SettleDb): Promise<ChainCheck> {
  const chain = (await db.summary.get(SUMMARY_IDS.chain)) as ChainSummary | undefined;
  return verifyChain(await db.events.orderBy('id').toArray(), chain?.head);
}
