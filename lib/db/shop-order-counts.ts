import type { SettleDb, ShopOrdersSummary } from './schema';
import { SUMMARY_IDS } from './tables';

/**
 * How many orders each shop holds, kept in the summary table and moved in the same transaction as
 * the orders it counts (orders are only ever added, by ingest), so the per-shop cap never counts
 * the orders table. A database from before this row counts each of its shops once, to start it.
 */
export async function getShopOrderCounts(db: SettleDb): Promise<ShopOrdersSummary> {
  const kept = (await db.summary.get(SUMMARY_IDS.shopOrders)) as ShopOrdersSummary | undefined;
  if (kept) return kept;
  const byShop: Record<string, number> = {};
  for (const shop of (await db.orders.orderBy('shop').uniqueKeys()) as string[])
    byShop[shop] = await db.orders.where('shop').equals(shop).count();
  return { id: SUMMARY_IDS.shopOrders, byShop };
}

/** The shops Settle holds orders of, from the kept counts (never the shop index, which a walk reads whole). */
export async function heldShops(db: SettleDb): Promise<string[]> {
  const { byShop } = await getShopOrderCounts(db);
  return Object.keys(byShop).filter((shop) => (byShop[shop] ?? 0) > 0);
}
