import type { OrderSnapshot, PrintedDate } from '../model/order';

/**
 * An order's `printedDates` from the words a reader found for its dates (empty words are no date),
 * each with the page's hints; spread into the snapshot. The background reads them
 * (lib/marketplaces/resolve-dates.ts): a reader never parses a date itself.
 */
export function printedDatesOf(
  words: { placedAt?: string; dueAt?: string },
  hints: Omit<PrintedDate, 'text'>,
): Pick<OrderSnapshot, 'printedDates'> {
  const known: Omit<PrintedDate, 'text'> = {
    ...(hints.lang && { lang: hints.lang }),
    ...(hints.order && { order: hints.order }),
    ...(hints.timeZone && { timeZone: hints.timeZone }),
  };
  const dates: NonNullable<OrderSnapshot['printedDates']> = {};
  for (const key of ['placedAt', 'dueAt'] as const) {
    const text = (words[key] ?? '').trim();
    if (text) dates[key] = { text, ...known };
  }
  return dates.placedAt || dates.dueAt ? { printedDates: dates } : {};
}
