import { useState } from 'preact/hooks';
import type { DashboardProps } from '@/entrypoints/dashboard/DashboardApp';
import { ingestSnapshots } from '@/lib/db/ingest';
import { getOrder } from '@/lib/db/queries';
import type { OrderSnapshot } from '@/lib/model/order';
import { t, type MessageKey } from '@/lib/i18n/t';
import { parseAmountInput } from './amount-input';
import { newManualOrderId } from './manual-order-id';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'TWD', 'HKD', 'JPY', 'AUD', 'CAD', 'SGD'];
const defaultCurrency = (locale: string) => (/^zh-(TW|HK|Hant)/i.test(locale) ? 'TWD' : locale.startsWith('zh') ? 'CNY' : 'USD');
const zones = () => (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
const today = () => new Date().toISOString().slice(0, 10);

type Fields = { name: string; email: string; phone: string; timeZone: string; amount: string; currency: string; date: string; what: string; due: string };
type Errors = Partial<Record<keyof Fields, MessageKey>>;

/** What is wrong with the form, field by field; empty when it can be saved. */
function check(f: Fields): Errors {
  const errors: Errors = {};
  if (!f.name.trim()) errors.name = 'dashErrName';
  if (f.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) errors.email = 'dashErrEmail';
  if (parseAmountInput(f.amount, f.currency) === null) errors.amount = 'dashErrAmount';
  if (!/^\d{4}-\d\d-\d\d$/.test(f.date)) errors.date = 'dashErrDate';
  if (!f.what.trim()) errors.what = 'dashErrWhat';
  if (f.due && (!/^\d{4}-\d\d-\d\d$/.test(f.due) || f.due < f.date)) errors.due = 'dashErrDue';
  return errors;
}

/** Adds a debt outside any console (a B2B invoice, a chat order, a guest who left): tracked and reminded like any order. */
export function AddDebtForm({ db, locale, pageUrl, onChanged, onAdded }: DashboardProps & { onAdded: (orderId: string) => void }) {
  const [f, setF] = useState<Fields>({ name: '', email: '', phone: '', timeZone: '', amount: '', currency: defaultCurrency(locale), date: today(), what: '', due: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  // From the latest state: two inputs in one tick must not undo each other.
  const update = (key: keyof Fields, value: string) => setF((prev) => ({ ...prev, [key]: value }));
  const field = (key: keyof Fields, label: MessageKey, input: preact.JSX.Element) => (
    <div class="field">
      <label for={`debt-${key}`}>{t(label)}</label>
      {input}
      {errors[key] && (
        <p class="error" id={`debt-${key}-error`}>
          {t(errors[key]!)}
        </p>
      )}
    </div>
  );
  const text = (key: keyof Fields, type: 'text' | 'email' | 'tel' | 'date' = 'text') => {
    const props = { id: `debt-${key}`, value: f[key], 'aria-invalid': !!errors[key], onInput: (e: { currentTarget: HTMLInputElement }) => update(key, e.currentTarget.value) };
    // One branch per type: Preact's typings tie each input type to its own attributes.
    return type === 'date' ? <input type="date" {...props} /> : type === 'email' ? <input type="email" {...props} /> : type === 'tel' ? <input type="tel" {...props} /> : <input type="text" {...props} />;
  };

  async function save(event: Event) {
    event.preventDefault();
    const found = check(f);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const orderId = await newManualOrderId(f.date, async (id) => !!(await getOrder(db, 'generic', id)));
      const amount = { amount: parseAmountInput(f.amount, f.currency)!, currency: f.currency };
      const snapshot: OrderSnapshot = {
        marketplace: 'generic',
        orderId,
        url: pageUrl(`#/order/generic/${encodeURIComponent(orderId)}`),
        status: 'unpaid',
        statusText: t('status_unpaid'),
        buyer: { name: f.name.trim(), ...(f.email.trim() && { email: f.email.trim() }), ...(f.phone.trim() && { phone: f.phone.trim() }), ...(f.timeZone && { timeZone: f.timeZone }) },
        total: amount,
        amountDue: amount,
        placedAt: new Date(`${f.date}T12:00:00`).toISOString(),
        ...(f.due && { dueAt: new Date(`${f.due}T23:59:00`).toISOString() }),
        items: [{ title: f.what.trim(), quantity: 1 }],
      };
      await ingestSnapshots(db, [snapshot]);
      onChanged();
      onAdded(orderId);
    } catch (error) {
      setFailure((error as Error).message);
    }
  }

  return (
    <form class="add-debt" onSubmit={save} noValidate>
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
      <button type="submit" class="primary">
        {t('dashAddDebtSave')}
      </button>
    </form>
  );
}
