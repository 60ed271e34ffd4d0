import type { Buyer, OrderItem, OrderSnapshot } from '../../model/order';
import { isOpenStatus } from '../../model/order';
import { decimalToMinor } from '../../model/money';
import type { ReadResult } from '../types';
import { clip, count, orderName, safeHttpUrl } from '../bound';
import { READ_LIMITS } from '../limits';
import { textOf } from './page-text';
import { readMoney, type MoneyContext } from './read-money';
import { selectors, type SelectorKey } from './selectors';
import { readShopCurrency } from './shop-currency';
import { statusFromSlug, unknownStatusWarning } from './status';

/** The value of a form field that may be absent (an empty value then). */
const value = (root: ParentNode, key: SelectorKey) => {
  const input = root.querySelector<HTMLInputElement>(selectors[key]);
  return input ? input.value.trim() : '';
};

/** A named failure: which field could not be read, and where the reader looked. */
class MissingField extends Error {
  constructor(field: string, selector: string, why?: string) {
    super(`The order's ${field} was not found (${selector}${why ? `: ${why}` : ''}).`);
  }
}

/** Page structure every order edit page has: missing, the reading fails naming the field. */
function required(root: ParentNode, key: SelectorKey, field: string): Element {
  const el = root.querySelector(selectors[key]);
  if (!el) throw new MissingField(field, selectors[key]);
  return el;
}

