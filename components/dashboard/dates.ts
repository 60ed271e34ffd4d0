import { instantOf, isKnownTimeZone, wallTimeAt } from '@/lib/tracker/zoned-time';
import type { MessageKey } from '@/lib/i18n/t';
import { clockNowSync } from '@/lib/browser/clock';

/** How far from today a date the seller types may be, either way: more is a slip of the keyboard (2062 for 2026). */
export const MAX_YEARS_AWAY = 10;

const zoneOrLocal = (timeZone?: string) =>
  timeZone && isKnownTimeZone(timeZone) ? timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today as YYYY-MM-DD (what a date input holds) in `timeZone` (this computer's zone when none or unknown). */
export function todayIn(timeZone?: string, now = Date.parse(clockNowSync())): string {
  const w = wallTimeAt(now, zoneOrLocal(timeZone));
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** True for a YYYY-MM-DD that names a real day (no 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The same day `years` years later (earlier when negative), as YYYY-MM-DD; 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = Math.min(d, new Date(Date.UTC(y + years, m, 0)).getUTCDate());
  return `${pad(y + years, 4)}-${pad(m)}-${pad(day)}`;
}

/** The last minute of a day (23:59) in `timeZone`, as an ISO instant: a deadline "on" that day. */
export function endOfDayIn(date: string, timeZone?: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(
    instantOf({ year, month, day, hour: 23, minute: 59, second: 0 }, zoneOrLocal(timeZone)),
  ).toISOString();
}

/**
 * What is wrong with a date that must be today or later in the seller's zone (a plan's first
 * instalment, more time, a promise to pay); undefined when it is fine.
 */
export function checkComingDate(
  date: string,
  timeZone?: string,
  now = Date.parse(clockNowSync()),
): MessageKey | undefined {
  if (!isCalendarDate(date)) return 'dashErrDate';
  const today = todayIn(timeZone, now);
  if (date < today) return 'dashErrDatePast';
  if (date > addYears(today, MAX_YEARS_AWAY)) return 'dashErrDateTooFar';
  return undefined;
}
