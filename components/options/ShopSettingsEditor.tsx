import type { ChaseSettings } from '@/lib/db/settings';
import { PAYMENT_INSTRUCTIONS_MAX, SHOP_NAME_MAX, type ShopSettings } from '@/lib/db/shop-settings';
import { REMINDER_LOCALES, type ReminderLocale } from '@/lib/reminders/types';
import { keyFor, t } from '@/lib/i18n/t';
import { Choice } from './Choice';

interface Props {
  /** The console shops Settle holds orders of (lib/db/queries.ts `listConsoleShops`). */
  shops: readonly string[];
  /** The reminder language each shop's console gave (lib/db/shop-languages.ts). */
  detected: Partial<Record<string, ReminderLocale>>;
  settings: ChaseSettings;
  onChange: (shops: ChaseSettings['shops']) => void;
}

/** "Automatic": the shop's language as its console said it, else the seller's own. */
const AUTOMATIC = 'automatic';
const LANGUAGE_CHOICES = [AUTOMATIC, ...REMINDER_LOCALES] as const;

/**
 * One group per shop Settle has seen: the name its reminders are signed with, how its buyers pay,
 * and the language its reminders speak. Each left empty falls back to the seller's own above.
 */
export function ShopSettingsEditor({ shops, detected, settings, onChange }: Props) {
  if (!shops.length) return null;
  const set = (shop: string, patch: ShopSettings) => {
    const next: ShopSettings = { ...settings.shops[shop], ...patch };
    for (const key of Object.keys(next) as (keyof ShopSettings)[])
      if (next[key] === undefined || next[key] === '') delete next[key];
    const { [shop]: _previous, ...others } = settings.shops;
    onChange(Object.keys(next).length ? { ...others, [shop]: next } : others);
  };
  const automaticName = (shop: string) => {
    const found = detected[shop];
    return found
      ? t('optShopLanguageDetected', t(keyFor('locale', found)))
      : t('optShopLanguageDefault', t(keyFor('locale', settings.reminderLocale)));
  };
  return (
    <div class="shops">
      <h3 id="shops-h">{t('optShopsTitle')}</h3>
      <p class="hint">{t('optShopsHint')}</p>
      {shops.map((shop, i) => {
        const own = settings.shops[shop] ?? {};
        return (
          <fieldset class="shop" key={shop} data-shop={shop}>
            <legend>{new URL(shop).host}</legend>
            <div class="field">
              <label for={`shop-name-${i}`}>{t('optShopName')}</label>
              <input
                id={`shop-name-${i}`}
                value={own.name ?? ''}
                placeholder={settings.sellerName}
                maxLength={SHOP_NAME_MAX}
                onInput={(e) => set(shop, { name: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`shop-pay-${i}`}>{t('optShopPaymentInstructions')}</label>
              <textarea
                id={`shop-pay-${i}`}
                value={own.paymentInstructions ?? ''}
                placeholder={settings.paymentInstructions}
                maxLength={PAYMENT_INSTRUCTIONS_MAX}
                onInput={(e) => set(shop, { paymentInstructions: e.currentTarget.value })}
              />
            </div>
            <Choice
              id={`shop-locale-${i}`}
              label={t('optShopReminderLanguage')}
              value={own.reminderLocale ?? AUTOMATIC}
              choices={LANGUAGE_CHOICES}
              name={(c) => (c === AUTOMATIC ? automaticName(shop) : t(keyFor('locale', c)))}
              onChange={(c) => set(shop, { reminderLocale: c === AUTOMATIC ? undefined : c })}
            />
          </fieldset>
        );
      })}
    </div>
  );
}
