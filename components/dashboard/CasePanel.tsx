import type { CaseFacts } from '@/lib/cases/case-facts';
import type { Fact } from '@/lib/cases/venues';
import { keyFor, t, type MessageKey } from '@/lib/i18n/t';
import { formatMoney } from '@/lib/model/money';
import { formatDateTime } from '../format';

/** Where a fact comes from and how sure it is, beside the fact. */
function Source({ fact }: { fact: Fact<unknown> }) {
  return <span class="source muted">{t('caseSource', fact.source, t(keyFor('confidence', fact.confidence)))}</span>;
}

/** The open case: its venue, what the venue asks for (ticked from what the order holds), its limits and the time left to claim. */
export function CasePanel({ facts, locale }: { facts: CaseFacts; locale: string }) {
  const { venue, checklist, limitation } = facts;
  return (
    <section class="case-panel" data-venue={venue?.id ?? ''}>
      <h3>{t('caseTitle')}</h3>
      <p>{t('caseOpened', formatDateTime(facts.openedAt, locale), venue ? t(keyFor('venue', venue.id)) : t('caseNoVenue'))}</p>
      {limitation && (
        <p class={limitation.soon || limitation.passed ? 'warning limitation' : 'limitation'} role={limitation.soon || limitation.passed ? 'alert' : undefined}>
          {t('caseLimitation', formatDateTime(limitation.ends, locale), limitation.value.rule)} {limitation.passed ? t('caseLimitationPassed') : limitation.soon ? t('caseLimitationSoon') : ''} <Source fact={limitation} />
        </p>
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
          {t('caseMaxFile', `${Math.round(venue.maxFileBytes.value / 1024 / 1024)} MB`)} <Source fact={venue.maxFileBytes} />
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
