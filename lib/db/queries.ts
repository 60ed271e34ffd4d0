import Dexie from 'dexie';
import type { OrderKey, OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { SettleDb, TotalsSummary } from './schema';
import { SUMMARY_IDS } from './tables';
import { emptyTotals } from './totals';
import { verifyChain, type ChainCheck } from './event-chain';
import { MANUAL_SHOP } from '../model/shop';
import { heldShops } from './shop-order-counts';

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

export function getOrder(db: SettleDb, key: OrderKey): Promise<OrderRecord | undefined> {
  return db.orders.get(key);
}

/** One order's timeline, oldest first. */
export function getOrderEvents(db: SettleDb, key: OrderKey): Promise<OrderEvent[]> {
  return db.events.where('[marketplace+shop+orderId]').equals(key).sortBy('id');
}

/** Checks one order's events against its hash chain and the head kept for it. */
export async function checkOrderChain(db: SettleDb, key: OrderKey): Promise<ChainCheck> {
  const chain = await db.chains.get(key);
  return verifyChain(await getOrderEvents(db, key), chain?.head);
}

/** Checks every order's chain; the first broken one, or how many events all chains hold. */
export async function checkEventLog(
  db: SettleDb,
): Promise<{ ok: true; length: number } | { ok: false; key: OrderKey; check: ChainCheck }> {
  let length = 0;
  for (const chain of await db.chains.toArray()) {
    const key: OrderKey = [chain.marketplace, chain.shop, chain.orderId];
    const check = await checkOrderChain(db, key);
    if (!check.ok) return { ok: false, key, check };
    length += check.length;
  }
  const unchained = (await db.events.count()) - length;
  if (unchained)
    return {
      ok: false,
      key: ['generic', '', ''],
      check: { ok: false, brokenAtId: undefined, reason: 'missing-before' },
    };
  return { ok: true, length };
}

/** Every console shop Settle holds orders of (their origins), sorted; orders added by hand are not a shop here. */
export async function listConsoleShops(db: SettleDb): Promise<string[]> {
  return (await heldShops(db)).filter((shop) => shop !== MANUAL_SHOP).sort();
}
