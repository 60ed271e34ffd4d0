import { isOpenStatus, type OrderSnapshot, type OrderStatus } from '../../model/order';
import { clip, orderName, safeHttpUrl } from '../bound';
import { READ_LIMITS } from '../limits';
import { printedDatesOf } from '../printed-dates';
import { readBuyer } from './buyer';
import { textOf } from './page-text';
import { isEtsyOrderPageUrl, receiptIdOfUrl } from './pages';
import { readEtsyMoney } from './read-money';
import { selectors } from './selectors';
import { statusOfWords } from './status';

export interface RowContext {
  lang: string;
  warnings: string[];
}

/**
 * An order's date as the page prints it, for the background to read: a `<time datetime>` (exact),
 * else its words ("Nov 3, 2026", "3. Nov. 2026", "vor 3 Tagen", "Gestern um 14:05").
 */
export function printedDateOf(el: Element | null, ctx: RowContext): Pick<OrderSnapshot, 'printedDates'> {
  const words = el ? el.getAttribute('datetime') || textOf(el) : '';
  return printedDatesOf({ placedAt: words }, { lang: ctx.lang });
}

/** The warning for status words Settle does not know: the order is still read, as `unknown`. */
const unknownStatusWarning = (orderId: string, words: string) =>
  `${orderName(orderId)}: status "${clip(words || '(none)', READ_LIMITS.statusTextChars)}" is not one Settle knows; it stays as it was.`;

/** The Settle status for the console's words; unknown words are kept, with a warning naming them. */
export function readStatus(statusText: string, orderId: string, ctx: RowContext): OrderStatus {
  const status = statusOfWords(statusText);
  if (status === 'unknown') ctx.warnings.push(unknownStatusWarning(orderId, statusText));
  return status;
}

/** The receipt id and address of an order link, when it is an order on Etsy's own orders page. */
export function orderOfLink(link: Element | null, page: URL): { orderId: string; url: string } | undefined {
  const href = safeHttpUrl(link ? link.getAttribute('href') : null, page);
  if (!href) return undefined;
  const url = new URL(href);
  const orderId = isEtsyOrderPageUrl(url) ? receiptIdOfUrl(url) : undefined;
  return orderId ? { orderId, url: url.href } : undefined;
}

/**
 * One order row of the list, or why it was skipped. The receipt id comes from the row's `order_id=`
 * link (a URL parameter, never the row's words); buyer, status, date and total from the row.
 */
export function readRow(row: Element, page: URL, ctx: RowContext): OrderSnapshot | string {
  const order = orderOfLink(row.querySelector(selectors.orderLink), page);
  if (!order) return `a row without an order link (${selectors.orderLink})`;
  const statusText = textOf(row.querySelector(selectors.status));
  const total = readEtsyMoney(row, ctx.lang);
  if (!total.ok) return `${orderName(order.orderId)}: no readable total (${total.error})`;
  const status = readStatus(statusText, order.orderId, ctx);
  return {
    marketplace: 'etsy',
    orderId: order.orderId,
    url: order.url,
    status,
    statusText,
    buyer: readBuyer(row),
    total: total.money,
    ...(isOpenStatus(status) ? { amountDue: total.money } : {}),
    ...printedDateOf(row.querySelector(selectors.date), ctx),
    items: [],
    shop: page.host,
  };
}

/** The list row of an order: the row whose order link names exactly this receipt id. */
export function listRowOf(doc: Document, orderId: string): Element | null {
  const page = new URL('https://www.etsy.com/your/orders/sold');
  for (const link of doc.querySelectorAll(`${selectors.listRow} ${selectors.orderLink}`)) {
    const order = orderOfLink(link, page);
    if (order && order.orderId === orderId) return link.closest(selectors.listRow);
  }
  return null;
}
