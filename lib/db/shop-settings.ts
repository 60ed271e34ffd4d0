import * as v from 'valibot';
import { REMINDER_LOCALES, type ReminderLocale } from '../reminders/types';

/** What the seller set for one shop in Options; each value absent or blank falls back to the seller's own. */
export interface ShopSettings {
  /** The name this shop's reminders are signed with. */
  name?: string;
  /** How to pay this shop's orders that have no payment link of their own (bank details for a bank transfer). */
  paymentInstructions?: string;
  /** The language this shop's reminders are drafted in; absent: the language read from the shop's console. */
  reminderLocale?: ReminderLocale;
}

/** The longest shop name and payment instructions Options accepts (the inputs' own limits). */
export const SHOP_NAME_MAX = 200;
export const PAYMENT_INSTRUCTIONS_MAX = 1000;

// A shop is keyed by its site's origin (lib/model/shop.ts), or `manual` for orders added by hand:
// never a key such as `__proto__` that an object would treat as something else.
const shopKey = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^(?:https?:\/\/(?:[a-z0-9._-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?|manual)$/i, 'must be a shop address'),
);

const ShopSettingsSchema = v.strictObject({
  name: v.optional(v.pipe(v.string(), v.maxLength(SHOP_NAME_MAX))),
  paymentInstructions: v.optional(v.pipe(v.string(), v.maxLength(PAYMENT_INSTRUCTIONS_MAX))),
  reminderLocale: v.optional(v.picklist(REMINDER_LOCALES)),
});

/** Every shop's own settings, by shop, as stored in the chase settings (and as a backup must carry them). */
const ShopsSchema = v.pipe(
  v.custom<object>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'must be an object of shops',
  ),
  // A record silently drops a `__proto__` key (JSON.parse makes one an own key): refuse it instead.
  v.check((shops) => !Object.hasOwn(shops, '__proto__'), 'must not name a shop `__proto__`'),
  v.record(shopKey, ShopSettingsSchema),
  v.check((shops) => Object.keys(shops).length <= 1000, 'must list at most 1,000 shops'),
);

/** Per-shop settings checked against the schema: the shops, or a sentence naming the first problem and where it is. */
export function checkShops(
  value: unknown,
): { ok: true; shops: Record<string, ShopSettings> } | { ok: false; error: string } {
  const parsed = v.safeParse(ShopsSchema, value);
  if (parsed.success) return { ok: true, shops: parsed.output };
  const issue = parsed.issues[0];
  const where = v.getDotPath(issue);
  return { ok: false, error: `The shops' settings are not valid${where ? ` at ${where}` : ''}: ${issue.message}` };
}
