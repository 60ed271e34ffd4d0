import type { Money } from '../../model/money';
import { currencyFromSymbol, parseMoneyResult } from '../parse/money';
import { textOf } from './page-text';
import { selectors } from './selectors';

export type ReadMoney = { ok: true; money: Money } | { ok: false; error: string };

/**
 * The ISO code for Etsy's currency symbol. Etsy writes every dollar but the US one with its
 * prefix (CA$, AU$, NZ$, HK$), so a bare "$" is USD; "¥" and "kr" follow the page's language.
 */
function currencyOf(symbol: string, lang: string): string | undefined {
  if (symbol === '$') return 'USD';
  const found = currencyFromSymbol(symbol, lang);
  return found ? found.currency : undefined;
}

/**
 * Reads Etsy money (`<span class=currency-symbol>€</span><span class=currency-value>1.234,56</span>`)
 * inside `el`: the first amount there. A total is never negative.
 */
export function readEtsyMoney(el: Element | null, lang: string): ReadMoney {
  const value = el && el.querySelector(selectors.moneyValue);
  if (!el || !value) return { ok: false, error: `no amount (${selectors.moneyValue})` };
  const symbol = textOf(el.querySelector(selectors.moneySymbol));
  const currency = currencyOf(symbol, lang);
  if (!currency) return { ok: false, error: `the currency "${symbol}" is not one Settle knows` };
  const parsed = parseMoneyResult(textOf(value), { currency, lang });
  if (!parsed.ok) return parsed;
  if (parsed.money.amount < 0) return { ok: false, error: 'the amount is negative' };
  return { ok: true, money: parsed.money };
}
