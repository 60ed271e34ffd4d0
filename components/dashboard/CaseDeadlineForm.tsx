import { useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { setCaseDeadline } from '@/lib/db/open-case';
import { orderKeyOf, type OrderRecord } from '@/lib/model/order-record';
import { keyFor, t } from '@/lib/i18n/t';
import { checkComingDate, endOfDayIn, MAX_YEARS_AWAY, todayIn } from './dates';
import { useOneAtATime } from './use-one-at-a-time';
import { clockNow } from '@/lib/browser/clock';

/**
 * Sets or clears the open case's own deadline (a date the venue gave it: a dispute's evidence due
 * date, a hearing), on every order of the case. A day in the seller's zone, due at its end.
 */
export function CaseDeadlineForm({
  db,
  order,
  timeZone,
  onChanged,
}: {
  db: SettleDb;
  order: OrderRecord;
  timeZone?: string;
  onChanged: () => void;
}) {
  const [date, setDate] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const { busy, once } = useOneAtATime();
  const save = once(async (deadline: string | undefined) => {
    const result = await setCaseDeadline(db, orderKeyOf(order), deadline, {
      now: await clockNow(),
      url: location.href,
    });
    if (!result.ok)
      return setOutcome({
        ok: false,
        text: t('dashActionRefused', result.code ? t(keyFor('refuse', result.code)) : result.error),
      });
    setOutcome({ ok: true, text: t(deadline ? 'caseDoneDeadline' : 'caseDoneDeadlineCleared') });
    setDate('');
    onChanged();
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const wrong = date ? checkComingDate(date, timeZone) : 'dashErrDate';
    if (wrong) return setOutcome({ ok: false, text: t(wrong, MAX_YEARS_AWAY) });
    void save(endOfDayIn(date, timeZone));
  };
  return (
    <form class="case-deadline" onSubmit={submit}>
      <label for="case-deadline">{t('caseDeadlineChange')}</label>
      <div class="row">
        <input
          id="case-deadline"
          type="date"
          min={todayIn(timeZone)}
          value={date}
          onInput={(e) => setDate(e.currentTarget.value)}
          aria-invalid={outcome?.ok === false}
        />
        <button type="submit" disabled={busy}>
          {t('caseDeadlineSave')}
        </button>
        {order.chase.case?.deadline && (
          <button type="button" class="clear-deadline" disabled={busy} onClick={() => void save(undefined)}>
            {t('caseDeadlineClear')}
          </button>
        )}
      </div>
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}
