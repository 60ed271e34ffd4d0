import { clockNowSync } from '@/lib/browser/clock';
import { relativeTimeFormat } from '@/lib/i18n/intl-cache';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / "3天前" for an ISO date (local wall time when it has no offset). */
export function formatAge(iso: string, locale: string, now = Date.parse(clockNowSync())): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  if (!Number.isFinite(seconds)) return iso;
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  return rtf.format(0, 'minute');
}

export { formatDateTime, formatRuleDate } from '@/lib/i18n/format-date-time';
