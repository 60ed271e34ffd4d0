import { orderKeyOf, type BuyerKey } from '../model/order-record';
import { chaseTables, recordChase, type ChaseContext } from './chase';
import type { SettleDb } from './schema';

/**
 * Pauses (or resumes) every reminder to one buyer: each of their open orders gets its own
 * paused/resumed step on its timeline, and orders they place later start paused. All in one
 * transaction. Returns how many orders changed.
 */
export async function setBuyerPaused(db: SettleDb, key: BuyerKey, paused: boolean, ctx: ChaseContext): Promise<number> {
  return db.transaction('rw', chaseTables(db), async () => {
    const buyer = await db.buyers.get(key);
    if (!buyer) return 0;
    await db.buyers.put({ ...buyer, paused });
    const orders = await db.orders
      .where('[marketplace+shop+buyerKey]')
      .equals(key)
      .filter((o) => o.open === 1 && o.chase.paused !== paused)
      .toArray();
    for (const o of orders) await recordChase(db, orderKeyOf(o), { type: paused ? 'paused' : 'resumed' }, ctx);
    return orders.length;
  });
}

/** Whether the seller paused this buyer. */
export async function isBuyerPaused(db: SettleDb, key: BuyerKey): Promise<boolean> {
  return !!(await db.buyers.get(key))?.paused;
}
