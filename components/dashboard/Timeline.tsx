import type { OrderEvent } from '@/lib/model/events';
import { t } from '@/lib/i18n/t';
import { describeEvent } from '@/lib/i18n/describe-event';
import { formatDateTime } from '../format';

/** The order's timeline, oldest first; a sent reminder shows the exact words that went out; `brokenAt` marks where the hash chain breaks. */
export function Timeline({
  events,
  currency,
  locale,
  brokenAt,
}: {
  events: OrderEvent[];
  currency: string;
  locale: string;
  brokenAt?: { event: OrderEvent; note: string };
}) {
  return (
    <ol class="timeline">
      {events.map((e) => (
        <li
          key={e.id}
          data-event={e.data.type === 'chase' ? `chase:${e.data.change.type}` : e.data.type}
          class={brokenAt?.event === e ? 'chain-broken' : undefined}
        >
          <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
          {describeEvent(e, currency, locale)}
          {brokenAt?.event === e && <strong class="chain-break">{brokenAt.note}</strong>}
          {(e.data.type === 'chase' || e.data.type === 'reminder_sent_outside_chase') && e.data.message && (
            <details>
              <summary>{t('evShowMessage')}</summary>
              <div class="draft">{e.data.message.text}</div>
            </details>
          )}
          {e.data.type === 'chase' && (e.data.change.type === 'settled' || e.data.change.type === 'written_off') && (
            <p class="muted">{e.data.change.reason}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
