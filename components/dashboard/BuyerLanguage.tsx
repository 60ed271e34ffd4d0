import type { SettleDb } from '@/lib/db/schema';
import { canSetBuyerLocale, setBuyerReminderLocale } from '@/lib/db/buyer-locale';
import { buyerKeyFor, type OrderRecord } from '@/lib/model/order-record';
import { REMINDER_LOCALES, type ReminderLocale } from '@/lib/reminders/types';
import { keyFor, t } from '@/lib/i18n/t';
import { Choice } from '../options/Choice';

interface Props {
  db: SettleDb;
  order: OrderRecord;
  /** The language the seller chose for this buyer, if any. */
  buyerLocale?: ReminderLocale;
  /** The language of the order's shop (lib/reminders/reminder-locale.ts): what "the shop's language" means here. */
  shopLocale: ReminderLocale;
}

const SHOP = 'shop';
const CHOICES = [SHOP, ...REMINDER_LOCALES] as const;

/** The language of every reminder to this buyer: the shop's, or one the seller picks for them (kept on the buyer). */
export function BuyerLanguage({ db, order, buyerLocale, shopLocale }: Props) {
  if (!canSetBuyerLocale(order)) return null;
  return (
    <div class="buyer-language">
      <Choice
        id="buyer-locale"
        label={t('dashBuyerLanguage')}
        value={buyerLocale ?? SHOP}
        choices={CHOICES}
        name={(c) =>
          c === SHOP ? t('dashBuyerLanguageShop', t(keyFor('locale', shopLocale))) : t(keyFor('locale', c))
        }
        onChange={(c) => void setBuyerReminderLocale(db, buyerKeyFor(order), c === SHOP ? undefined : c)}
      />
    </div>
  );
}
