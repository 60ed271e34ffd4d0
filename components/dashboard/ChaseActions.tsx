import { useEffect, useRef, useState } from 'preact/hooks';
import { isAddedByHand } from '@/lib/marketplaces/generic/added-by-hand';
import type { DashboardProps } from './dashboard-props';
import { recordChase } from '@/lib/db/chase';
import { buyerKeyFor, orderKeyOf } from '@/lib/model/order-record';
import { setBuyerPaused } from '@/lib/db/buyer-pause';
import type { ChaseEvent, Instalment } from '@/lib/model/chase';
import type { OrderRecord } from '@/lib/model/order-record';
import { isOpenStage } from '@/lib/tracker/lifecycle';
import { isOpenStatus } from '@/lib/model/order';
import { formatMoney } from '@/lib/model/money';
import { amountOwed } from '@/lib/reminders/draft';
import { countedKey, keyFor, t } from '@/lib/i18n/t';
import { checkAmountInput } from './amount-input';
import { checkComingDate, endOfDayIn, MAX_YEARS_AWAY, todayIn } from './dates';
import { ConfirmStep } from './ConfirmStep';
import { useOneAtATime } from './use-one-at-a-time';
import { splitIntoInstalments } from '@/lib/tracker/instalments';
import { openCase, type OpenCaseInput } from '@/lib/db/open-case';
import { OpenCaseForm } from './OpenCaseForm';
import { clockNow } from '@/lib/browser/clock';

/** What the last step did; `form` names the form a mistake is shown in, beside its field. */
type Outcome = { ok: boolean; text: string; form?: string };
/** A step that closes the order or records more than is owed: asked once before it is written. */
type Confirming =
  { kind: 'overpayment'; amount: number; over: number } | { kind: 'paid_in_full' } | { kind: 'write_off' };

/**
 * The seller's steps on an order: payments, a plan, more time, a promise, pause, a case (on the
 * order, or on its buyer's open orders at this shop: `caseCandidates`), settling for less, writing
 * off — and, once the seller closed it here, reopening it. One write at a time: a double click
 * records once. Dates are days in the seller's zone (`timeZone`).
 */
