import { orderName } from '../bound';
import { parseConsoleDate } from '../parse/dates';

/**
 * When the page was loaded: `document.lastModified`, which a browser sets to the load time for a
 * page served without a Last-Modified header (Seller Hub's pages are made per request). The "now"
 * of the page's relative dates ("vor 3 Tagen", "Yesterday at 14:05"). Undefined where the document
 * does not say (a parser without it, as in some test DOMs): then no date is read, none guessed.
 */
export function pageNow(doc: Document): Date | undefined {
  const ms = Date.parse(doc.lastModified || '');
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/**
 * The ISO date of a Seller Hub date (`Nov 28, 2026 9:41 AM`, `2. Dez. 2026 14:05`, `vor 3 Tagen`),
 * read by the shared parser in the page's language; wall time, as the page names no zone. A date
 * it cannot read is left out with a warning naming the order and the words.
 */
export function readEbayDate(
  text: string,
  page: { now?: Date; lang: string },
  orderId: string,
  warnings: string[],
): string | undefined {
  if (!text || !page.now) return undefined;
  const read = parseConsoleDate(text, { now: page.now }, { lang: page.lang });
  if (read.ok) return read.iso;
  warnings.push(`${orderName(orderId)}: the date "${text.slice(0, 60)}" is not one Settle can read (${read.error}).`);
  return undefined;
}
