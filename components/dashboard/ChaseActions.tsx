import { useState } from 'preact/hooks';
import type { DashboardProps } from '@/entrypoints/dashboard/DashboardApp';
import { recordChase } from '@/lib/db/chase';
import { setBuyerPaused } from '@/lib/db/buyer-pause';
import type { ChaseEvent, Instalment } from '@/lib/model/chase';
import type { OrderRecord } from '@/lib/model/order-record';
import { isOpenStage } from '@/lib/tracker/lifecycle';
import { amountOwed } from '@/lib/reminders/draft';
import { keyFor, t, type MessageKey } from '@/lib/i18n/t';
import { parseAmountInput } from './amount-input';
import { splitIntoInstalments } from '@/lib/tracker/instalments';

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** The seller's steps on an order: payments, a plan, more time, a promise, pause, a case, settling for less, writing off. */
export function ChaseActions({ db, order, buyerPaused, onChanged }: DashboardProps & { order: OrderRecord; buyerPaused: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [form, setForm] = useState({ payment: '', settleAmount: '', settleReason: '', writeOffReason: '', until: '', promise: '', count: '3', first: '', every: '30' });
  const currency = order.total.currency;
  const owed = amountOwed(order).amount;
  const set = (key: keyof typeof form) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    setForm((prev) => ({ ...prev, [key]: value }));
  };

  async function run(change: ChaseEvent | MessageKey, done: MessageKey) {
    if (typeof change === 'string') return setOutcome({ ok: false, text: t(change) });
    const result = await recordChase(db, [order.marketplace, order.orderId], change, { now: new Date().toISOString(), url: location.href });
    setOutcome(result.ok ? { ok: true, text: t(done) } : { ok: false, text: t('dashActionRefused', result.code ? t(keyFor('refuse', result.code)) : result.error) });
    if (result.ok) onChanged();
  }
  async function pauseBuyer(paused: boolean) {
    const changed = await setBuyerPaused(db, order.marketplace, order.buyerKey, paused, { now: new Date().toISOString(), url: location.href });
    setOutcome({ ok: true, text: t(paused ? 'dashDoneBuyerPaused' : 'dashDoneBuyerResumed', changed) });
    onChanged();
  }
  const amount = (text: string) => parseAmountInput(text, currency);
  const endOfDay = (date: string) => (date ? new Date(`${date}T23:59:00`).toISOString() : '');
  const submit = (fn: () => Promise<void>) => (e: Event) => {
    e.preventDefault();
    void fn();
  };

  if (!isOpenStage(order.chase.stage)) return null;
  return (
    <section aria-labelledby="actions-h">
      <h3 id="actions-h">{t('dashActions')}</h3>
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      <div class="actions">
        <form class="act-payment" onSubmit={submit(() => run(amount(form.payment) ? { type: 'payment_recorded', amount: amount(form.payment)! } : 'dashErrAmount', 'dashDonePayment'))}>
          <label for="act-payment">{t('dashRecordPayment')}</label>
          <div class="row">
            <input id="act-payment" value={form.payment} onInput={set('payment')} placeholder={currency} />
            <button type="submit">{t('dashRecord')}</button>
            <button type="button" class="primary" onClick={() => void run({ type: 'payment_recorded', amount: owed }, 'dashDonePaidInFull')}>
              {t('dashPaidInFull')}
            </button>
          </div>
        </form>
        <form class="act-plan" onSubmit={submit(() => run(planOrError(), 'dashDonePlan'))}>
          <label>{t('dashAgreePlan')}</label>
          <div class="row">
            <input aria-label={t('dashPlanCount')} type="number" min={2} max={12} value={form.count} onInput={set('count')} />
            <input aria-label={t('dashPlanFirst')} type="date" value={form.first} onInput={set('first')} />
            <input aria-label={t('dashPlanEvery')} type="number" min={1} max={92} value={form.every} onInput={set('every')} />
            <button type="submit">{t('dashAgree')}</button>
          </div>
          <p class="muted">{t('dashPlanHint')}</p>
        </form>
        <form class="act-extension" onSubmit={submit(() => run(form.until ? { type: 'extension_granted', until: endOfDay(form.until) } : 'dashErrDate', 'dashDoneExtension'))}>
          <label for="act-until">{t('dashGrantExtension')}</label>
          <div class="row">
            <input id="act-until" type="date" value={form.until} onInput={set('until')} />
            <button type="submit">{t('dashGrant')}</button>
          </div>
        </form>
        <form class="act-promise" onSubmit={submit(() => run(form.promise ? { type: 'promise_recorded', by: endOfDay(form.promise) } : 'dashErrDate', 'dashDonePromise'))}>
          <label for="act-promise">{t('dashRecordPromise')}</label>
          <div class="row">
            <input id="act-promise" type="date" value={form.promise} onInput={set('promise')} />
            <button type="submit">{t('dashRecord')}</button>
          </div>
        </form>
        <form class="act-pause" onSubmit={submit(() => run({ type: order.chase.paused ? 'resumed' : 'paused' }, order.chase.paused ? 'dashDoneResumed' : 'dashDonePaused'))}>
          <label>{t('dashPauseLabel')}</label>
          <div class="row">
            <button type="submit">{t(order.chase.paused ? 'dashResume' : 'dashPause')}</button>
            {order.buyerKey !== '(unknown)' && (
              <button type="button" class="pause-buyer" onClick={() => void pauseBuyer(!buyerPaused)}>
                {t(buyerPaused ? 'dashResumeBuyer' : 'dashPauseBuyer')}
              </button>
            )}
            {order.chase.stage !== 'case' && (
              <button type="button" onClick={() => void run({ type: 'case_opened' }, 'dashDoneCase')}>
                {t('dashOpenCase')}
              </button>
            )}
          </div>
        </form>
        <form class="act-settle" onSubmit={submit(() => run(amount(form.settleAmount) === null ? 'dashErrAmount' : { type: 'settled', amount: amount(form.settleAmount)!, reason: form.settleReason }, 'dashDoneSettled'))}>
          <label for="act-settle">{t('dashSettle')}</label>
          <div class="row">
            <input id="act-settle" value={form.settleAmount} onInput={set('settleAmount')} placeholder={currency} />
            <input aria-label={t('dashReason')} placeholder={t('dashReason')} value={form.settleReason} onInput={set('settleReason')} />
            <button type="submit">{t('dashSettleButton')}</button>
          </div>
          <p class="muted">{t('dashSettleHint')}</p>
        </form>
        <form class="act-write-off" onSubmit={submit(() => run({ type: 'written_off', reason: form.writeOffReason }, 'dashDoneWrittenOff'))}>
          <label for="act-write-off">{t('dashWriteOff')}</label>
          <div class="row">
            <input id="act-write-off" placeholder={t('dashReason')} value={form.writeOffReason} onInput={set('writeOffReason')} />
            <button type="submit">{t('dashWriteOffButton')}</button>
          </div>
        </form>
      </div>
    </section>
  );

  function planOrError(): ChaseEvent | MessageKey {
    const count = Number(form.count);
    const every = Number(form.every);
    if (!form.first || !Number.isInteger(count) || count < 2 || count > 12 || !Number.isInteger(every) || every < 1) return 'dashErrPlan';
    const instalments: Instalment[] = splitIntoInstalments(owed, count, endOfDay(form.first), every);
    return { type: 'plan_agreed', instalments };
  }
}
