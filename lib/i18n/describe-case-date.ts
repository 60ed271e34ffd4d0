import { WARN_DAYS, type CaseDate } from '../cases/case-dates';
import type { Fact } from '../cases/venues';
import { formatDateTime } from './format-date-time';
import { keyFor, t, type MessageKey } from './t';

/** A case date as the dashboard and the report say it: what and when, the rule it comes from, its source, and whether it is near. */
export interface CaseDateText {
  label: string;
  /** The venue's rule in the seller's language (a window); a limitation's rule is in its label. */
  rule?: string;
  source?: Fact<unknown>;
  /** "Less than 14 days left." / "This date has passed." */
  flag?: string;
}

/** `venue` is the case's venue id; `buyerCase` names the order a date comes from when the case covers several. */
export function describeCaseDate(d: CaseDate, venue: string | undefined, buyerCase: boolean, locale: string): CaseDateText {
  const at = formatDateTime(d.at, locale);
  const flag = d.passed ? t('caseDatePassed') : d.soon ? t('caseDateSoon', WARN_DAYS[d.kind]) : undefined;
  const of = (orderId: string) => (buyerCase ? ` ${t('caseDateOrder', orderId)}` : '');
  switch (d.kind) {
    case 'deadline':
      return { label: t('caseDeadline', at), ...(flag && { flag }) };
    case 'window':
      return { label: `${t('caseWindow', t(keyFor('venue', venue ?? 'other')), at)}${of(d.orderId)}`, rule: t(d.fact.value.rule as MessageKey), source: d.fact, ...(flag && { flag }) };
    case 'limitation':
      return { label: `${t('caseLimitation', at, d.fact.value.rule)}${of(d.orderId)}`, source: d.fact, ...(flag && { flag }) };
  }
}
