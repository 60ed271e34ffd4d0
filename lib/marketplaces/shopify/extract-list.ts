import type { OrderSnapshot, OrderStatus } from '../../model/order';
import { isOpenStatus } from '../../model/order';
import type { ReadResult } from '../types';
import { count, orderName, safeHttpUrl } from '../bound';
import { READ_LIMITS } from '../limits';
import { printedDatesOf } from '../printed-dates';
import { finish, type Steps } from '../steps';
import { isLabel, LABELS } from './labels';
import { badgeText, textOf } from './page-text';
import { readMoney, type ReadContext } from './read-money';
import { selectors } from './selectors';
import { draftStatusOf, paymentStatusOf } from './status';
import { isDraftPage } from './pages';
import { shopifyStoreOf } from './store';
import { orderIdOf } from './order-link';

type Column = 'date' | 'customer' | 'total' | 'status';

/** Which column holds what, by the table's own header labels (Polaris IndexTable headings). */
function columnsOf(table: Element, drafts: boolean): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  table.querySelectorAll(selectors.headCell).forEach((th, i) => {
    const label = textOf(th);
    if (isLabel(label, LABELS.dateColumn)) columns.date = i;
    else if (isLabel(label, LABELS.customerColumn)) columns.customer = i;
    else if (isLabel(label, LABELS.totalColumn)) columns.total = i;
    else if (isLabel(label, drafts ? LABELS.draftStatusColumn : LABELS.paymentColumn)) columns.status = i;
  });
  return columns;
}

/** The orders table: the first table of the main column whose header names an order column. */
function ordersTable(doc: Document): Element | null {
  const main = doc.querySelector(selectors.main) ?? doc.body;
  for (const table of main.querySelectorAll(selectors.listTable))
    if ([...table.querySelectorAll(selectors.headCell)].some((th) => isLabel(textOf(th), LABELS.orderColumn)))
      return table;
  return null;
}

/** The status a row's badges show: the status column's badge, else any badge with a payment status's words. */
function rowStatus(cell: Element | undefined, row: Element, drafts: boolean): { status?: OrderStatus; words: string } {
  const statusOf = drafts ? draftStatusOf : paymentStatusOf;
  const badges = [...(cell ?? row).querySelectorAll(selectors.badge)].map(badgeText);
  for (const words of badges) {
    const status = statusOf(words);
    if (status) return { status, words };
  }
  return { words: badges[0] ?? textOf(cell ?? null) };
}

interface RowPlace {
  url: URL;
  store?: string;
  drafts: boolean;
  columns: Partial<Record<Column, number>>;
  ctx: ReadContext;
}

/** One order row: its snapshot, null for an open draft (nobody was asked to pay), or why it was skipped. */
function readRow(row: Element, place: RowPlace): OrderSnapshot | null | string {
  const { columns, ctx, drafts } = place;
  const cells = [...row.children];
  const cell = (c: Column) => (columns[c] === undefined ? undefined : cells[columns[c]]);
  const link = row.querySelector(selectors.orderLink);
  const href = link && safeHttpUrl(link.getAttribute('href'), place.url);
  const orderId = link ? orderIdOf(textOf(link)) : undefined;
  if (!link || !href || !orderId) return 'a row without an order link';
  const { status, words } = rowStatus(cell('status'), row, drafts);
  if (drafts && !status && !words) return `${orderName(orderId)}: no status`;
  if (drafts && !status) return null;
  const totalCell = cell('total');
  if (!totalCell) return `${orderName(orderId)}: no total (no "Total" column in the table's header)`;
  const total = readMoney(textOf(totalCell), ctx);
  if (!total.ok) return `${orderName(orderId)}: no readable total (${total.error})`;
  const resolved = status ?? 'unknown';
  if (resolved === 'unknown')
    ctx.warnings.push(
      `${orderName(orderId)}: status "${words || '(none)'}" is not one Settle knows; it stays as it was.`,
    );
  const customer = textOf(cell('customer') ?? null);
  return {
    marketplace: 'shopify',
    orderId,
    url: href,
    status: resolved,
    statusText: words,
    // An order without a customer shows a dash ("—") or "No customer" in a muted text.
    buyer:
      customer && /[\p{L}\p{N}]/u.test(customer) && !isLabel(customer, LABELS.noCustomer) ? { name: customer } : {},
    total: total.money,
    ...(isOpenStatus(resolved) ? { amountDue: total.money } : {}),
    // The Date column as the admin prints it ("Today at 9:12 am", "Nov 28 at 10:01 am", "3天前").
    ...printedDatesOf({ placedAt: textOf(cell('date') ?? null) }, { lang: ctx.lang }),
    items: [],
    ...(place.store ? { shop: place.store } : {}),
  };
}

/**
 * Reads the rows of the orders list or the draft-orders list (a Polaris IndexTable), at most
 * READ_LIMITS.ordersPerPage, one step per row; rows past the cap are never touched. Columns are
 * found by their header labels, never by their place. An empty list is a valid reading.
 */
export function* readShopifyOrderListSteps(doc: Document, url: URL): Steps<ReadResult<OrderSnapshot[]>> {
  const table = ordersTable(doc);
  const body = table && table.querySelector('tbody');
  if (!table || !body) return { ok: false, error: 'The orders table was not found on this page.' };
  const drafts = isDraftPage(url);
  const place: RowPlace = {
    url,
    store: shopifyStoreOf(url),
    drafts,
    columns: columnsOf(table, drafts),
    ctx: { lang: doc.documentElement.lang, warnings: [] },
  };
  const orders: OrderSnapshot[] = [];
  const skipped: string[] = [];
  const max = READ_LIMITS.ordersPerPage;
  let walked = 0;
  let row = body.firstElementChild;
  for (; row && walked < max; row = row.nextElementSibling, walked++) {
    if (!row.matches(selectors.bodyRow)) continue;
    const read = readRow(row, place);
    if (typeof read === 'string') skipped.push(`Skipped ${read}.`);
    else if (read) orders.push(read);
    yield;
  }
  const capped = row
    ? [`This page shows ${count(body.childElementCount)} orders; Settle read only the first ${count(max)}.`]
    : [];
  if (!orders.length && skipped.length)
    return { ok: false, error: `No order on this page could be read: ${skipped[0]}` };
  return { ok: true, value: orders, warnings: [...new Set([...capped, ...place.ctx.warnings, ...skipped])] };
}

/** The whole list at once (readShopifyOrderListSteps run to the end). */
export const readShopifyOrderList = (doc: Document, url: URL) => finish(readShopifyOrderListSteps(doc, url));
