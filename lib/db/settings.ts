import type { MarketplaceId } from '../model/order';
import type { ReminderLocale } from '../reminders/types';
import { DEFAULT_STEPS, type EscalationSchedule } from '../tracker/schedule-types';
import { DEFAULT_SELLER_TERMS, type SellerTerms } from '../marketplaces/rules';
import { scheduleProblems } from '../tracker/schedule-problems';
import type { SettleDb } from './schema';
import { usableSchedules } from './usable-schedules';

/** The seller's chase settings, kept as one row of the settings table. */
export interface ChaseSettings {
  /** Escalation per marketplace; a marketplace without its own uses the default schedule. */
  schedules: Partial<Record<MarketplaceId, EscalationSchedule>>;
  /** The seller's zone: local days, quiet hours (when the buyer's is unknown) and the daily cap's day. */
  timeZone: string;
  /** The language reminders are drafted in unless the seller picks another on the order. */
  reminderLocale: ReminderLocale;
  /** Payment terms for orders added by hand. */
  sellerTerms: SellerTerms;
  /** Signs reminders ({shop}): orders added by hand, and every shop without a name of its own. */
  sellerName: string;
  /** The name each shop's reminders are signed with, by shop (lib/model/shop.ts); absent or blank: `sellerName`. */
  shopNames: Record<string, string>;
  /** How to pay an order that has no payment link (bank details, payment page): {payLink} of orders added by hand. */
  paymentInstructions: string;
  /** Capture the order page (a screenshot and the order's data) right after a reminder is sent from it. */
  captureOnSend: boolean;
}

export const CHASE_SETTINGS_KEY = 'chase';

export function defaultSchedule(marketplace: MarketplaceId): EscalationSchedule {
  return { marketplace, steps: DEFAULT_STEPS, businessDays: false, quietHours: { start: '21:00', end: '08:00' }, dailyCap: 20 };
}

/** The browser's UI language as a reminder language (zh-TW, zh-HK → Traditional). */
export function localeFromUi(uiLanguage: string): ReminderLocale {
  const lang = uiLanguage.toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
  return lang.startsWith('zh') ? 'zh_CN' : 'en';
}

export function defaultChaseSettings(): ChaseSettings {
  return {
    schedules: {},
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    reminderLocale: localeFromUi(globalThis.navigator?.language ?? 'en'),
    sellerTerms: { ...DEFAULT_SELLER_TERMS },
    sellerName: '',
    shopNames: {},
    paymentInstructions: '',
    captureOnSend: true,
  };
}

export function scheduleFor(settings: ChaseSettings, marketplace: MarketplaceId): EscalationSchedule {
  return settings.schedules[marketplace] ?? defaultSchedule(marketplace);
}

export async function getChaseSettings(db: SettleDb): Promise<ChaseSettings> {
  const row = await db.settings.get(CHASE_SETTINGS_KEY);
  const stored = row?.value as Partial<ChaseSettings> | undefined;
  return { ...defaultChaseSettings(), ...stored, schedules: usableSchedules(stored?.schedules) };
}

/** Stores the settings; a schedule the options would refuse (tones that soften, no hour left to send) is refused here too. */
export async function saveChaseSettings(db: SettleDb, settings: ChaseSettings): Promise<void> {
  for (const [marketplace, schedule] of Object.entries(settings.schedules)) {
    const problems = schedule ? scheduleProblems(schedule) : [];
    if (problems.length) throw new Error(`Refused the ${marketplace} schedule: ${problems.join(', ')}`);
  }
  await db.settings.put({ key: CHASE_SETTINGS_KEY, value: settings });
}

/** The name reminders for this shop's orders are signed with: the shop's own from Options, else the seller's; never a page's. */
export function signatureFor(settings: ChaseSettings, shop: string): string {
  return settings.shopNames[shop]?.trim() || settings.sellerName.trim();
}
