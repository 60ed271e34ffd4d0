import type { Money } from '../../model/money';
import { currencyFromSymbol, parseMoney } from '../parse/money';
import { selectors } from './selectors';
import type { ShopCurrency } from './shop-currency';

export interface MoneyContext {
  shop?: ShopCurrency;
  lang: string;
  warnings: string[];
}

/** The ISO code for a wc_price symbol: the shop's own code when the symbol is the shop's, else by symbol. */
function currencyFor(symbol: string | undefined, ctx: MoneyContext): string | undefined {
  const shop = ctx.shop;
  if (shop?.code && (!symbol || symbol === shop.symbol)) return shop.code;
  if (!symbol) return undefined;
  const guess = currencyFromSymbol(symbol, ctx.lang);
  if (!guess) return undefined;
  if (guess.ambiguous) ctx.warnings.push(`The currency symbol "${symbol}" is ambiguous; read as ${guess.currency}.`);
  return guess.currency;
}

/**
 * Reads money that wc_price rendered, e.g. `<span class=woocommerce-Price-amount><bdi>
 * <span class=woocommerce-Price-currencySymbol>€</span>1.238,80</bdi></span>`, with the shop's separators.
 * `text` overrides the element text (a refunded total's <del> holds the gross as plain text).
 */
export function readMoney(el: Element | null | undefined, ctx: MoneyContext, text?: string): Money | null {
  if (!el) return null;
  const amountEl = el.matches(selectors.priceAmount) ? el : (el.querySelector(selectors.priceAmount) ?? el);
  const symbol = amountEl.querySelector(selectors.priceSymbol)?.textContent?.trim() || undefined;
  const currency = currencyFor(symbol, ctx);
  const parsed = parseMoney(text ?? amountEl.textContent ?? '', {
    currency,
    decimalSeparator: ctx.shop?.decimalSeparator,
    thousandSeparator: ctx.shop?.thousandSeparator,
    lang: ctx.lang,
  });
  if (!parsed) return null;
  if (!currency) ctx.warnings.push(...parsed.warnings);
  return parsed.money;
}
