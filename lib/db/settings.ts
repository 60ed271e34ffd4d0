import type { MarketplaceId } from '../model/order';
import type { ReminderLocale } from '../reminders/types';
import { DEFAULT_STEPS, type EscalationSchedule } from '../tracker/schedule-types';
import { DEFAULT_SELLER_TERMS, type SellerTerms } from '../marketplaces/rules';
import { scheduleProblems } from '../tracker/schedule-problems';
import type { SettleDb } from './schema';
import { checkShops, type ShopSettings } from './shop-settings';
import { usableSchedules } from './usable-schedules';

/** The seller's chase settings, kept as one row of the settings table. */
export interface ChaseSettings {
  /** Escalation per marketplace; a marketplace without its own uses the default schedule. */
  schedules: Partial<Record<MarketplaceId, EscalationSchedule>>;
  /** The seller's zone: local days, quiet hours (when the buyer's is unknown) and the daily cap's day. */
  timeZone: string;
  /**
   * The language of reminders for orders added by hand and for shops whose language is neither set
   * nor read from their console (lib/reminders/reminder-locale.ts has the whole order).
   */
  reminderLocale: ReminderLocale;
  /** Payment terms for orders added by hand. */
  sellerTerms: SellerTerms;
  /** Signs reminders ({shop}): orders added by hand, and every shop without a name of its own. */
  sellerName: string;
  /** How to pay an order that has no payment link (bank details, payment page): {payLink}, unless its shop has its own. */
  paymentInstructions: string;
  /** Each shop's own name, payment instructions and reminder language, by shop (lib/model/shop.ts). */
  shops: Record<string, ShopSettings>;
  /** Capture the order page (a screenshot and the order's data) right after a reminder is sent from it. */
  captureOnSend: boolean;
}

export const CHASE_SETTINGS_KEY = 'chase';

export function defaultSchedule(marketplace: MarketplaceId): EscalationSchedule {
  return {
    marketplace,
    steps: DEFAULT_STEPS,
    businessDays: false,
    quietHours: { start: '21:00', end: '08:00' },
    dailyCap: 20,
  };
}

/**
 * A language tag (the browser's UI language, a shop's site language such as `zh_HK`) as a reminder
 * language: Chinese in its script (zh-TW, zh-HK → Traditional), any other language English.
 */
export function localeFromUi(uiLanguage: string): ReminderLocale {
  const lang = uiLanguage.toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
  return lang.startsWith('zh') ? 'zh_CN' : 'en';
}

/**
 * The browser's time zone, asked once per page or worker: building the formatter that tells it
 * cost more than the rest of a "due now" reading's work together, and every reading without saved
 * settings asks it.
 */
let systemZone: string | undefined;
const systemTimeZone = () => (systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

export function defaultChaseSettings(): ChaseSettings {
  return {
    schedules: {},
    timeZone: systemTimeZone(),
    reminderLocale: localeFromUi(globalThis.navigator?.language ?? 'en'),
    sellerTerms: { ...DEFAULT_SELLER_TERMS },
    sellerName: '',
    paymentInstructions: '',
    shops: {},
    captureOnSend: true,
  };
}

export function scheduleFor(settings: ChaseSettings, marketplace: MarketplaceId): EscalationSchedule {
  return settings.schedules[marketplace] ?? defaultSchedule(marketplace);
}

/** A row written before shops had settings of their own kept only their names, as `shopNames`. */
type StoredChaseSettings = Partial<ChaseSettings> & { shopNames?: Record<string, string> };

/** The stored shops' settings, with names kept the older way folded in; a corrupt value is left out, never drafted from. */
function storedShops({ shops, shopNames }: StoredChaseSettings): Record<string, ShopSettings> {
  const named = Object.fromEntries(Object.entries(shopNames ?? {}).map(([shop, name]) => [shop, { name }]));
  const checked = checkShops({ ...named, ...shops });
  return checked.ok ? checked.shops : {};
}

export async function getChaseSettings(db: SettleDb): Promise<ChaseSettings> {
  const stored = (await db.settings.get(CHASE_SETTINGS_KEY))?.value as StoredChaseSettings | undefined;
  if (!stored) return defaultChaseSettings();
  const { shopNames: _older, ...rest } = stored;
  return {
    ...defaultChaseSettings(),
    ...rest,
    shops: storedShops(stored),
    schedules: usableSchedules(stored.schedules),
  };
}

/**
 * Saves the settings. Refused with a sentence saying where: per-shop settings that fail their
 * schema, and a schedule the options would refuse (tones that soften, no hour left to send).
 */
export async function saveChaseSettings(db: SettleDb, settings: ChaseSettings): Promise<void> {
  const checked = checkShops(settings.shops);
  if (!checked.ok) throw new Error(checked.error);
  for (const [marketplace, schedule] of Object.entries(settings.schedules)) {
    const problems = schedule ? scheduleProblems(schedule) : [];
    if (problems.length) throw new Error(`Refused the ${marketplace} schedule: ${problems.join(', ')}`);
  }
  await db.settings.put({ key: CHASE_SETTINGS_KEY, value: settings });
}

/** The name reminders for this shop's orders are signed with: the shop's own from Options, else the seller's; never a page's. */
export function signatureFor(settings: ChaseSettings, shop: string): string {
  return settings.shops[shop]?.name?.trim() || settings.sellerName.trim();
}

/** How to pay this shop's orders that have no payment link: the shop's own instructions, else the seller's. */
export function paymentInstructionsFor(settings: ChaseSettings, shop: string): string {
  return settings.shops[shop]?.paymentInstructions?.trim() || settings.paymentInstructions.trim();
}
