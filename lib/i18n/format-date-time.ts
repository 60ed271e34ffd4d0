import { dateTimeFormat } from './intl-cache';

/** The full date and time, for a tooltip beside a relative age. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A rule's date (lib/marketplaces/rules): its calendar day alone when it has no time of day, else its date and time. */
export function formatRuleDate(date: { at: string; day?: string }, locale: string): string {
  if (!date.day) return formatDateTime(date.at, locale);
  // The day at midnight UTC, written in UTC: the same calendar day in every zone.
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${date.day}T00:00:00Z`));
}

/** A moment to the second with its zone, for a time an authority vouches for (a time stamp). */
export function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
}
