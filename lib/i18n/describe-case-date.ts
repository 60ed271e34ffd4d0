import { WARN_DAYS, type CaseDate } from '../cases/case-dates';
import type { Fact, Venue } from '../cases/venues';
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

/**
 * `venue` is the case's venue; `buyerCase` names the order a date comes from when the case covers
 * several. The deadline is the seller's; where the venue sets one per dispute, its rule and source go with it.
 */
export function describeCaseDate(
  d: CaseDate,
  venue: Venue | undefined,
  buyerCase: boolean,
  locale: string,
): CaseDateText {
  const at = formatDateTime(d.at, locale);
  const flag = d.passed ? t('caseDatePassed') : d.soon ? t('caseDateSoon', WARN_DAYS[d.kind]) : undefined;
  const of = (orderId: string) => {
    const order = t('caseDateOrder', orderId);
    // "(order #1)" after a space; Chinese "（订单 #1）" needs none before its full-width bracket.
    return buyerCase ? `${order.startsWith('（') ? '' : ' '}${order}` : '';
  };
  switch (d.kind) {
    case 'deadline': {
      const perCase = venue?.window && 'perCase' in venue.window.value ? venue.window : undefined;
      return {
        label: t('caseDeadline', at),
        ...(perCase && { rule: t(perCase.value.rule as MessageKey), source: perCase }),
        ...(flag && { flag }),
      };
    }
    case 'window':
      return {
        label: `${t('caseWindow', t(keyFor('venue', venue?.id ?? 'other')), at)}${of(d.orderId)}`,
        rule: t(d.fact.value.rule as MessageKey),
        source: d.fact,
        ...(flag && { flag }),
      };
    case 'limitation':
      return {
        label: `${t('caseLimitation', at, d.fact.value.rule)}${of(d.orderId)}`,
        source: d.fact,
        ...(flag && { flag }),
      };
  }
}
