import * as v from 'valibot';
import { REMINDER_LOCALES, type ReminderLocale } from '../reminders/types';
import { localeFromUi } from './settings';
import type { SettleDb } from './schema';

/**
 * The reminder language each shop's console says the shop speaks, by shop, kept in its own row:
 * the background writes it as pages are read, so it never races the seller's saves in Options.
 */
const DETECTED_SHOP_LOCALES_KEY = 'detected-shop-locales';

const DetectedSchema = v.record(v.string(), v.picklist(REMINDER_LOCALES));

/** The reminder language read from each shop's console; an unreadable row counts as none read. */
export async function getDetectedShopLocales(db: SettleDb): Promise<Record<string, ReminderLocale>> {
  const parsed = v.safeParse(DetectedSchema, (await db.settings.get(DETECTED_SHOP_LOCALES_KEY))?.value ?? {});
  return parsed.success ? parsed.output : {};
}

/**
 * Remembers the language a shop's console page gives for the shop (`de_DE`, `zh_CN`) as the
 * reminder language Settle writes for it; written only when it changes, not on every page read.
 */
export async function rememberShopLanguage(db: SettleDb, shop: string, language: string): Promise<void> {
  const locale = localeFromUi(language);
  await db.transaction('rw', db.settings, async () => {
    const detected = await getDetectedShopLocales(db);
    if (detected[shop] !== locale)
      await db.settings.put({ key: DETECTED_SHOP_LOCALES_KEY, value: { ...detected, [shop]: locale } });
  });
}
