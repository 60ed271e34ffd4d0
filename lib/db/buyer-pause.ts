import type { MarketplaceId } from '../model/order';
import { chaseTables, recordChase, type ChaseContext } from './chase';
import type { SettleDb } from './schema';

/**
 * Pauses (or resumes) every reminder to one buyer: each of their open orders gets its own
 * paused/resumed step on its timeline, and orders they place later start paused. All in one
 * transaction. Returns how many orders changed.
 */
export async function setBuyerPaused(db: SettleDb, marketplace: MarketplaceId, buyerKey: string, paused: boolean, ctx: ChaseContext): Promise<number> {
  return db.transaction('rw', chaseTables(db), async () => {
    const buyer = await db.buyers.get([marketplace, buyerKey]);
    if (!buyer) return 0;
    await db.buyers.put({ ...buyer, paused });
    const orders = await db.orders.where('[marketplace+buyerKey]').equals([marketplace, buyerKey]).filter((o) => o.open === 1 && o.chase.paused !== paused).toArray();
    for (const o of orders) await recordChase(db, [o.marketplace, o.orderId], { type: paused ? 'paused' : 'resumed' }, ctx);
    return orders.length;
  });
}

/** Whether the seller paused this buyer. */
export async function isBuyerPaused(db: SettleDb, marketplace: MarketplaceId, buyerKey: string): Promise<boolean> {
  return !!(await db.buyers.get([marketplace, buyerKey]))?.paused;
}

