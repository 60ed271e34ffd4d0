import Dexie from 'dexie';
import { orderKeyText, type OrderRecord } from '../model/order-record';
import { selectDueNow, type DueSelection } from '../tracker/due-limits';
import type { SettleDb } from './schema';
import { scheduleFor, type ChaseSettings } from './settings';
import { sendHistory } from './sends';

export interface DueOrders extends DueSelection {
  orders: Map<string, OrderRecord>;
}

/** Reminders due now after the limits across orders (one per buyer per day, daily cap per shop); read by index. */
export async function listDue(db: SettleDb, settings: ChaseSettings, now: string): Promise<DueOrders> {
  const orders = await db.orders.where('nextDueAt').between(Dexie.minKey, now, true, true).toArray();
  const history = await sendHistory(db, now, settings.timeZone);
  const capOf = new Map(orders.map((o) => [o.shop, scheduleFor(settings, o.marketplace).dailyCap]));
  const selection = selectDueNow(
    orders.map((o) => ({
      marketplace: o.marketplace,
      orderId: o.orderId,
      buyerKey: o.buyerKey,
      shop: o.shop,
      dueAt: o.nextDueAt!,
    })),
    history,
    (shop) => capOf.get(shop) ?? 20,
    now,
  );
  return { ...selection, orders: new Map(orders.map((o) => [orderKeyText(o), o])) };
}

/** The soonest moment a reminder falls due after `now`, for the alarm. */
export async function nextDueAfter(db: SettleDb, now: string): Promise<string | undefined> {
  const first = await db.orders.where('nextDueAt').above(now).first();
  return first?.nextDueAt;
}
