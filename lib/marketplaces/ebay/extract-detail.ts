import type { OrderItem, OrderSnapshot } from '../../model/order';
import { isOpenStatus } from '../../model/order';
import type { ReadResult } from '../types';
import { clip, count, orderName } from '../bound';
import { READ_LIMITS } from '../limits';
import { printedDatesOf } from '../printed-dates';
import { fieldOfLabel, type DetailField } from './labels';
import { textOf } from './page-text';
import { orderIdParam } from './pages';
import { readEbayMoney } from './read-money';
import { selectors } from './selectors';
import { EBAY_SHOP } from './shop';
import { statusOfWords } from './status';

/** The most label/value pairs walked on one page: a details page has about a dozen. */
const MAX_LABELS = 200;

/** The value element of each label Settle reads (`<dt>Order total</dt><dd>US $45.99</dd>`), the first of each. */
function labelledValues(doc: Document): Map<DetailField, Element> {
  const values = new Map<DetailField, Element>();
  const labels = doc.querySelectorAll(selectors.infoLabel);
  for (let i = 0; i < labels.length && i < MAX_LABELS; i++) {
    const label = labels[i]!;
    const field = fieldOfLabel(textOf(label));
    const value = label.nextElementSibling;
    if (field && value && value.tagName === 'DD' && !values.has(field)) values.set(field, value);
  }
  return values;
}

/** The order's line items: each eBay item link (`/itm/<id>`) in its row, with the row's quantity and price cells. */
function readItems(doc: Document, url: URL, lang: string, warnings: string[]): OrderItem[] {
  const links = doc.querySelectorAll(selectors.lineItemLink);
  const items: OrderItem[] = [];
  for (let i = 0; i < links.length && items.length < READ_LIMITS.itemsPerOrder; i++) {
    const link = links[i]!;
    const row = link.closest('tr');
    const cells = row ? row.querySelectorAll(selectors.rowCell) : [];
    const quantity = Number(textOf(cells[1]));
    const price = cells[2] ? readEbayMoney(textOf(cells[2]), url, lang) : undefined;
    const item: OrderItem = {
      title: textOf(link),
      quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1,
    };
    if (price && price.ok) item.price = price.money;
    items.push(item);
  }
  if (links.length > items.length)
    warnings.push(`Settle read only the first ${count(READ_LIMITS.itemsPerOrder)} items of this order.`);
  return items;
}

/** Other order ids the page names for this order (eBay renumbers an order when it is paid). */
function previousIds(value: Element | undefined, orderId: string): string[] {
  const ids = textOf(value)
    .split(/[\s,;]+/)
    .filter((id) => /^[\w-]{1,60}$/.test(id) && id !== orderId);
  return [...new Set(ids)].slice(0, READ_LIMITS.previousOrderIdsPerOrder);
}

/**
 * Reads Seller Hub's order details page (`/sh/ord/details`, or the mesh page in its frame) by its
 * labels and their values. A page without them (the outer page whose details sit in a child frame)
 * is a reading error that says so; the frame's own document is read by the content script there.
 */
export function readEbayOrder(doc: Document, url: URL): ReadResult<OrderSnapshot> {
  const values = labelledValues(doc);
  const lang = doc.documentElement.lang;
  const warnings: string[] = [];
  const text = (field: DetailField) => textOf(values.get(field));
  if (!values.size)
    return {
      ok: false,
      error: 'The order details were not found on this page (no labelled order fields; they may be in a frame).',
    };
  const orderId = text('orderNumber');
  if (!/^[\w-]{1,60}$/.test(orderId))
    return { ok: false, error: `The order's number was not found (the "Order number" field: "${clip(orderId, 60)}").` };
  const total = readEbayMoney(text('total'), url, lang);
  if (!total.ok)
    return { ok: false, error: `${orderName(orderId)}: the order total was not readable (${total.error}).` };
  warnings.push(...total.warnings);

  const statusText = clip(text('status'), READ_LIMITS.statusTextChars);
  // Without a status Settle knows, a "Paid on" date still says the order is paid.
  const status = statusOfWords(statusText) ?? (values.has('paidOn') ? 'paid' : 'unknown');
  if (status === 'unknown')
    warnings.push(
      `${orderName(orderId)}: status "${statusText || '(none)'}" is not one Settle knows; it stays as it was.`,
    );
  const param = orderIdParam(url);
  const previous = previousIds(values.get('previousOrderNumber'), orderId);
  if (param && param !== orderId && !previous.includes(param))
    warnings.push(
      `${orderName(orderId)}: the address names order ${clip(param, 60)}; Settle read the order the page shows.`,
    );

  const buyerValue = values.get('buyer');
  const handle = textOf(buyerValue && buyerValue.querySelector(selectors.buyerLink));
  const name = textOf(buyerValue, selectors.buyerLink);
  const snapshot: OrderSnapshot = {
    marketplace: 'ebay',
    orderId,
    url: url.href,
    status,
    statusText,
    buyer: { ...(name && { name }), ...(handle && { handle }) },
    total: total.money,
    ...(isOpenStatus(status) ? { amountDue: total.money } : {}),
    ...printedDatesOf(
      { placedAt: text('dateSold'), ...(isOpenStatus(status) && { dueAt: text('paymentDue') }) },
      { lang },
    ),
    items: readItems(doc, url, lang, warnings),
    shop: EBAY_SHOP,
    ...(previous.length ? { previousOrderIds: previous } : {}),
  };
  return { ok: true, value: snapshot, warnings: [...new Set(warnings)] };
}
