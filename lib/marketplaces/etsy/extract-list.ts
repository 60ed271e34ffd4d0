import type { OrderSnapshot } from '../../model/order';
import type { ReadResult } from '../types';
import { count } from '../bound';
import { READ_LIMITS } from '../limits';
import { finish, type Steps } from '../steps';
import { readRow, type RowContext } from './read-row';
import { selectors } from './selectors';

/**
 * Reads the orders list, one step per row, at most READ_LIMITS.ordersPerPage rows (rows past it are
 * never touched). Etsy renders the list in the page's script, so a page without rows yet may still
 * be loading: it is an empty reading, not an error. A page whose rows all fail is an error.
 */
export function* readEtsyOrderListSteps(doc: Document, url: URL): Steps<ReadResult<OrderSnapshot[]>> {
  const ctx: RowContext = { lang: doc.documentElement.lang, warnings: [] };
  const orders: OrderSnapshot[] = [];
  const skipped: string[] = [];
  const max = READ_LIMITS.ordersPerPage;
  // The rows are siblings: walked one by one, so rows past the cap are never touched.
  const first = doc.querySelector(selectors.listRow);
  let row = first;
  for (let walked = 0; row && walked < max; row = row.nextElementSibling, walked++) {
    if (!row.matches(selectors.listRow)) continue;
    const read = readRow(row, url, ctx);
    if (typeof read === 'string') skipped.push(`Skipped ${read}.`);
    else orders.push(read);
    yield;
  }
  const shown = first && first.parentElement ? first.parentElement.childElementCount : 0;
  const capped = row ? [`This page shows ${count(shown)} orders; Settle read only the first ${count(max)}.`] : [];
  if (!orders.length && skipped.length)
    return { ok: false, error: `No order on this page could be read: ${skipped[0]}` };
  return { ok: true, value: orders, warnings: [...new Set([...capped, ...ctx.warnings, ...skipped])] };
}

export const readEtsyOrderList = (doc: Document, url: URL) => finish(readEtsyOrderListSteps(doc, url));
