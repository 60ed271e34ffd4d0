import type { OrderSnapshot } from '../../model/order';
import { isOpenStatus } from '../../model/order';
import type { ReadResult } from '../types';
import { readMoney, type MoneyContext } from './read-money';
import { selectors } from './selectors';
import { readShopCurrency } from './shop-currency';
import { slugFromClasses, statusFromSlug } from './status';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** "#1042 Jane Doe" → order number and buyer, as the primary column prints them. */
export function splitNumberAndBuyer(label: string): { orderId: string; buyer?: string } | null {
  const m = /^#?\s*(\S+)\s*(.*)$/s.exec(label.trim());
  if (!m?.[1]) return null;
  return { orderId: m[1], buyer: m[2]?.trim() || undefined };
}

function readRow(row: Element, url: URL, ctx: MoneyContext): OrderSnapshot | string {
  const cell = row.querySelector(selectors.rowNumberCell);
  // Trashed orders print only <strong>, without a link.
  const link = cell?.querySelector(selectors.rowOrderLink);
  const label = splitNumberAndBuyer(text(link?.querySelector('strong') ?? link ?? cell?.querySelector('strong')));
  if (!label) return `row ${row.id || '?'}: no order number`;

  const mark = row.querySelector(selectors.rowStatus);
  const slug = slugFromClasses(mark?.classList) ?? slugFromClasses(row.classList);
  const status = statusFromSlug(slug);

  const totalCell = row.querySelector(selectors.rowTotal);
  // A refunded order shows <del>gross</del> <ins>net</ins>; the order's total is the gross.
  const del = totalCell?.querySelector('del');
  const total = del ? readMoney(totalCell?.querySelector('ins') ?? del, ctx, del.textContent ?? '') : readMoney(totalCell, ctx);
  if (!total) return `order ${label.orderId}: no readable total`;

  const href = link?.getAttribute('href');
  // The datetime attribute is exact; the text is "42 mins ago" or a localised date.
  const placedAt = row.querySelector(selectors.rowDate)?.getAttribute('datetime') || undefined;
  return {
    marketplace: 'woocommerce',
    orderId: label.orderId,
    url: href ? new URL(href, url).href : url.href,
    status,
    statusText: text(mark),
    buyer: label.buyer ? { name: label.buyer } : {},
    total,
    ...(isOpenStatus(status) ? { amountDue: total } : {}),
    ...(placedAt ? { placedAt } : {}),
    items: [],
    shop: url.host,
  };
}

/** Reads every order row of the HPOS or legacy orders list. An empty list is a valid reading. */
export function readWooOrderList(doc: Document, url: URL): ReadResult<OrderSnapshot[]> {
  const body = doc.querySelector(selectors.listBody);
  if (!body) return { ok: false, error: 'The orders table was not found on this page.' };
  const ctx: MoneyContext = { shop: readShopCurrency(doc), lang: doc.documentElement.lang, warnings: [] };
  const orders: OrderSnapshot[] = [];
  for (const row of body.querySelectorAll(selectors.listRow)) {
    // "No items found." is a single-cell row with no order column.
    if (!row.querySelector(selectors.rowNumberCell)) continue;
    const read = readRow(row, url, ctx);
    if (typeof read === 'string') ctx.warnings.push(`Skipped ${read}.`);
    else orders.push(read);
  }
  if (!orders.length && ctx.warnings.length) return { ok: false, error: `No order on this page could be read: ${ctx.warnings[0]}` };
  return { ok: true, value: orders, warnings: [...new Set(ctx.warnings)] };
}
