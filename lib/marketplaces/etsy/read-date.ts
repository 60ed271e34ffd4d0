import { clip, orderName } from '../bound';
import { readAgo } from '../parse/relative-date';
import { addDays, formatDate, formatDateTime, utcWall } from '../parse/wall-time';
import { parseAbsoluteDate } from './absolute-date';
import type { RowContext } from './read-row';
import { textOf } from './page-text';

/**
 * The moment the page is read, as the page itself gives it: `document.lastModified` is the current
 * local time for a page served without a Last-Modified header, as Etsy's app pages are
 * ("MM/DD/YYYY hh:mm:ss"), so the reader stays a function of the document. Undefined when it is
 * not a time: then relative dates are not read.
 */
export function pageNow(doc: Document): Date | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(doc.lastModified || '');
  return m ? new Date(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
}

const UNIT_MS = { second: 1000, minute: 60_000, hour: 3_600_000 } as const;

/**
 * "vor 3 Tagen", "2 hours ago" (lib/marketplaces/parse/relative-date.ts) back from `now`: days as
 * a date, shorter spans as the moment in UTC, as parseConsoleDate reads them. The rest of
 * parseConsoleDate ("Yesterday at 14:05", weekdays, zones) would put the always-on script over its
 * budget (13.5 KB minified, 5 KB gzip more), so those words are left unread, with a warning.
 */
function readRelative(words: string, now: Date): string | undefined {
  const ago = readAgo(
    words
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' '),
  );
  if (!ago || 'vague' in ago) return undefined;
  if (ago.unit === 'day') return formatDate(addDays(utcWall(now.getTime()), -ago.count));
  return formatDateTime(utcWall(Math.floor((now.getTime() - ago.count * UNIT_MS[ago.unit]) / 1000) * 1000), 0);
}

/**
 * An order's date: a `<time datetime>` as it is, else its words: a calendar date (`Nov 3, 2026`,
 * `3. Nov. 2026`) or a span back from the page's moment (`vor 3 Tagen`). A date that cannot be
 * read is left out with a warning naming it, never guessed.
 */
export function readPlacedAt(el: Element | null, orderId: string, ctx: RowContext): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute('datetime');
  if (attr) return attr;
  const words = textOf(el);
  if (!words) return undefined;
  const date = parseAbsoluteDate(words, ctx.lang) ?? (ctx.now && readRelative(words, ctx.now));
  if (date) return date;
  ctx.warnings.push(`${orderName(orderId)}: its date "${clip(words, 80)}" could not be read; it is kept without one.`);
  return undefined;
}
