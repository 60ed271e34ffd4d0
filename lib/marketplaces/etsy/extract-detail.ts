import { isOpenStatus, type OrderItem, type OrderSnapshot } from '../../model/order';
import type { ReadResult } from '../types';
import { count, orderName } from '../bound';
import { READ_LIMITS } from '../limits';
import { readBuyer } from './buyer';
import { textOf } from './page-text';
import { receiptIdOfUrl } from './pages';
import { readEtsyMoney } from './read-money';
import { orderOfLink, printedDateOf, readStatus, type RowContext } from './read-row';
import { selectors, type SelectorKey } from './selectors';

/** A named failure: which part of the order could not be read, and where the reader looked. */
class MissingField extends Error {
  constructor(field: string, selector: string, why?: string) {
    super(`The order's ${field} was not found (${selector}${why ? `: ${why}` : ''}).`);
  }
}

/** Structure every open order overlay has: missing, the reading fails naming it. */
function required(root: ParentNode, key: SelectorKey, field: string): Element {
  const el = root.querySelector(selectors[key]);
  if (!el) throw new MissingField(field, selectors[key]);
  return el;
}

function readItems(overlay: Element, ctx: RowContext, orderId: string): OrderItem[] {
  const rows = overlay.querySelectorAll(selectors.itemRow);
  if (rows.length > READ_LIMITS.itemsPerOrder)
    ctx.warnings.push(`${orderName(orderId)}: Settle read only its first ${count(READ_LIMITS.itemsPerOrder)} items.`);
  const items: OrderItem[] = [];
  for (const row of [...rows].slice(0, READ_LIMITS.itemsPerOrder)) {
    const title = textOf(row.querySelector(selectors.itemTitle));
    if (!title) continue;
    const quantity = Number((/\d+/.exec(textOf(row.querySelector(selectors.itemQuantity))) ?? ['1'])[0]);
    const item: OrderItem = { title, quantity };
    const price = readEtsyMoney(row, ctx.lang);
    if (price.ok) item.price = price.money;
    const sku = textOf(row.querySelector(selectors.itemSku));
    if (sku) item.sku = sku;
    items.push(item);
  }
  return items;
}

/**
 * Reads the order overlay Etsy opens over the list (by route, `?order_id=`). The receipt id comes
 * from the overlay's own order link and must be the one the address names: an overlay still showing
 * the previous order is not read as this one.
 */
export function readEtsyOrder(doc: Document, url: URL): ReadResult<OrderSnapshot> {
  try {
    const info = required(doc, 'orderInfo', 'overlay');
    const overlay = info.closest(selectors.overlay);
    if (!overlay) throw new MissingField('overlay', selectors.overlay);
    const shown = orderOfLink(info.querySelector(selectors.orderInfoLink), url);
    if (!shown) throw new MissingField('number', selectors.orderInfoLink);
    const wanted = receiptIdOfUrl(url);
    if (wanted && wanted !== shown.orderId)
      return { ok: false, error: `The open order (#${shown.orderId}) is not the one the address names (#${wanted}).` };
    const ctx: RowContext = { lang: doc.documentElement.lang, warnings: [] };
    const statusText = textOf(required(overlay, 'status', 'status'));
    const status = readStatus(statusText, shown.orderId, ctx);
    const receipts = required(overlay, 'tabPanel', 'details').querySelectorAll(selectors.receiptTable);
    const receipt = receipts[receipts.length - 1];
    const lines = receipt ? receipt.querySelectorAll(selectors.receiptRow) : [];
    const total = readEtsyMoney(lines[lines.length - 1] ?? null, ctx.lang);
    if (!total.ok) throw new MissingField('total', `${selectors.receiptTable} ${selectors.receiptRow}`, total.error);
    const snapshot: OrderSnapshot = {
      marketplace: 'etsy',
      orderId: shown.orderId,
      url: url.href,
      status,
      statusText,
      buyer: readBuyer(overlay),
      total: total.money,
      ...(isOpenStatus(status) ? { amountDue: total.money } : {}),
      ...printedDateOf(overlay.querySelector(selectors.date), ctx),
      items: readItems(overlay, ctx, shown.orderId),
      shop: url.host,
    };
    return { ok: true, value: snapshot, warnings: [...new Set(ctx.warnings)] };
  } catch (error) {
    if (error instanceof MissingField) return { ok: false, error: error.message };
    throw error;
  }
}
