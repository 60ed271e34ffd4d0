import { isOpenStatus, type Buyer, type OrderSnapshot, type OrderStatus } from '../../model/order';
import type { ReadResult } from '../types';
import { orderName } from '../bound';
import { printedDatesOf } from '../printed-dates';
import { cardByHeading, cardLines, valueBeside } from './card';
import { dueDateWords, placedDateWords } from './date-words';
import { readItems } from './extract-items';
import { isLabel, LABELS } from './labels';
import { orderIdOf } from './order-link';
import { badgeText, textOf } from './page-text';
import { isDraftPage } from './pages';
import { readMoney, type ReadContext } from './read-money';
import { selectors } from './selectors';
import { draftStatusOf, orderStatusOf, paymentStatusOf } from './status';
import { shopifyStoreOf } from './store';

/** A named failure: which part of the order page could not be read, and where the reader looked. */
class MissingPart extends Error {}
const missing = (part: string, where: string) => new MissingPart(`The order's ${part} was not found (${where}).`);

/** The status the page header's badges show (a canceled order first), else the payment card's heading. */
function readStatus(header: Element, main: Element, drafts: boolean): { status?: OrderStatus; words: string } {
  const badges = [...header.querySelectorAll(selectors.badge)].map(badgeText);
  const readers = drafts ? [draftStatusOf] : [orderStatusOf, paymentStatusOf];
  for (const statusOf of readers)
    for (const words of badges) {
      const status = statusOf(words);
      if (status) return { status, words };
    }
  if (!drafts)
    for (const heading of main.querySelectorAll(selectors.cardHeading)) {
      const words = textOf(heading);
      const status = paymentStatusOf(words);
      if (status) return { status, words };
    }
  return { words: badges[0] ?? '' };
}

/** An email shown as text, the whole of one element's words. */
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/** A mailto: link's address, or nothing when its escapes are broken (a hostile page's `%E0%A4%A`). */
function mailtoAddress(href: string): string {
  try {
    return decodeURIComponent(href.replace(/^mailto:/i, '').split('?')[0] ?? '');
  } catch {
    return '';
  }
}

/** The customer card: the name (its customer link), the email and phone (their links, else the email as text). */
function readBuyer(main: Element): Buyer {
  const card = cardByHeading(main, (h) => isLabel(h, LABELS.customerCard));
  if (!card) return {};
  const buyer: Buyer = {};
  const name = textOf(card.querySelector(selectors.customerLink));
  if (name) buyer.name = name;
  const mailto = card.querySelector(selectors.mailto);
  const email = mailto
    ? mailtoAddress(mailto.getAttribute('href') ?? '')
    : [...card.querySelectorAll('*')].map((el) => (el.childElementCount ? '' : textOf(el))).find((t) => EMAIL.test(t));
  if (email) buyer.email = email;
  const tel = card.querySelector(selectors.tel);
  const phone = tel ? (tel.getAttribute('href') ?? '').replace(/^tel:/i, '').trim() : '';
  if (phone) buyer.phone = phone;
  return buyer;
}

/** Reads an order page or a draft order page of the Shopify admin. */
export function readShopifyOrder(doc: Document, url: URL): ReadResult<OrderSnapshot> {
  try {
    const main = doc.querySelector(selectors.main);
    if (!main) throw missing('page', selectors.main);
    const drafts = isDraftPage(url);
    const title = main.querySelector(selectors.title);
    const orderId = orderIdOf(textOf(title));
    if (!title || !orderId) throw missing('number', `${selectors.title}: "#1001"`);
    const header = title.closest(selectors.pageHeader) ?? title.parentElement ?? main;
    const ctx: ReadContext = { lang: doc.documentElement.lang, warnings: [] };

    const { status, words } = readStatus(header, main, drafts);
    if (drafts && !status)
      return {
        ok: false,
        error: `Draft ${orderName(orderId)} has no invoice sent: nobody has been asked to pay it yet.`,
      };
    const resolved = status ?? 'unknown';
    if (resolved === 'unknown')
      ctx.warnings.push(
        `${orderName(orderId)}: status "${words || '(none)'}" is not one Settle knows; it stays as it was.`,
      );

    // The payment card: headed by the payment status, else the card that has a "Total" row.
    const payment =
      cardByHeading(main, (h) => !!paymentStatusOf(h)) ??
      [...main.querySelectorAll(selectors.card)].find((c) => valueBeside(c, LABELS.total) !== undefined);
    // Its lines are read once, for the total, the balance and the due date.
    const lines = payment ? cardLines(payment) : [];
    const totalText = payment && valueBeside(payment, LABELS.total, lines);
    if (!payment || !totalText) throw missing('total', 'a "Total" row in the payment card');
    const total = readMoney(totalText, ctx);
    if (!total.ok) throw missing('total', `"${totalText}": ${total.error}`);
    const balanceText = valueBeside(payment, LABELS.balance, lines);
    // Nothing paid yet, the balance is the total's own words: read once.
    const balance = balanceText === totalText ? total : balanceText ? readMoney(balanceText, ctx) : undefined;
    const amountDue =
      resolved === 'unpaid'
        ? balance && balance.ok
          ? balance.money
          : total.money
        : resolved === 'partially_paid' && balance && balance.ok
          ? balance.money
          : undefined;
    if (resolved === 'partially_paid' && !amountDue)
      ctx.warnings.push(`${orderName(orderId)}: partly paid, but the amount still owed ("Balance") was not found.`);

    const store = shopifyStoreOf(url);
    const snapshot: OrderSnapshot = {
      marketplace: 'shopify',
      orderId,
      url: url.href,
      status: resolved,
      statusText: words,
      buyer: readBuyer(main),
      total: total.money,
      ...(amountDue ? { amountDue } : {}),
      ...printedDatesOf(
        { placedAt: placedDateWords(header), ...(isOpenStatus(resolved) && { dueAt: dueDateWords(payment, lines) }) },
        { lang: ctx.lang },
      ),
      items: readItems(main, orderId, ctx),
      ...(store ? { shop: store } : {}),
    };
    return { ok: true, value: snapshot, warnings: [...new Set(ctx.warnings)] };
  } catch (error) {
    if (error instanceof MissingPart) return { ok: false, error: error.message };
    throw error;
  }
}
