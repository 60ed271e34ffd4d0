/** One formatter per locale: making an Intl.DateTimeFormat costs ~0.1 ms, and a report formats every event's date. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The full date and time, for a tooltip beside a relative age. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(locale);
  if (!format)
    formatters.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(date);
}

/** A moment to the second with its zone, for a time an authority vouches for (a time stamp). */
export function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
}
