import type { ChaseEvent } from '../model/chase';
import { isAddedByHand } from '../marketplaces/generic/added-by-hand';
import type { OrderEvent, SentMessage } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { formatMoney } from '../model/money';
import { keyFor, t } from './t';
import { channelName } from './channel-words';
import { formatDateTime } from './format-date-time';

/** One event as a line a seller reads. */
export function describeEvent(e: OrderEvent, currency: string, locale: string): string {
  const d = e.data;
  switch (d.type) {
    case 'detected':
      return isAddedByHand(e)
        ? t('evAdded', formatMoney(d.total, locale))
        : t('evDetected', t(keyFor('status', d.status)), formatMoney(d.total, locale));
    case 'status_changed':
      return t('evStatusChanged', d.statusText);
    case 'amount_changed':
      return t('evAmountChanged', formatMoney(d.from, locale), formatMoney(d.to, locale));
    case 'details_changed':
      return t(
        'evDetailsChanged',
        new Intl.ListFormat(locale, { type: 'conjunction' }).format(d.fields.map((f) => t(keyFor('detailField', f)))),
      );
    case 'reminder_failed':
      return t('evReminderFailed', t(keyFor('tone', d.tone)), channelName(e.marketplace, d.channel), d.error);
    case 'evidence_added':
      return t('evEvidenceAdded', t(keyFor('evidenceKind', d.kind)), d.name, d.bytes.toLocaleString(locale));
    case 'note_added':
      return t('evNoteAdded', d.text);
    case 'renumbered':
      return t('evRenumbered', d.from, d.to);
    case 'reminder_sent_outside_chase':
      return t(
        'evReminderSentOutsideChase',
        t(keyFor('tone', d.tone)),
        channelName(e.marketplace, d.message.channel),
        d.paused ? `${t(keyFor('stage', d.stage))}, ${t('dashPausedShort')}` : t(keyFor('stage', d.stage)),
      );
    case 'chase':
      return describeChaseStep(d.change, t(keyFor('stage', d.to)), d.message, e.marketplace, currency, locale);
  }
}

/**
 * One step of the chase. A step that always lands on the same stage (written off, more time) or
 * leaves it as it was (a promise, a pause) says only what happened; the others say where it left the order.
 */
function describeChaseStep(
  c: ChaseEvent,
  to: string,
  message: SentMessage | undefined,
  marketplace: MarketplaceId,
  currency: string,
  locale: string,
): string {
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  switch (c.type) {
    case 'reminder_sent':
      return t('evReminderSent', t(keyFor('tone', c.tone)), message ? channelName(marketplace, message.channel) : '');
    case 'payment_recorded':
      return c.overpaid
        ? `${t('ev_payment_recorded', money(c.amount), to)} ${t('evOverpaid', money(c.overpaid))}`
        : t('ev_payment_recorded', money(c.amount), to);
    case 'settled':
      return t('ev_settled', money(c.amount));
    case 'promise_recorded':
      return t('ev_promise_recorded', formatDateTime(c.by, locale));
    case 'extension_granted':
      return t('ev_extension_granted', formatDateTime(c.until, locale));
    case 'case_opened': {
      const also = [
        ...(c.orders && c.orders.length > 1 ? [t('evCaseOrders', c.orders.map((id) => `#${id}`).join(', '))] : []),
        ...(c.deadline ? [t('evCaseDeadlineAt', formatDateTime(c.deadline, locale))] : []),
      ];
      return `${t('ev_case_opened')}${c.venue ? ` (${t(keyFor('venue', c.venue))})` : ''}${also.map((a) => ` — ${a}`).join('')}`;
    }
    case 'case_deadline_set':
      return c.deadline ? t('evCaseDeadline', formatDateTime(c.deadline, locale)) : t('evCaseDeadlineCleared');
    case 'plan_agreed':
    case 'promise_broken':
    case 'paused':
    case 'resumed':
    case 'written_off':
    case 'console_paid':
    case 'console_cancelled':
      return t(keyFor('ev', c.type));
    // `reopened` (the seller undid a closing of their own) reads "Reopened in Settle; now …" like the other steps that may land anywhere.
    case 'extension_lapsed':
    case 'console_reopened':
    case 'reopened':
      return t(keyFor('ev', c.type), to);
  }
}
