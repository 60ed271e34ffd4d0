import { useState } from 'preact/hooks';
import { useAsync } from '../use-async';
import type { DashboardProps } from './dashboard-props';
import { ingestSnapshots } from '@/lib/db/ingest';
import { getOrder } from '@/lib/db/queries';
import { getChaseSettings } from '@/lib/db/settings';
import { clockNow } from '@/lib/browser/clock';
import { MANUAL_SHOP } from '@/lib/model/shop';
import { hrefOf } from './route';
import type { OrderSnapshot } from '@/lib/model/order';
import { t, type MessageKey } from '@/lib/i18n/t';
import { checkAmountInput } from './amount-input';
import { addYears, isCalendarDate, MAX_YEARS_AWAY, todayIn } from './dates';
import { parsePhoneInput } from './phone-input';
import { useOneAtATime } from './use-one-at-a-time';
import { newManualOrderId } from './manual-order-id';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'TWD', 'HKD', 'JPY', 'AUD', 'CAD', 'SGD'];
const defaultCurrency = (locale: string) =>
  /^zh-(TW|HK|Hant)/i.test(locale) ? 'TWD' : locale.startsWith('zh') ? 'CNY' : 'USD';
const zones = () =>
  (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

type Fields = {
  name: string;
  email: string;
  phone: string;
  timeZone: string;
  amount: string;
  currency: string;
  date: string;
  what: string;
  due: string;
};
/** What to say beside each field, in the seller's language. */
type Errors = Partial<Record<keyof Fields, string>>;

/**
 * What is wrong with the form, field by field; empty when it can be saved. `today` is the latest
 * "today" of the seller's zone and this computer's: a sale cannot be later; a due date may be
 * past or future, but not more than ten years away.
 */
function check(f: Fields, locale: string, today: string): Errors {
  const errors: Errors = {};
  if (!f.name.trim()) errors.name = t('dashErrName');
  if (f.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) errors.email = t('dashErrEmail');
  if (f.phone.trim() && !parsePhoneInput(f.phone, locale)) errors.phone = t('dashErrPhone');
  const amount = checkAmountInput(f.amount, f.currency, locale);
  if (!amount.ok) errors.amount = amount.error;
  if (!isCalendarDate(f.date)) errors.date = t('dashErrDate');
  else if (f.date > today) errors.date = t('dashErrSaleFuture');
  if (!f.what.trim()) errors.what = t('dashErrWhat');
  if (f.due && (!isCalendarDate(f.due) || f.due < f.date)) errors.due = t('dashErrDue');
  else if (f.due && (f.due < addYears(today, -MAX_YEARS_AWAY) || f.due > addYears(today, MAX_YEARS_AWAY)))
    errors.due = t('dashErrDueTooFar', MAX_YEARS_AWAY);
  return errors;
}

/** Adds a debt outside any console (a B2B invoice, a chat order, a guest who left): tracked and reminded like any order. */
export function AddDebtForm({
  db,
  locale,
  pageUrl,
  onChanged,
  onAdded,
}: DashboardProps & { onAdded: (orderId: string) => void }) {
  const [f, setF] = useState<Fields>({
    name: '',
    email: '',
    phone: '',
    timeZone: '',
    amount: '',
    currency: defaultCurrency(locale),
    date: todayIn(),
    what: '',
    due: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const { busy, once } = useOneAtATime();
  const sellerZone = useAsync(async () => (await getChaseSettings(db)).timeZone, [db]);
  // From the latest state: two inputs in one tick must not undo each other.
  const update = (key: keyof Fields, value: string) => setF((prev) => ({ ...prev, [key]: value }));
  const field = (key: keyof Fields, label: MessageKey, input: preact.JSX.Element) => (
    <div class="field">
      <label for={`debt-${key}`}>{t(label)}</label>
      {input}
      {errors[key] && (
        <p class="error" id={`debt-${key}-error`}>
          {errors[key]}
        </p>
      )}
    </div>
  );
  const text = (key: keyof Fields, type: 'text' | 'email' | 'tel' | 'date' = 'text') => {
    const props = {
      id: `debt-${key}`,
      value: f[key],
      'aria-invalid': !!errors[key],
      onInput: (e: { currentTarget: HTMLInputElement }) => update(key, e.currentTarget.value),
    };
    // One branch per type: Preact's typings tie each input type to its own attributes.
    return type === 'date' ? (
      <input type="date" {...props} />
    ) : type === 'email' ? (
      <input type="email" {...props} />
    ) : type === 'tel' ? (
      <input type="tel" {...props} />
    ) : (
      <input type="text" {...props} />
    );
  };

  // One save at a time: a double click adds one debt.
  const save = once(async () => {
    const today = [todayIn(sellerZone), todayIn()].sort().at(-1)!;
    const found = check(f, locale, today);
    setErrors(found);
    const checked = checkAmountInput(f.amount, f.currency, locale);
    if (Object.keys(found).length || !checked.ok) return;
    try {
      const orderId = await newManualOrderId(
        f.date,
        async (id) => !!(await getOrder(db, ['generic', MANUAL_SHOP, id])),
      );
      const amount = { amount: checked.minor, currency: f.currency };
      // Stored as E.164 (+447700900123): the text-message channel needs one unambiguous number.
      const phone = f.phone.trim() && parsePhoneInput(f.phone, locale);
      const snapshot: OrderSnapshot = {
        marketplace: 'generic',
        orderId,
        url: pageUrl(hrefOf({ page: 'order', marketplace: 'generic', shop: MANUAL_SHOP, orderId })),
        status: 'unpaid',
        statusText: t('status_unpaid'),
        buyer: {
          name: f.name.trim(),
          ...(f.email.trim() && { email: f.email.trim() }),
          ...(phone && { phone }),
          ...(f.timeZone && { timeZone: f.timeZone }),
        },
        total: amount,
        amountDue: amount,
        placedAt: new Date(`${f.date}T12:00:00`).toISOString(),
        ...(f.due && { dueAt: new Date(`${f.due}T23:59:00`).toISOString() }),
        items: [{ title: f.what.trim(), quantity: 1 }],
      };
      await ingestSnapshots(db, [{ ...snapshot, shop: MANUAL_SHOP }], await clockNow());
      onChanged();
      onAdded(orderId);
    } catch (error) {
      setFailure((error as Error).message);
    }
  });

  return (
    <form
      class="add-debt"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <h2>{t('dashAddDebtTitle')}</h2>
      <p class="muted">{t('dashAddDebtHint')}</p>
      {field('name', 'dashFieldName', text('name'))}
      <div class="row">
        {field('email', 'dashFieldEmail', text('email', 'email'))}
        {field('phone', 'dashFieldPhone', text('phone', 'tel'))}
      </div>
      {field(
        'timeZone',
        'dashFieldTimeZone',
        <select id="debt-timeZone" value={f.timeZone} onChange={(e) => update('timeZone', e.currentTarget.value)}>
          <option value="">{t('dashTimeZoneUnknown')}</option>
          {zones().map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>,
      )}
      <div class="row">
        {field('amount', 'dashFieldAmount', text('amount'))}
        {field(
          'currency',
          'dashFieldCurrency',
          <select id="debt-currency" value={f.currency} onChange={(e) => update('currency', e.currentTarget.value)}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>,
        )}
      </div>
      <div class="row">
        {field('date', 'dashFieldDate', text('date', 'date'))}
        {field('due', 'dashFieldDue', text('due', 'date'))}
      </div>
      {field('what', 'dashFieldWhat', text('what'))}
      {failure && (
        <p class="error" role="alert">
          {t('dashSaveFailed', failure)}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('dashAddDebtSave')}
      </button>
    </form>
  );
}
