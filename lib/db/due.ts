import Dexie from 'dexie';
import type { OrderRecord } from '../model/order-record';
import { selectDueNow, type DueSelection } from '../tracker/due-limits';
import type { SettleDb } from './schema';
import { scheduleFor, type ChaseSettings } from './settings';
import { sendHistory, shopOf } from './sends';

export interface DueOrders extends DueSelection {
  orders: Map<string, OrderRecord>;
}

export const orderKeyOf = (o: { marketplace: string; orderId: string }) => `${o.marketplace}\u0000${o.orderId}`;

/** Reminders due now after the limits across orders (one per buyer per day, daily cap per shop); read by index. */
export async function listDue(db: SettleDb, settings: ChaseSettings, now: string): Promise<DueOrders> {
  const orders = await db.orders.where('nextDueAt').between(Dexie.minKey, now, true, true).toArray();
  const history = await sendHistory(db, now, settings.timeZone);
  const capOf = new Map(orders.map((o) => [shopOf(o), scheduleFor(settings, o.marketplace).dailyCap]));
  const selection = selectDueNow(
    orders.map((o) => ({ marketplace: o.marketplace, orderId: o.orderId, buyerKey: o.buyerKey, shop: shopOf(o), dueAt: o.nextDueAt! })),
    history,
    (shop) => capOf.get(shop) ?? 20,
    now,
  );
  return { ...selection, orders: new Map(orders.map((o) => [orderKeyOf(o), o])) };
}

/** The soonest moment a reminder falls due after `now`, for the alarm. */
export async function nextDueAfter(db: SettleDb, now: string): Promise<string | undefined> {
  const first = await db.orders.where('nextDueAt').above(now).first();
  return first?.nextDueAt;
}
