import { useEffect, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import type { ChaseSettings } from '@/lib/db/settings';
import { REMINDER_LOCALES } from '@/lib/reminders/types';
import { keyFor, t } from '@/lib/i18n/t';
import { listConsoleShops } from '@/lib/db/queries';
import { getDetectedShopLocales } from '@/lib/db/shop-languages';
import { PAYMENT_INSTRUCTIONS_MAX, SHOP_NAME_MAX } from '@/lib/db/shop-settings';
import { ShopSettingsEditor } from './ShopSettingsEditor';
import { useChaseSettings } from './use-settings';
import { useAsync } from '../use-async';
import { Choice } from './Choice';
import { SaveButton } from './SaveButton';

interface Props {
  db: SettleDb;
  onSaved: () => void;
}

/** The zones the browser knows, with the current one first when the list leaves it out (Chromium omits "UTC"). */
function zones(current: string): string[] {
  const known =
    (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return known.includes(current) ? known : [current, ...known];
}

/** Who the seller is to their buyers, and the defaults for orders added by hand. */
export function SellerSettings({ db, onSaved }: Props) {
  const { settings, save } = useChaseSettings(db);
  const [draft, setDraft] = useState<ChaseSettings | undefined>();
  const [saved, setSaved] = useState(false);
  const shops = useAsync(() => listConsoleShops(db), [db]) ?? [];
  const detected = useAsync(() => getDetectedShopLocales(db), [db]) ?? {};
  useEffect(() => setDraft(settings), [settings]);
  if (!draft) return null;
  const set = (patch: Partial<ChaseSettings>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const dueDaysOk =
    Number.isInteger(draft.sellerTerms.dueDays) && draft.sellerTerms.dueDays >= 0 && draft.sellerTerms.dueDays <= 365;
  return (
    <section aria-labelledby="seller-h">
      <h2 id="seller-h">{t('optSellerTitle')}</h2>
      <div class="row">
        <Choice
          id="seller-zone"
          label={t('optTimeZone')}
          value={draft.timeZone}
          choices={zones(draft.timeZone)}
          name={(z) => z}
          onChange={(timeZone) => set({ timeZone })}
        />
        <Choice
          id="seller-locale"
          label={t('optReminderLanguage')}
          value={draft.reminderLocale}
          choices={REMINDER_LOCALES}
          name={(l) => t(keyFor('locale', l))}
          onChange={(reminderLocale) => set({ reminderLocale })}
        />
        <div class="field">
          <label for="seller-due">{t('optDueDays')}</label>
          <input
            id="seller-due"
            type="number"
            min={0}
            max={365}
            value={draft.sellerTerms.dueDays}
            aria-invalid={!dueDaysOk}
            onInput={(e) => set({ sellerTerms: { ...draft.sellerTerms, dueDays: e.currentTarget.valueAsNumber } })}
          />
        </div>
      </div>
      <div class="field">
        <label for="seller-name">{t('optSellerName')}</label>
        <input
          id="seller-name"
          value={draft.sellerName}
          maxLength={SHOP_NAME_MAX}
          onInput={(e) => set({ sellerName: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="seller-pay">{t('optPaymentInstructions')}</label>
        <textarea
          id="seller-pay"
          maxLength={PAYMENT_INSTRUCTIONS_MAX}
          value={draft.paymentInstructions}
          onInput={(e) => set({ paymentInstructions: e.currentTarget.value })}
        />
        <p class="hint">{t('optPaymentInstructionsHint')}</p>
      </div>
      <ShopSettingsEditor
        shops={shops}
        detected={detected}
        settings={draft}
        onChange={(shopSettings) => set({ shops: shopSettings })}
      />
      <SaveButton
        disabled={!dueDaysOk}
        saved={saved}
        onSave={async () => {
          await save(draft);
          setSaved(true);
          onSaved();
        }}
      />
    </section>
  );
}
