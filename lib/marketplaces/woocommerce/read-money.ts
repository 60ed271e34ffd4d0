import type { Money } from '../../model/money';
import { currencyFromSymbol, parseMoneyResult } from '../parse/money';
import { selectors } from './selectors';
import type { ShopCurrency } from './shop-currency';

export interface MoneyContext {
  shop?: ShopCurrency;
  lang: string;
  warnings: string[];
}

/** The ISO code for a wc_price symbol: the shop's own code when the symbol is the shop's, else by symbol. */
function currencyFor(symbol: string | undefined, ctx: MoneyContext): string | undefined {
  const shop = ctx.shop ?? {};
  if (shop.code && (!symbol || symbol === shop.symbol)) return shop.code;
  if (!symbol) return undefined;
  const guess = currencyFromSymbol(symbol, ctx.lang);
  if (!guess) return undefined;
  if (guess.ambiguous) ctx.warnings.push(`The currency symbol "${symbol}" is ambiguous; read as ${guess.currency}.`);
  return guess.currency;
}

/** A total read, or why not (`the amount is negative`), for the reading's warning or error. */
export type ReadMoney = { ok: true; money: Money } | { ok: false; error: string };

/**
 * Reads money that wc_price rendered, e.g. `<span class=woocommerce-Price-amount><bdi>
 * <span class=woocommerce-Price-currencySymbol>€</span>1.238,80</bdi></span>`, with the shop's separators.
 * `text` overrides the element text (a refunded total's <del> holds the gross as plain text).
 * Only totals are read here, so a negative amount is a failure: a total is never below zero.
 */
export function readMoney(el: Element | null | undefined, ctx: MoneyContext, text?: string): ReadMoney {
  if (!el) return { ok: false, error: 'no amount on the page' };
  const amountEl = el.matches(selectors.priceAmount) ? el : (el.querySelector(selectors.priceAmount) ?? el);
  // Optional: wc_price leaves the symbol out when the shop shows a code instead; then the text or the shop names the currency.
  const symbolEl = amountEl.querySelector(selectors.priceSymbol);
  const symbol = (symbolEl && (symbolEl.textContent ?? '').trim()) || undefined;
  const currency = currencyFor(symbol, ctx);
  const shop = ctx.shop ?? {};
  const parsed = parseMoneyResult(text ?? amountEl.textContent ?? '', {
    currency,
    decimalSeparator: shop.decimalSeparator,
    thousandSeparator: shop.thousandSeparator,
    lang: ctx.lang,
  });
  if (!parsed.ok) return parsed;
  if (!currency) ctx.warnings.push(...parsed.warnings);
  return { ok: true, money: parsed.money };
}
