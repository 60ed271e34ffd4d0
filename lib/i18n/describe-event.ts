import type { OrderEvent } from '../model/events';
import { formatMoney } from '../model/money';
import { keyFor, t } from './t';
import { channelName } from './channel-words';
import { formatDateTime } from './format-date-time';

/** One event as a line a seller reads. */
export function describeEvent(e: OrderEvent, currency: string, locale: string): string {
  const d = e.data;
  switch (d.type) {
    case 'detected':
      return e.marketplace === 'generic' ? t('evAdded', formatMoney(d.total, locale)) : t('evDetected', t(keyFor('status', d.status)), formatMoney(d.total, locale));
    case 'status_changed':
      return t('evStatusChanged', d.statusText);
    case 'amount_changed':
      return t('evAmountChanged', formatMoney(d.from, locale), formatMoney(d.to, locale));
    case 'details_changed':
      return t('evDetailsChanged', d.fields.join(', '));
    case 'reminder_failed':
      return t('evReminderFailed', t(keyFor('tone', d.tone)), channelName(e.marketplace, d.channel), d.error);
    case 'evidence_added':
      return t('evEvidenceAdded', t(keyFor('evidenceKind', d.kind)), d.name, d.bytes.toLocaleString(locale));
    case 'note_added':
      return t('evNoteAdded', d.text);
    case 'reminder_sent_outside_chase':
      return t('evReminderSentOutsideChase', t(keyFor('tone', d.tone)), channelName(e.marketplace, d.message.channel), d.paused ? `${t(keyFor('stage', d.stage))}, ${t('dashPausedShort')}` : t(keyFor('stage', d.stage)));
    case 'chase': {
      const c = d.change;
      const to = t(keyFor('stage', d.to));
      if (c.type === 'reminder_sent') return t('evReminderSent', t(keyFor('tone', c.tone)), d.message ? channelName(e.marketplace, d.message.channel) : '');
      if (c.type === 'payment_recorded' && c.overpaid) return `${t('ev_payment_recorded', formatMoney({ amount: c.amount, currency }, locale), to)} ${t('evOverpaid', formatMoney({ amount: c.overpaid, currency }, locale))}`;
      if (c.type === 'payment_recorded' || c.type === 'settled') return t(keyFor('ev', c.type), formatMoney({ amount: c.amount, currency }, locale), to);
      if (c.type === 'case_opened') {
        const also = [...(c.orders && c.orders.length > 1 ? [t('evCaseOrders', c.orders.map((id) => `#${id}`).join(', '))] : []), ...(c.deadline ? [t('evCaseDeadlineAt', formatDateTime(c.deadline, locale))] : [])];
        return `${t('ev_case_opened', to)}${c.venue ? ` (${t(keyFor('venue', c.venue))})` : ''}${also.map((a) => ` — ${a}`).join('')}`;
      }
      if (c.type === 'case_deadline_set') return c.deadline ? t('evCaseDeadline', formatDateTime(c.deadline, locale)) : t('evCaseDeadlineCleared');
      // `reopened` (the seller undid a closing of their own) reads "Reopened in Settle; now …" like every other step.
      return t(keyFor('ev', c.type), to);
    }
  }
}
