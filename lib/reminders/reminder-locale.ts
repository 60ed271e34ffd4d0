import type { ChaseSettings } from '../db/settings';
import type { ReminderLocale } from './types';

/**
 * Which language a reminder is drafted in. A reminder is for the buyer, so it speaks the buyer's
 * language, never merely the seller's browser's:
 *
 *   the buyer's (set on Settle's page) > the shop's (set in Options) > the shop's as its console
 *   says > the seller's reminder language (Options; by default the browser's)
 *
 * The seller may still pick another language for one draft on the order's panel.
 */

/** The language this shop's reminders go out in when its buyer has none of their own. */
export function shopReminderLocale(
  settings: ChaseSettings,
  detected: Partial<Record<string, ReminderLocale>>,
  shop: string,
): ReminderLocale {
  return settings.shops[shop]?.reminderLocale ?? detected[shop] ?? settings.reminderLocale;
}

/** The language a reminder to this buyer of this shop is drafted in. */
export function reminderLocaleFor(
  settings: ChaseSettings,
  detected: Partial<Record<string, ReminderLocale>>,
  order: { shop: string },
  buyer?: { reminderLocale?: ReminderLocale },
): ReminderLocale {
  return buyer?.reminderLocale ?? shopReminderLocale(settings, detected, order.shop);
}

/**
 * The language most of the seller's reminders go out in: the one most of the shops Settle has seen
 * speak (the first seen wins a tie), else the seller's own. The template editor opens on it.
 */
export function mainReminderLocale(
  settings: ChaseSettings,
  detected: Partial<Record<string, ReminderLocale>>,
  shops: readonly string[],
): ReminderLocale {
  const counts = new Map<ReminderLocale, number>();
  for (const shop of shops) {
    const locale = shopReminderLocale(settings, detected, shop);
    counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  let main: ReminderLocale = settings.reminderLocale;
  let most = 0;
  for (const [locale, count] of counts) if (count > most) [main, most] = [locale, count];
  return main;
}
