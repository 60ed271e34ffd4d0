import type { OrderSnapshot, PrintedDate } from '../model/order';
import { clockNowSync } from '../browser/clock';
import { clip, orderName } from './bound';
import { parseConsoleDate } from './parse/dates';
import type { PageReading } from './types';

/** When and where a page was read: the "now" of its relative dates ("Yesterday at 2:05 pm", "vor 3 Tagen"). */
export interface ReadingTime {
  /** The moment the page was read; an invalid Date when it is not known (then no printed date is read). */
  now: Date;
  /** IANA zone of the browser it was read in: the seller's "today" when the console does not say its zone. */
  viewerZone?: string;
}

const WHAT: Record<keyof NonNullable<OrderSnapshot['printedDates']>, string> = {
  placedAt: 'date',
  dueAt: 'payment due date',
};

/**
 * One order with its printed dates read by the shared parser (lib/marketplaces/parse/dates.ts)
 * into placedAt and dueAt, and `printedDates` gone. A date the parser cannot read for sure is left
 * out with a warning that names the order, the words and the reason: never guessed.
 */
export function resolveOrderDates(
  order: OrderSnapshot,
  time: ReadingTime,
): { order: OrderSnapshot; warnings: string[] } {
  const { printedDates, ...rest } = order;
  const out: OrderSnapshot = rest;
  const warnings: string[] = [];
  if (!printedDates) return { order: out, warnings };
  for (const key of ['placedAt', 'dueAt'] as const) {
    const printed: PrintedDate | undefined = printedDates[key];
    if (!printed) continue;
    const reading = parseConsoleDate(
      printed.text,
      {
        now: time.now,
        ...(printed.timeZone && { timeZone: printed.timeZone }),
        ...(time.viewerZone && { viewerZone: time.viewerZone }),
      },
      { ...(printed.lang && { lang: printed.lang }), ...(printed.order && { order: printed.order }) },
    );
    if (reading.ok) out[key] = reading.iso;
    else
      warnings.push(
        `${orderName(order.orderId)}: its ${WHAT[key]} "${clip(printed.text, 60)}" could not be read (${reading.error}); it is kept without one.`,
      );
  }
  return { order: out, warnings };
}

/** A page's reading with every order's printed dates read (resolveOrderDates), their warnings after the page's own. */
export function resolveReadingDates(reading: PageReading, time: ReadingTime): PageReading {
  if (!reading.ok) return reading;
  const warnings = [...reading.warnings];
  const orders = reading.orders.map((order) => {
    const resolved = resolveOrderDates(order, time);
    warnings.push(...resolved.warnings);
    return resolved.order;
  });
  return { ...reading, orders, warnings: [...new Set(warnings)] };
}

/**
 * When and where a document was read, for readPage: `document.lastModified`, which is the current
 * local time ("MM/DD/YYYY hh:mm:ss") for a page served without a Last-Modified header and the
 * moment a saved page was opened, else Settle's clock (a DOM without it: happy-dom, linkedom);
 * in this browser's zone.
 */
export function readingTimeOf(doc: Document): ReadingTime {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(doc.lastModified || '');
  const now = m ? new Date(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!, +m[6]!) : new Date(clockNowSync());
  return { now, viewerZone: browserZone() };
}

/** The zone of the browser running Settle (the seller's), or undefined where Intl does not say. */
export const browserZone = (): string | undefined => Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