export function ChaseActions({
  db,
  locale,
  order,
  buyerPaused,
  timeZone,
  caseCandidates,
  onChanged,
}: DashboardProps & { order: OrderRecord; buyerPaused: boolean; timeZone?: string; caseCandidates: OrderRecord[] }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirming, setConfirming] = useState<Confirming>();
  const { busy, once } = useOneAtATime();
  // A step disables the buttons while it writes and may close the order (another section): the
  // keyboard goes on from the line that says what happened, not from the top of the page.
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const open = isOpenStage(order.chase.stage);
  useEffect(() => outcomeRef.current?.focus(), [outcome, open]);
  const [form, setForm] = useState({
    payment: '',
    settleAmount: '',
    settleReason: '',
    writeOffReason: '',
    until: '',
    promise: '',
    count: '3',
    first: '',
    every: '30',
  });
  const currency = order.total.currency;
  const owed = amountOwed(order).amount;
  /** What the lifecycle counts as owed: a payment above it is an overpayment. */
  const dueInChase = Math.max(0, order.total.amount - order.chase.paid);
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  const today = todayIn(timeZone);
  const set = (key: keyof typeof form) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    setForm((prev) => ({ ...prev, [key]: value }));
    // A confirmation is for the amount it names: typing another one takes it back.
    if (key === 'payment' || key === 'writeOffReason') setConfirming(undefined);
  };
  const fail = (formId: string, text: string) => {
    setConfirming(undefined);
    setOutcome({ ok: false, text, form: formId });
  };

  const run = once(async (change: ChaseEvent, done: string) => {
    setConfirming(undefined);
    const result = await recordChase(db, orderKeyOf(order), change, { now: await clockNow(), url: location.href });
    setOutcome(
      result.ok
        ? { ok: true, text: done }
        : { ok: false, text: t('dashActionRefused', result.code ? t(keyFor('refuse', result.code)) : result.error) },
    );
    if (result.ok) onChanged();
  });
  const openCaseStep = once(async (input: OpenCaseInput) => {
    setConfirming(undefined);
    const result = await openCase(db, orderKeyOf(order), input, { now: await clockNow(), url: location.href });
    if (!result.ok)
      return fail(
        'act-case',
        result.notJoinable
          ? t('caseErrNotJoinable', result.notJoinable)
          : t('dashActionRefused', result.code ? t(keyFor('refuse', result.code)) : result.error),
      );
    setOutcome({
      ok: true,
      text: result.orders.length > 1 ? t('caseDoneBuyerCase', result.orders.length) : t('dashDoneCase'),
    });
    onChanged();
  });
  const pauseBuyer = once(async (paused: boolean) => {
    const changed = await setBuyerPaused(db, buyerKeyFor(order), paused, { now: await clockNow(), url: location.href });
    setOutcome({
      ok: true,
      text: t(countedKey(paused ? 'dashDoneBuyerPaused' : 'dashDoneBuyerResumed', changed), changed),
    });
    onChanged();
  });
  const submit = (fn: () => unknown) => (e: Event) => {
    e.preventDefault();
    void fn();
  };
  /** A mistake in one form, shown in that form beside its fields. */
  const note = (formId: string) =>
    outcome?.form === formId && (
      <p class="error" role="alert" id={`${formId}-error`}>
        {outcome.text}
      </p>
    );
  const invalid = (formId: string) => outcome?.form === formId;

  function recordPayment() {
    const amount = checkAmountInput(form.payment, currency, locale);
    if (!amount.ok) return fail('act-payment', amount.error);
    if (amount.minor > dueInChase)
      return setConfirming({ kind: 'overpayment', amount: amount.minor, over: amount.minor - dueInChase });
    return run({ type: 'payment_recorded', amount: amount.minor }, t('dashDonePayment'));
  }
  function comingDate(formId: string, date: string, make: (endOfDay: string) => ChaseEvent, done: string) {
    if (!date) return fail(formId, t('dashErrDate'));
    const wrong = checkComingDate(date, timeZone);
    if (wrong) return fail(formId, t(wrong, MAX_YEARS_AWAY));
    return run(make(endOfDayIn(date, timeZone)), done);
  }
  function settle() {
    const amount = checkAmountInput(form.settleAmount, currency, locale);
    if (!amount.ok) return fail('act-settle', amount.error);
    return run({ type: 'settled', amount: amount.minor, reason: form.settleReason }, t('dashDoneSettled'));
  }
  function writeOff() {
    // Ask for the reason before asking to confirm: a confirmed step should not then be refused.
    if (!form.writeOffReason.trim()) return fail('act-write-off', t('dashActionRefused', t('refuse_reason_needed')));
    setOutcome(undefined);
    return setConfirming({ kind: 'write_off' });
  }
  const confirmStep = (kind: Confirming['kind']) => {
    if (confirming?.kind !== kind) return null;
    const no = t('dashCancel');
    const onNo = () => setConfirming(undefined);
    if (confirming.kind === 'overpayment') {
      const { amount, over } = confirming;
      return (
        <ConfirmStep
          id="confirm-overpayment"
          text={t('dashConfirmOverpayment', money(dueInChase), money(amount), money(over))}
          yes={t('dashConfirmOverpaymentYes')}
          no={no}
          busy={busy}
          onYes={() =>
            void run({ type: 'payment_recorded', amount, overpaid: over }, t('dashDoneOverpayment', money(over)))
          }
          onNo={onNo}
        />
      );
    }
    if (confirming.kind === 'paid_in_full') {
      return (
        <ConfirmStep
          id="confirm-paid-in-full"
          text={t('dashConfirmPaidInFull', money(owed))}
          yes={t('dashConfirmPaidInFullYes')}
          no={no}
          busy={busy}
          onYes={() => void run({ type: 'payment_recorded', amount: owed }, t('dashDonePaidInFull'))}
          onNo={onNo}
        />
      );
    }
    return (
      <ConfirmStep
        id="confirm-write-off"
        text={t('dashConfirmWriteOff', money(dueInChase))}
        yes={t('dashWriteOffButton')}
        no={no}
        busy={busy}
        onYes={() => void run({ type: 'written_off', reason: form.writeOffReason }, t('dashDoneWrittenOff'))}
        onNo={onNo}
      />
    );
  };
  const outcomeLine = outcome && !outcome.form && (
    <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'} tabIndex={-1} ref={outcomeRef}>
      {outcome.text}
    </p>
  );

  if (!open) {
    // Only the seller's own closing is undone here, never one the console shows (paid, cancelled on the console).
    const before = order.chase.beforeClose;
    if (!before || (!isAddedByHand(order) && !isOpenStatus(order.status)))
      return outcomeLine ? <section>{outcomeLine}</section> : null;
    const stage = t(keyFor('stage', before.stage));
    return (
      <section class="reopen" aria-labelledby="reopen-h">
        <h3 id="reopen-h">{t('dashClosedHere')}</h3>
        {outcomeLine}
        <p class="muted">{t('dashReopenHint', stage)}</p>
        <button
          type="button"
          class="reopen"
          disabled={busy}
          onClick={() => void run({ type: 'reopened' }, t('dashDoneReopened', stage))}
        >
          {t('dashReopen')}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="actions-h">
      <h3 id="actions-h">{t('dashActions')}</h3>
      {outcomeLine}
      <div class="actions">
        <form class="act-payment" onSubmit={submit(recordPayment)}>
          <label for="act-payment">{t('dashRecordPayment')}</label>
          <div class="row">
            <input
              id="act-payment"
              value={form.payment}
              onInput={set('payment')}
              placeholder={currency}
              aria-invalid={invalid('act-payment')}
            />
            <button type="submit" disabled={busy}>
              {t('dashRecord')}
            </button>
            <button
              type="button"
              class="primary paid-in-full"
              disabled={busy}
              onClick={() => {
                setOutcome(undefined);
                setConfirming({ kind: 'paid_in_full' });
              }}
            >
              {t('dashPaidInFull')}
            </button>
          </div>
          {note('act-payment')}
          {confirmStep('overpayment')}
          {confirmStep('paid_in_full')}
        </form>
        <form class="act-plan" onSubmit={submit(agreePlan)}>
          <label>{t('dashAgreePlan')}</label>
          <div class="row">
            <input
              aria-label={t('dashPlanCount')}
              type="number"
              min={2}
              max={12}
              value={form.count}
              onInput={set('count')}
            />
            <input
              aria-label={t('dashPlanFirst')}
              type="date"
              min={today}
              value={form.first}
              onInput={set('first')}
              aria-invalid={invalid('act-plan')}
            />
            <input
              aria-label={t('dashPlanEvery')}
              type="number"
              min={1}
              max={92}
              value={form.every}
              onInput={set('every')}
            />
            <button type="submit" disabled={busy}>
              {t('dashAgree')}
            </button>
          </div>
          {note('act-plan')}
          <p class="muted">{t('dashPlanHint')}</p>
        </form>
        <form
          class="act-extension"
          onSubmit={submit(() =>
            comingDate(
              'act-extension',
              form.until,
              (until) => ({ type: 'extension_granted', until }),
              t('dashDoneExtension'),
            ),
          )}
        >
          <label for="act-until">{t('dashGrantExtension')}</label>
          <div class="row">
            <input
              id="act-until"
              type="date"
              min={today}
              value={form.until}
              onInput={set('until')}
              aria-invalid={invalid('act-extension')}
            />
            <button type="submit" disabled={busy}>
              {t('dashGrant')}
            </button>
          </div>
          {note('act-extension')}
        </form>
        <form
          class="act-promise"
          onSubmit={submit(() =>
            comingDate('act-promise', form.promise, (by) => ({ type: 'promise_recorded', by }), t('dashDonePromise')),
          )}
        >
          <label for="act-promise">{t('dashRecordPromise')}</label>
          <div class="row">
            <input
              id="act-promise"
              type="date"
              min={today}
              value={form.promise}
              onInput={set('promise')}
              aria-invalid={invalid('act-promise')}
            />
            <button type="submit" disabled={busy}>
              {t('dashRecord')}
            </button>
          </div>
          {note('act-promise')}
        </form>
        <form
          class="act-pause"
          onSubmit={submit(() =>
            run(
              { type: order.chase.paused ? 'resumed' : 'paused' },
              t(order.chase.paused ? 'dashDoneResumed' : 'dashDonePaused'),
            ),
          )}
        >
          <label>{t('dashPauseLabel')}</label>
          <div class="row">
            <button type="submit" disabled={busy}>
              {t(order.chase.paused ? 'dashResume' : 'dashPause')}
            </button>
            {order.buyerKey !== '(unknown)' && (
              <button type="button" class="pause-buyer" disabled={busy} onClick={() => void pauseBuyer(!buyerPaused)}>
                {t(buyerPaused ? 'dashResumeBuyer' : 'dashPauseBuyer')}
              </button>
            )}
          </div>
        </form>
        {order.chase.stage !== 'case' && (
          <OpenCaseForm
            order={order}
            candidates={caseCandidates}
            locale={locale}
            timeZone={timeZone}
            busy={busy}
            fail={fail}
            note={note}
            invalid={invalid}
            onOpen={(input) => void openCaseStep(input)}
          />
        )}
        <form class="act-settle" onSubmit={submit(settle)}>
          <label for="act-settle">{t('dashSettle')}</label>
          <div class="row">
            <input
              id="act-settle"
              value={form.settleAmount}
              onInput={set('settleAmount')}
              placeholder={currency}
              aria-invalid={invalid('act-settle')}
            />
            <input
              aria-label={t('dashReason')}
              placeholder={t('dashReason')}
              value={form.settleReason}
              onInput={set('settleReason')}
            />
            <button type="submit" disabled={busy}>
              {t('dashSettleButton')}
            </button>
          </div>
          {note('act-settle')}
          <p class="muted">{t('dashSettleHint')}</p>
        </form>
        <form class="act-write-off" onSubmit={submit(writeOff)}>
          <label for="act-write-off">{t('dashWriteOff')}</label>
          <div class="row">
            <input
              id="act-write-off"
              placeholder={t('dashReason')}
              value={form.writeOffReason}
              onInput={set('writeOffReason')}
              aria-invalid={invalid('act-write-off')}
            />
            <button type="submit" disabled={busy}>
              {t('dashWriteOffButton')}
            </button>
          </div>
          {note('act-write-off')}
          {confirmStep('write_off')}
        </form>
      </div>
    </section>
  );

  /** 2 to 12 instalments of what is owed, the first today or later in the seller's zone, each at the end of its day. */
  function agreePlan() {
    const count = Number(form.count);
    const every = Number(form.every);
    if (!form.first || !Number.isInteger(count) || count < 2 || count > 12 || !Number.isInteger(every) || every < 1)
      return fail('act-plan', t('dashErrPlan'));
    const wrong = checkComingDate(form.first, timeZone);
    if (wrong) return fail('act-plan', t(wrong, MAX_YEARS_AWAY));
    const instalments: Instalment[] = splitIntoInstalments(owed, count, endOfDayIn(form.first, timeZone), every);
    return run({ type: 'plan_agreed', instalments }, t('dashDonePlan'));
  }
}
