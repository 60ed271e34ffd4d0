import { mainReminderLocale } from '../reminders/reminder-locale';
import type { ReminderLocale } from '../reminders/types';
import { listConsoleShops } from './queries';
import { getChaseSettings } from './settings';
import { getDetectedShopLocales } from './shop-languages';
import type { SettleDb } from './schema';

/** The language most of the seller's reminders go out in (lib/reminders/reminder-locale.ts `mainReminderLocale`). */
export async function mainReminderLocaleOf(db: SettleDb): Promise<ReminderLocale> {
  const [settings, detected, shops] = await Promise.all([
    getChaseSettings(db),
    getDetectedShopLocales(db),
    listConsoleShops(db),
  ]);
  return mainReminderLocale(settings, detected, shops);
}
