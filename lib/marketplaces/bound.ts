import type { Money } from '../model/money';
import type { Buyer, OrderItem, OrderSnapshot, PrintedDate } from '../model/order';
import { READ_LIMITS } from './limits';
import type { PageReading } from './types';
import type { Steps } from './steps';

// The shape lib/messaging/schemas.ts accepts for placedAt and dueAt.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A count as the seller reads it in a warning: 5,000. */
export const count = (n: number) => n.toLocaleString('en-US');

/** `text` cut to at most `max` characters, ending in "…" when cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** How a warning names an order: "Order #1042" (at most 60 characters of its number). */
export const orderName = (orderId: string) => `Order #${clip(orderId, 60)}`;

/** An http(s) address within the length limit, else undefined (a `javascript:` link is never kept). */
export function safeHttpUrl(href: string | null | undefined, base?: URL | string): string | undefined {
  const url = safeHttpUrlOf(href, base);
  return url && url.href;
}

/** safeHttpUrl's address, parsed: for a reader that also reads its parameters (a URL is costly to parse twice). */
export function safeHttpUrlOf(href: string | null | undefined, base?: URL | string): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) && url.href.length <= READ_LIMITS.urlChars ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A printed date within READ_LIMITS.printedDate, or undefined (with what was cut) when its words are
 * longer than any date: cut short, they would be read as another date. Hints too long to be one are dropped.
 */
function boundPrintedDate(printed: PrintedDate, cut: Set<string>, label: string): PrintedDate | undefined {
  const L = READ_LIMITS.printedDate;
  if (!printed.text.trim()) return undefined;
  if (printed.text.length > L.text) {
    cut.add(`${label} (${count(printed.text.length)} characters, left out)`);
    return undefined;
  }
  const out: PrintedDate = { ...printed };
  if ((out.lang ?? '').length > L.lang) delete out.lang;
  if ((out.timeZone ?? '').length > L.timeZone) delete out.timeZone;
  return out;
}

const usableMoney = (m: Money | undefined): m is Money =>
  !!m && Number.isSafeInteger(m.amount) && /^[A-Z]{3}$/.test(m.currency);

/**
 * One order cut to what the background accepts (READ_LIMITS): long text shortened, an email or
 * phone too long to be one left out (cut short, it would reach someone else), unusable links and
 * dates dropped, with a warning naming the order. An order that cannot be kept (a number longer
 * than any order number, an unusable total) comes back as a warning alone: its page still goes through.
 */