/** Billing name in WooCommerce's translated "full name" order: zh puts the family name first, unspaced. */
function buyerName(doc: Document, lang: string): string | undefined {
  const first = value(doc, 'billingFirstName');
  const last = value(doc, 'billingLastName');
  if (first || last) return /^zh\b/i.test(lang) ? `${last}${first}` : `${first} ${last}`.trim();
  const company = value(doc, 'billingCompany');
  if (company) return company;
  // Registered customer without a billing name: "Name (#12 – email)" in the customer select.
  const option = textOf(doc.querySelector(selectors.customerSelected) ?? doc.querySelector(selectors.customerFirst));
  return option.replace(/\s*\(#\d+.*$/, '') || undefined;
}

function readBuyer(doc: Document, lang: string): Buyer {
  // eslint-disable-next-line no-restricted-syntax -- optional: a guest order without an email has no mailto link
  const mailto = (doc.querySelector(selectors.billingMailto)?.getAttribute('href') ?? '').replace(/^mailto:/i, '');
  const buyer: Buyer = {
    name: buyerName(doc, lang),
    email: value(doc, 'billingEmail') || (mailto ? decodeURIComponent(mailto) : ''),
    phone: value(doc, 'billingPhone'),
  };
  for (const k of Object.keys(buyer) as (keyof Buyer)[]) if (!buyer[k]) delete buyer[k];
  return buyer;
}

/** The edit page shows the creation date as local wall time in three inputs (no time zone). */
function readPlacedAt(doc: Document): string | undefined {
  const date = value(doc, 'dateInput');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const two = (s: string) => (/^\d{1,2}$/.test(s) ? s.padStart(2, '0') : '00');
  return `${date}T${two(value(doc, 'hourInput'))}:${two(value(doc, 'minuteInput'))}:${two(value(doc, 'secondInput'))}`;
}

/** The order's item rows, walked one by one up to READ_LIMITS.itemsPerOrder: rows past it are never touched. */
function itemRows(doc: Document): { rows: Element[]; more: boolean } {
  const rows: Element[] = [];
  let row = required(doc, 'lineItemsBody', 'item list').firstElementChild;
  for (let walked = 0; row && walked < READ_LIMITS.itemsPerOrder; row = row.nextElementSibling, walked++)
    if (row.matches(selectors.lineItem)) rows.push(row);
  return { rows, more: !!row };
}

function readItems(rows: Element[], currency: string): OrderItem[] {
  return rows.map((row) => {
    const skuEl = row.querySelector(selectors.itemSku);
    const sku = skuEl
      ? textOf(skuEl)
          .replace(textOf(skuEl.querySelector(selectors.itemSkuLabel)), '')
          .trim()
      : '';
    const qtyText = textOf(row.querySelector(selectors.itemQuantityView)).replace(/^×\s*/, '');
    const quantity = Number((/-?\d+(?:\.\d+)?/.exec(qtyText) ?? [value(row, 'itemQuantityInput')])[0]);
    // data-sort-value holds the per-unit price as a plain decimal, free of the shop's number format.
    // eslint-disable-next-line no-restricted-syntax -- optional: a row without a price cell keeps its item, unpriced
    const unit = row.querySelector(selectors.itemCost)?.getAttribute('data-sort-value') ?? '';
    const amount = decimalToMinor(unit, currency);
    const item: OrderItem = {
      title: textOf(row.querySelector(selectors.itemName)),
      quantity: Number.isFinite(quantity) ? quantity : 1,
    };
    if (amount !== null) item.price = { amount, currency };
    if (sku) item.sku = sku;
    return item;
  });
}

/**
 * The texts of the newest customer notes in the "Order notes" box (WooCommerce lists the newest
 * first): at most READ_LIMITS.customerNotesPerOrder, each cut to READ_LIMITS.customerNoteChars,
 * walking at most READ_LIMITS.noteRowsWalked notes of any kind. Undefined when the page has no
 * notes box: then it says nothing about which notes went out.
 */
export function readCustomerNotes(doc: Document): string[] | undefined {
  const list = doc.querySelector(selectors.notesList);
  if (!list) return undefined;
  const notes: string[] = [];
  let row = list.firstElementChild;
  for (
    let walked = 0;
    row && walked < READ_LIMITS.noteRowsWalked && notes.length < READ_LIMITS.customerNotesPerOrder;
    row = row.nextElementSibling, walked++
  ) {
    if (row.matches(selectors.customerNote))
      notes.push(clip(textOf(row.querySelector(selectors.noteContent)), READ_LIMITS.customerNoteChars));
  }
  return notes;
}

/** Reads the order edit page (HPOS and legacy share the meta boxes). */
export function readWooOrder(doc: Document, url: URL): ReadResult<OrderSnapshot> {
  try {
    required(doc, 'orderData', 'data panel');
    const ctx: MoneyContext = { shop: readShopCurrency(doc), lang: doc.documentElement.lang, warnings: [] };

    const orderId = (/#\s*(\S+)/.exec(textOf(required(doc, 'heading', 'number'))) ?? [])[1];
    if (!orderId) throw new MissingField('number', selectors.heading);

    const select = required(doc, 'statusSelect', 'status') as HTMLSelectElement;
    const option = select.querySelector(selectors.selectedOption) ?? select.options[select.selectedIndex];
    if (!option) throw new MissingField('status', `${selectors.statusSelect} ${selectors.selectedOption}`);
    const slug = option.getAttribute('value') ?? undefined;
    const status = statusFromSlug(slug);
    const statusText = textOf(option);

    const totalsRows = required(doc, 'totalsTable', 'total').querySelectorAll(selectors.totalsRow);
    const lastRow = totalsRows[totalsRows.length - 1];
    const read = readMoney(lastRow ? lastRow.querySelector(selectors.totalCell) : null, ctx);
    if (!read.ok) throw new MissingField('total', `${selectors.totalsTable} ${selectors.totalCell}`, read.error);
    const total = read.money;
    if (status === 'unknown') ctx.warnings.push(unknownStatusWarning(orderId, statusText || slug || ''));

    const { rows, more } = itemRows(doc);
    if (more)
      ctx.warnings.push(`${orderName(orderId)}: Settle read only its first ${count(READ_LIMITS.itemsPerOrder)} items.`);
    // eslint-disable-next-line no-restricted-syntax -- optional: the payment link is there only while the order needs paying
    const payUrl = safeHttpUrl(doc.querySelector(selectors.payLink)?.getAttribute('href'), url);
    const placedAt = readPlacedAt(doc);
    const customerNotes = readCustomerNotes(doc);
    const snapshot: OrderSnapshot = {
      marketplace: 'woocommerce',
      orderId,
      url: url.href,
      status,
      statusText,
      buyer: readBuyer(doc, ctx.lang),
      total,
      ...(isOpenStatus(status) ? { amountDue: total } : {}),
      ...(placedAt ? { placedAt } : {}),
      items: readItems(rows, total.currency),
      ...(payUrl ? { payUrl } : {}),
      shop: url.host,
      ...(customerNotes ? { customerNotes } : {}),
    };
    return { ok: true, value: snapshot, warnings: [...new Set(ctx.warnings)] };
  } catch (error) {
    if (error instanceof MissingField) return { ok: false, error: error.message };
    throw error;
  }
}
