import type { CaseFacts } from '@/lib/cases/case-facts';
import type { SettleDb } from '@/lib/db/schema';
import type { OrderRecord } from '@/lib/model/order-record';
import { keyFor, t, type MessageKey } from '@/lib/i18n/t';
import { formatMoney } from '@/lib/model/money';
import { formatDateTime } from '../format';
import { CaseDates } from './CaseDates';
import { CaseOrders } from './CaseOrders';
import { CaseDeadlineForm } from './CaseDeadlineForm';
import { Source } from './Source';

interface Props {
  db: SettleDb;
  facts: CaseFacts;
  order: OrderRecord;
  locale: string;
  timeZone?: string;
  onChanged: () => void;
}

/**
 * The order's case: its venue; the orders it covers when it is a case on a buyer, with what they
 * owe together; the dates that matter (its deadline, the venue's window, the time limit to claim);
 * what the venue asks for, ticked from what every order of the case holds; its limits.
 */
export function CasePanel({ db, facts, order, locale, timeZone, onChanged }: Props) {
  const { venue, checklist } = facts;
  return (
    <section class="case-panel" data-venue={venue?.id ?? ''} data-case-orders={facts.others.length + 1}>
      <h3>{t('caseTitle')}</h3>
      <p>
        {t(
          'caseOpened',
          formatDateTime(facts.openedAt, locale),
          venue ? t(keyFor('venue', venue.id)) : t('caseNoVenue'),
        )}
      </p>
      <CaseOrders facts={facts} order={order} locale={locale} />
      <CaseDates facts={facts} locale={locale} />
      {order.chase.stage === 'case' && (
        <CaseDeadlineForm db={db} order={order} timeZone={timeZone} onChanged={onChanged} />
      )}
      {checklist.length > 0 && (
        <>
          <h4>{t('caseChecklist')}</h4>
          <ul class="checklist">
            {checklist.map(({ item, done }) => (
              <li key={item} data-item={item} data-done={String(done)}>
                {done ? '✓' : '✗'} {t(keyFor('checklist', item))} · {t(done ? 'caseDone' : 'caseMissing')}
              </li>
            ))}
          </ul>
        </>
      )}
      {venue?.fileTypes && (
        <p>
          {t('caseFileTypes', venue.fileTypes.value.join(', '))} <Source fact={venue.fileTypes} />
        </p>
      )}
      {venue?.maxFileBytes && (
        <p>
          {t('caseMaxFile', `${Math.round(venue.maxFileBytes.value / 1024 / 1024)} MB`)}{' '}
          <Source fact={venue.maxFileBytes} />
        </p>
      )}
      {venue?.claimLimit && (
        <p>
          {t('caseClaimLimit', formatMoney(venue.claimLimit.value, locale))} <Source fact={venue.claimLimit} />
        </p>
      )}
      {venue?.note && (
        <p>
          {t(venue.note.value as MessageKey)} <Source fact={venue.note} />
        </p>
      )}
    </section>
  );
}
