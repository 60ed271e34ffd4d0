import type { OrderSnapshot } from '../../model/order';
import { isOpenStatus } from '../../model/order';
import type { ReadResult } from '../types';
import { clip, count, orderName, safeHttpUrl } from '../bound';
import { READ_LIMITS } from '../limits';
import { finish, type Steps } from '../steps';
import { textOf } from './page-text';
import { readMoney, type MoneyContext } from './read-money';
import { selectors } from './selectors';
import { readShopCurrency } from './shop-currency';
import { slugFromClasses, statusFromSlug, unknownStatusWarning } from './status';

/** "#1042 Jane Doe" → order number and buyer, as the primary column prints them. */
function splitNumberAndBuyer(label: string): { orderId: string; buyer?: string } | null {
  const m = /^#?\s*(\S+)\s*(.*)$/s.exec(label.trim());
  if (!m) return null;
  return { orderId: m[1]!, buyer: m[2]!.trim() || undefined };
}

/** One order row; `cell` is its order-number cell, which every order row has (the caller checked). */
function readRow(row: Element, cell: Element, url: URL, ctx: MoneyContext): OrderSnapshot | string {
  // Trashed orders print only <strong>, without a link.
  const link = cell.querySelector(selectors.rowOrderLink);
  const label = splitNumberAndBuyer(textOf((link ?? cell).querySelector(selectors.rowNumberLabel) ?? link));
  if (!label) return `row ${clip(row.id, 60) || '?'}: no order number`;

  // A status a plugin renders without the mark still leaves its slug on the row.
  const mark = row.querySelector(selectors.rowStatus);
  const slug = (mark && slugFromClasses(mark.classList)) ?? slugFromClasses(row.classList);
  const status = statusFromSlug(slug);
  const statusText = textOf(mark);

  const totalCell = row.querySelector(selectors.rowTotal);
  if (!totalCell) return `${orderName(label.orderId)}: no total (${selectors.rowTotal})`;
  // A refunded order shows <del>gross</del> <ins>net</ins>; the order's total is the gross.
  const del = totalCell.querySelector(selectors.refundedGross);
  const read = del
    ? readMoney(totalCell.querySelector(selectors.refundedNet) ?? del, ctx, del.textContent ?? '')
    : readMoney(totalCell, ctx);
  if (!read.ok) return `${orderName(label.orderId)}: no readable total (${read.error})`;
  const total = read.money;
  if (status === 'unknown') ctx.warnings.push(unknownStatusWarning(label.orderId, statusText || slug || ''));

  // The datetime attribute is exact; the text is "42 mins ago" or a localised date.
  // eslint-disable-next-line no-restricted-syntax -- optional: without a date the order is still read, only without placedAt
  const placedAt = row.querySelector(selectors.rowDate)?.getAttribute('datetime') || undefined;
  return {
    marketplace: 'woocommerce',
    orderId: label.orderId,
    // A link that is not the console's own http(s) page (javascript:, data:) is not kept.
    url: (link && safeHttpUrl(link.getAttribute('href'), url)) || url.href,
    status,
    statusText,
    buyer: label.buyer ? { name: label.buyer } : {},
    total,
    ...(isOpenStatus(status) ? { amountDue: total } : {}),
    ...(placedAt ? { placedAt } : {}),
    items: [],
    shop: url.host,
  };
}

/**
 * Reads the order rows of the HPOS or legacy orders list, at most READ_LIMITS.ordersPerPage of them,
 * one step per row: the rows are walked one by one and the walk stops there, so rows past the cap
 * are never touched. An empty list is a valid reading.
 */
export function* readWooOrderListSteps(doc: Document, url: URL): Steps<ReadResult<OrderSnapshot[]>> {
  const body = doc.querySelector(selectors.listBody);
  if (!body) return { ok: false, error: 'The orders table was not found on this page.' };
  const ctx: MoneyContext = { shop: readShopCurrency(doc), lang: doc.documentElement.lang, warnings: [] };
  const orders: OrderSnapshot[] = [];
  const skipped: string[] = [];
  const max = READ_LIMITS.ordersPerPage;
  let walked = 0;
  let row = body.firstElementChild;
  for (; row && walked < max; row = row.nextElementSibling, walked++) {
    // "No items found." is a single-cell row with no order column.
    const cell = row.matches(selectors.listRow) && row.querySelector(selectors.rowNumberCell);
    if (!cell) continue;
    const read = readRow(row, cell, url, ctx);
    if (typeof read === 'string') skipped.push(`Skipped ${read}.`);
    else orders.push(read);
    yield;
  }
  // Rows left: say how many the page had (counted by the browser, not read) and what was read.
  const capped = row
    ? [
        `This page shows ${count(body.childElementCount)} orders; Settle read only the first ${count(max)}. Show fewer orders per page (Screen Options) to have Settle read them all.`,
      ]
    : [];
  if (!orders.length && skipped.length)
    return { ok: false, error: `No order on this page could be read: ${skipped[0]}` };
  return { ok: true, value: orders, warnings: [...new Set([...capped, ...ctx.warnings, ...skipped])] };
}

/** The whole list at once (readWooOrderListSteps run to the end). */
export const readWooOrderList = (doc: Document, url: URL) => finish(readWooOrderListSteps(doc, url));
