import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { VENUES, venueOf } from '@/lib/cases/venues';
import type { OpenCaseInput } from '@/lib/db/open-case';
import type { OrderRecord } from '@/lib/model/order-record';
import type { VenueId } from '@/lib/model/venue-id';
import { formatMoney } from '@/lib/model/money';
import { amountOwed } from '@/lib/reminders/draft';
import { keyFor, t, type MessageKey } from '@/lib/i18n/t';
import { checkComingDate, endOfDayIn, MAX_YEARS_AWAY, todayIn } from './dates';

/** The venue a case on this order most likely goes to: the marketplace's own, when it has one. */
const suggestedVenue = (order: OrderRecord): string => VENUES.find((v) => v.id === order.marketplace)?.id ?? '';

interface Props {
  order: OrderRecord;
  /** The buyer's other open orders at this shop the case may also cover (lib/cases/buyer-case.ts). */
  candidates: OrderRecord[];
  locale: string;
  timeZone?: string;
  busy: boolean;
  /** Shows a mistake in this form (ChaseActions keeps what the last step did). */
  fail: (formId: string, text: string) => void;
  note: (formId: string) => JSX.Element | false | undefined;
  invalid: (formId: string) => boolean;
  onOpen: (input: OpenCaseInput) => void;
}

/**
 * Opens a case: where, the deadline the venue gave it when the seller knows it (a venue that sets
 * one per dispute says so beside the field), and — for a case on the buyer — which of the buyer's
 * other open orders at this shop it covers too.
 */
export function OpenCaseForm({ order, candidates, locale, timeZone, busy, fail, note, invalid, onOpen }: Props) {
  const [venue, setVenue] = useState(suggestedVenue(order));
  const [deadline, setDeadline] = useState('');
  const [joined, setJoined] = useState<string[]>([]);
  const window = venueOf(venue as VenueId)?.window;
  const perCase = window && 'perCase' in window.value ? window.value : undefined;

  const submit = (e: Event) => {
    e.preventDefault();
    const wrong = deadline ? checkComingDate(deadline, timeZone) : undefined;
    if (wrong) return fail('act-case', t(wrong, MAX_YEARS_AWAY));
    const withOrders = joined.filter((id) => candidates.some((o) => o.orderId === id));
    onOpen({
      ...(venue && { venue: venue as VenueId }),
      ...(deadline && { deadline: endOfDayIn(deadline, timeZone) }),
      ...(withOrders.length && { withOrders }),
    });
  };
  const toggle = (orderId: string, on: boolean) =>
    setJoined((prev) => (on ? [...prev.filter((id) => id !== orderId), orderId] : prev.filter((id) => id !== orderId)));

  return (
    <form class="act-case" onSubmit={submit}>
      <label for="act-case">{t('caseOpenAt')}</label>
      <div class="row">
        <select id="act-case" value={venue} onChange={(e) => setVenue(e.currentTarget.value)}>
          <option value="">{t('caseChooseVenue')}</option>
          {VENUES.map((v) => (
            <option key={v.id} value={v.id}>
              {t(keyFor('venue', v.id))}
            </option>
          ))}
        </select>
      </div>
      <label for="act-case-deadline">{t('caseDeadlineInput')}</label>
      <div class="row">
        <input
          id="act-case-deadline"
          type="date"
          min={todayIn(timeZone)}
          value={deadline}
          onInput={(e) => setDeadline(e.currentTarget.value)}
          aria-invalid={invalid('act-case')}
        />
      </div>
      {perCase && <p class="muted case-window-hint">{t(perCase.rule as MessageKey)}</p>}
      {candidates.length > 0 && (
        <fieldset class="case-buyer-orders">
          <legend>{t('caseAlsoOrders')}</legend>
          {candidates.map((o) => (
            <label key={o.orderId} class="check">
              <input
                type="checkbox"
                value={o.orderId}
                checked={joined.includes(o.orderId)}
                onChange={(e) => toggle(o.orderId, e.currentTarget.checked)}
              />{' '}
              #{o.orderId} · {formatMoney(amountOwed(o), locale)}
            </label>
          ))}
        </fieldset>
      )}
      {note('act-case')}
      <div class="row">
        <button type="submit" class="open-case" disabled={busy}>
          {t('caseOpen')}
        </button>
      </div>
    </form>
  );
}
