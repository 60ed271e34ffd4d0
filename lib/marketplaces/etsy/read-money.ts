import { decimalToMinor, type Money } from '../../model/money';
import { textOf } from './page-text';
import { selectors } from './selectors';

export type ReadMoney = { ok: true; money: Money } | { ok: false; error: string };

/**
 * Etsy's currency symbols, longest first. Etsy writes every dollar but the US one with its prefix
 * (CA$, AU$…), so a bare "$" is USD; its yen is JPY (Etsy has no CNY shop currency).
 * Etsy's own money markup gives the symbol its own element, so the general money parser
 * (lib/marketplaces/parse/money.ts, 3 KB of the always-on script) is not needed here.
 */
const SYMBOLS: [string, string][] = [
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['zł', 'PLN'],
];
/** "kr" is Danish, Norwegian or Swedish crowns: told by the page's language, else not read. */
const CROWNS: Record<string, string> = { da: 'DKK', nb: 'NOK', no: 'NOK', nn: 'NOK', sv: 'SEK' };

function currencyOf(symbol: string, lang: string): string | undefined {
  if (/^[A-Z]{3}$/.test(symbol)) return symbol;
  if (symbol === 'kr') return CROWNS[lang.slice(0, 2).toLowerCase()];
  return (SYMBOLS.find(([s]) => s === symbol) ?? [])[1];
}

/**
 * Each language's decimal separator, once found: making an Intl.NumberFormat costs about 0.1 ms
 * in Chromium, the whole of a row's reading on a 500-row list.
 */
const separators = new Map<string, string>();

/** The page language's decimal separator ("," in German), "." when the language is not one Intl knows. */
function decimalSeparator(lang: string): string {
  let sep = separators.get(lang);
  if (sep === undefined) {
    try {
      const part = new Intl.NumberFormat(lang || 'en').formatToParts(1.5).find((p) => p.type === 'decimal');
      sep = part ? part.value : '.';
    } catch {
      sep = '.';
    }
    separators.set(lang, sep);
  }
  return sep;
}

/**
 * Reads Etsy money (`<span class=currency-symbol>€</span><span class=currency-value>1.234,56</span>`)
 * inside `el`: the first amount there, its digits grouped and separated as the page's language
 * writes them. A total is never negative.
 */
export function readEtsyMoney(el: Element | null, lang: string): ReadMoney {
  const value = el && el.querySelector(selectors.moneyValue);
  if (!el || !value) return { ok: false, error: `no amount (${selectors.moneyValue})` };
  const symbol = textOf(el.querySelector(selectors.moneySymbol));
  const currency = currencyOf(symbol, lang);
  if (!currency) return { ok: false, error: `the currency "${symbol}" is not one Settle knows` };
  const sep = decimalSeparator(lang);
  const words = textOf(value).normalize('NFKC');
  const decimal = words.replace(new RegExp(`[^0-9${sep === '.' ? '\\.' : sep}]`, 'g'), '').replace(sep, '.');
  const amount = /\d/.test(words) && !/-/.test(words) ? decimalToMinor(decimal, currency) : null;
  if (amount === null) return { ok: false, error: `"${words.slice(0, 40)}" is not an amount` };
  return { ok: true, money: { amount, currency } };
}
