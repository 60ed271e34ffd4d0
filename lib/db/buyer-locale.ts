import { buyerKeyFor, type BuyerKey, type OrderRecord } from '../model/order-record';
import { reminderLocaleFor } from '../reminders/reminder-locale';
import type { ReminderLocale } from '../reminders/types';
import type { ChaseSettings } from './settings';
import { getDetectedShopLocales } from './shop-languages';
import type { SettleDb } from './schema';

/** Whether a buyer is known well enough to have a language of their own: orders with no buyer details share one record. */
export const canSetBuyerLocale = (order: Pick<OrderRecord, 'buyerKey'>) => order.buyerKey !== '(unknown)';

/** Sets (or, with undefined, clears back to the shop's) the language of every reminder to one buyer. */
export async function setBuyerReminderLocale(
  db: SettleDb,
  key: BuyerKey,
  locale: ReminderLocale | undefined,
): Promise<void> {
  if (!canSetBuyerLocale({ buyerKey: key[2] })) return;
  await db.transaction('rw', db.buyers, async () => {
    const buyer = await db.buyers.get(key);
    if (!buyer) return;
    const { reminderLocale: _previous, ...rest } = buyer;
    await db.buyers.put(locale ? { ...rest, reminderLocale: locale } : rest);
  });
}

/** The language this order's next reminder is drafted in: its buyer's, else its shop's (lib/reminders/reminder-locale.ts). */
export async function reminderLocaleOfOrder(
  db: SettleDb,
  order: OrderRecord,
  settings: ChaseSettings,
): Promise<ReminderLocale> {
  const [buyer, detected] = await Promise.all([
    canSetBuyerLocale(order) ? db.buyers.get(buyerKeyFor(order)) : undefined,
    getDetectedShopLocales(db),
  ]);
  return reminderLocaleFor(settings, detected, order, buyer);
}
