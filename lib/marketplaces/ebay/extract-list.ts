import type { OrderSnapshot, OrderStatus } from '../../model/order';
import { isOpenStatus } from '../../model/order';
import type { ReadResult } from '../types';
import { clip, count, orderName, safeHttpUrlOf } from '../bound';
import { printedDatesOf } from '../printed-dates';
import { READ_LIMITS } from '../limits';
import { readOnceEach } from '../parse/status';
import { finish, type Steps } from '../steps';
import { textOf } from './page-text';
import { orderIdParam, statusFilter } from './pages';
import { readEbayMoney } from './read-money';
import { selectors } from './selectors';
import { EBAY_SHOP } from './shop';
import { statusOfFilter, statusOfWords } from './status';

/**
 * The list's columns by place, as the Seller Hub scraper of MARKETPLACES.md §1.2 reads them:
 * buyer (name, username, "View order details") first, the total fourth, the date sold fifth. Each
 * value is checked for what it must be (an amount here; the date's words by the background, which
 * warns when they are no date), so a moved column fails loudly.
 */
const COLUMN = { buyer: 0, total: 3, dateSold: 4 } as const;

/** What every row of one reading of the list shares, worked out once for the list. */
interface ListContext {
  url: URL;
  /** The page's address as text, the base each row's link is resolved against. */
  base: string;
  lang: string;
  /** The status of a row without a status label: the list filter's ("Awaiting payment"), if any. */
  filterStatus: OrderStatus | undefined;
  /** A status label's status; the rows repeat a handful of labels, each read once. */
  statusOf: (words: string) => OrderStatus | undefined;
  warnings: string[];
}

/** The row's details link, as an absolute http(s) address. */
function detailsLink(row: Element, base: string): URL | undefined {
  const link = row.querySelector(selectors.detailsLink);
  return (link && safeHttpUrlOf(link.getAttribute('href'), base)) || undefined;
}

/** The order id of a row: its details link's `orderid=`, else the row's `orderid_<id>` class. */
function rowOrderId(row: Element, link: URL | undefined): string | undefined {
  const fromLink = link && orderIdParam(link);
  if (fromLink) return fromLink;
  for (const cls of row.classList) if (cls.startsWith('orderid_')) return cls.slice('orderid_'.length) || undefined;
  return undefined;
}

function readRow(row: Element, list: ListContext): OrderSnapshot | string {
  const { url, lang, warnings } = list;
  // Each address is parsed once: a URL costs more than anything else a row's reading does.
  const link = detailsLink(row, list.base);
  const orderId = rowOrderId(row, link);
  if (!orderId || !/^[\w-]{1,60}$/.test(orderId)) return 'a row without an order number';
  const cells = row.querySelectorAll(selectors.rowCell);
  const total = readEbayMoney(textOf(cells[COLUMN.total]), url, lang);
  if (!total.ok) return `${orderName(orderId)}: no readable total (${total.error})`;
  warnings.push(...total.warnings);

  const signal = row.querySelector(selectors.rowStatus);
  const statusText = clip(textOf(signal), READ_LIMITS.statusTextChars);
  // A row without a status label on a filtered list ("Awaiting payment") has the filter's status.
  const status = (signal ? list.statusOf(statusText) : list.filterStatus) ?? 'unknown';
  if (status === 'unknown')
    warnings.push(
      `${orderName(orderId)}: status "${statusText || '(none)'}" is not one Settle knows; it stays as it was.`,
    );

  const buyerCell = cells[COLUMN.buyer];
  const handle = textOf(buyerCell && buyerCell.querySelector(selectors.buyerLink));
  const name = textOf(buyerCell, 'a');
  return {
    marketplace: 'ebay',
    orderId,
    url: link ? link.href : url.href,
    status,
    statusText,
    buyer: { ...(name && { name }), ...(handle && { handle }) },
    total: total.money,
    ...(isOpenStatus(status) ? { amountDue: total.money } : {}),
    ...printedDatesOf({ placedAt: textOf(cells[COLUMN.dateSold]) }, { lang }),
    items: [],
    shop: EBAY_SHOP,
  };
}

/**
 * Reads Seller Hub's orders list, one step per row, at most READ_LIMITS.ordersPerPage rows.
 * An empty table is a valid reading; a page without the orders table is not.
 */
export function* readEbayOrderListSteps(doc: Document, url: URL): Steps<ReadResult<OrderSnapshot[]>> {
  const rows = doc.querySelectorAll(selectors.listRow);
  if (!rows.length && !doc.querySelector('table'))
    return { ok: false, error: 'The orders table was not found on this page.' };
  const warnings: string[] = [];
  const list: ListContext = {
    url,
    base: url.href,
    lang: doc.documentElement.lang,
    filterStatus: statusOfFilter(statusFilter(url)),
    statusOf: readOnceEach(statusOfWords),
    warnings,
  };
  const orders: OrderSnapshot[] = [];
  const skipped: string[] = [];
  const max = READ_LIMITS.ordersPerPage;
  for (let i = 0; i < rows.length && i < max; i++) {
    const read = readRow(rows[i]!, list);
    if (typeof read === 'string') skipped.push(`Skipped ${read}.`);
    else orders.push(read);
    yield;
  }
  if (rows.length > max)
    warnings.unshift(`This page shows ${count(rows.length)} orders; Settle read only the first ${count(max)}.`);
  if (!orders.length && skipped.length)
    return { ok: false, error: `No order on this page could be read: ${skipped[0]}` };
  return { ok: true, value: orders, warnings: [...new Set([...warnings, ...skipped])] };
}

/** The whole list at once. */
export const readEbayOrderList = (doc: Document, url: URL) => finish(readEbayOrderListSteps(doc, url));
