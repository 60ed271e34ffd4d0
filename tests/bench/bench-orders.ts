// The bench's orders, and the databases filled with them (scripts/bench-database.mjs keeps those
// built, under a key of this file and the database schema): one module, so a change to what the
// bench times does not build the databases again.
import type { SettleDb } from '../../lib/db/schema';
import { ingestSnapshots } from '../../lib/db/ingest';
import type { ShopSnapshot } from '../../lib/model/order-record';
import type { OrderStatus } from '../../lib/model/order';

const DAY = 86_400_000;
/** Shops the bench's orders spread over: a seller with several WooCommerce sites. */
const SHOPS = 5;
export const PAGE = 500;

/** One WooCommerce-like order, the n-th of the bench: mostly paid, some unpaid, a few cancelled or refunded. */
export function snapshotOf(
  n: number,
  nowMs: number,
  // Each shop sells all along: the shops' orders interleave in time (and in what falls due).
  shopOf = (k: number) => `https://shop${Math.floor(k / 40) % SHOPS}.bench.test`,
): ShopSnapshot {
  const shop = shopOf(n);
  const status: OrderStatus = n % 25 === 0 ? 'cancelled' : n % 31 === 0 ? 'refunded' : n % 8 === 0 ? 'unpaid' : 'paid';
  // Placed over the last three years; the unpaid ones within the last 40 days, most of them overdue.
  const ageDays = status === 'unpaid' ? 1 + (n % 40) : (n * 7919) % 1095;
  const cents = 500 + ((n * 104729) % 90_000);
  return {
    marketplace: 'woocommerce',
    shop,
    orderId: String(100_000 + n),
    url: `${shop}/wp-admin/admin.php?page=wc-orders&action=edit&id=${100_000 + n}`,
    status,
    statusText: status,
    buyer: { name: `Buyer ${n % 30_000}`, email: `buyer${n % 30_000}@example.com` },
    total: { amount: cents, currency: 'EUR' },
    placedAt: new Date(nowMs - ageDays * DAY - (n % 1440) * 60_000).toISOString(),
    items: [{ title: `Item ${n % 997}`, quantity: 1 + (n % 3) }],
  };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Adds orders [from, to) as a seller's console pages would: each page of 500 read unpaid first,
 * then read again once most of them were paid, so an order carries about three events.
 */
export async function fill(
  db: SettleDb,
  from: number,
  to: number,
): Promise<{ orders: number; events: number; due: number }> {
  const nowMs = Date.now();
  for (let start = from; start < to; start += PAGE) {
    const page = [];
    for (let n = start; n < Math.min(to, start + PAGE); n++) page.push(snapshotOf(n, nowMs));
    await ingestSnapshots(
      db,
      page.map((s) => ({ ...s, status: 'unpaid', statusText: 'pending' })),
      iso(nowMs - 50 * DAY),
    );
    await ingestSnapshots(db, page, iso(nowMs - 45 * DAY));
  }
  const now = iso(nowMs);
  return {
    orders: await db.orders.count(),
    events: await db.events.count(),
    due: await db.orders.where('nextDueAt').belowOrEqual(now).count(),
  };
}