export function boundOrder(order: OrderSnapshot, pageUrl: URL): { order?: OrderSnapshot; warning?: string } {
  const L = READ_LIMITS;
  const name = orderName(order.orderId);
  if (!order.orderId || order.orderId.length > L.orderIdChars)
    return { warning: `Skipped ${name}: its number is longer than ${L.orderIdChars} characters.` };
  if (!usableMoney(order.total)) return { warning: `Skipped ${name}: its total is not an amount Settle can keep.` };
  const cut = new Set<string>();
  const fit = (label: string, value: string, max: number) => {
    if (value.length <= max) return value;
    cut.add(`${label} (${count(value.length)} characters, kept ${count(max)})`);
    return clip(value, max);
  };

  const buyer: Buyer = { ...order.buyer };
  for (const key of ['name', 'handle', 'timeZone', 'email', 'phone'] as const) {
    const value = buyer[key];
    if (value === undefined || value.length <= L.buyer[key]) continue;
    if (key === 'email' || key === 'phone') {
      cut.add(`buyer ${key} (${count(value.length)} characters, left out)`);
      delete buyer[key];
    } else buyer[key] = fit(`buyer ${key}`, value, L.buyer[key]);
  }
  if (order.items.length > L.itemsPerOrder)
    cut.add(`items (${count(order.items.length)}, kept ${count(L.itemsPerOrder)})`);
  const items = order.items.slice(0, L.itemsPerOrder).map((item) => {
    const out: OrderItem = {
      ...item,
      title: fit('item title', item.title, L.item.title),
      quantity: Number.isFinite(item.quantity) ? item.quantity : 1,
    };
    if (item.sku !== undefined) out.sku = fit('item SKU', item.sku, L.item.sku);
    if (!usableMoney(item.price)) delete out.price;
    return out;
  });

  const out: OrderSnapshot = {
    ...order,
    // An order page's own address is what it falls back to anyway: not parsed again.
    url: order.url === pageUrl.href ? order.url : (safeHttpUrl(order.url) ?? pageUrl.href),
    statusText: fit('status', order.statusText, L.statusTextChars),
    buyer,
    items,
  };
  const payUrl = safeHttpUrl(order.payUrl);
  if (payUrl) out.payUrl = payUrl;
  else delete out.payUrl;
  if (!usableMoney(out.amountDue)) delete out.amountDue;
  for (const key of ['placedAt', 'dueAt'] as const) if (!ISO_DATE.test(out[key] ?? '')) delete out[key];
  if (order.printedDates) {
    const printedDates: NonNullable<OrderSnapshot['printedDates']> = {};
    for (const key of ['placedAt', 'dueAt'] as const) {
      const printed = order.printedDates[key] && boundPrintedDate(order.printedDates[key], cut, `${key} as printed`);
      if (printed) printedDates[key] = printed;
    }
    if (printedDates.placedAt || printedDates.dueAt) out.printedDates = printedDates;
    else delete out.printedDates;
  }
  if ((out.shop ?? '').length > L.shopChars) delete out.shop;
  if (order.customerNotes)
    out.customerNotes = order.customerNotes
      .slice(0, L.customerNotesPerOrder)
      .map((note) => clip(note, L.customerNoteChars));
  if (order.previousOrderIds)
    out.previousOrderIds = order.previousOrderIds
      .filter((id) => id && id.length <= L.orderIdChars && id !== order.orderId)
      .slice(0, L.previousOrderIdsPerOrder);
  return { order: out, ...(cut.size ? { warning: `${name}: too long to keep whole: ${[...cut].join('; ')}.` } : {}) };
}

/** At most READ_LIMITS.warningsPerPage warnings, each at most READ_LIMITS.warningChars long; the last says how many were left out. */
function boundWarnings(warnings: string[]): string[] {
  const unique = [...new Set(warnings)];
  const max = READ_LIMITS.warningsPerPage;
  const kept = (unique.length > max ? unique.slice(0, max - 1) : unique).map((w) => clip(w, READ_LIMITS.warningChars));
  if (unique.length > max) kept.push(`…and ${count(unique.length - kept.length)} more warnings about this page.`);
  return kept;
}

/**
 * A reading as the background accepts it: every order within READ_LIMITS (or skipped alone, with a
 * warning), at most READ_LIMITS.ordersPerPage orders, bounded warnings and error text. One step
 * per order, so a list of 500 is bounded in slices like the reading of its rows.
 */
export function* boundReadingSteps(reading: PageReading, pageUrl: URL): Steps<PageReading> {
  if (!reading.ok) return { ...reading, error: clip(reading.error, READ_LIMITS.errorChars) };
  const orders: OrderSnapshot[] = [];
  const skipped: string[] = [];
  const shortened: string[] = [];
  for (const order of reading.orders.slice(0, READ_LIMITS.ordersPerPage)) {
    const bounded = boundOrder(order, pageUrl);
    if (bounded.warning) (bounded.order ? shortened : skipped).push(bounded.warning);
    if (bounded.order) orders.push(bounded.order);
    yield;
  }
  if (!orders.length && skipped.length) {
    return {
      ok: false,
      marketplace: reading.marketplace,
      kind: reading.kind,
      error: clip(`No order on this page could be read: ${skipped[0]}`, READ_LIMITS.errorChars),
    };
  }
  const capped =
    reading.orders.length > READ_LIMITS.ordersPerPage
      ? [`Settle kept only the first ${count(READ_LIMITS.ordersPerPage)} orders of this page.`]
      : [];
  return { ...reading, orders, warnings: boundWarnings([...capped, ...reading.warnings, ...skipped, ...shortened]) };
}
