import { decimalToMinor, minorDigits, type Money } from '../../model/money';

export interface MoneyHints {
  /** ISO 4217 code already known (e.g. from the shop's settings): wins over any symbol. */
  currency?: string;
  /**
   * ISO 4217 code an ambiguous symbol ($, ¥, kr) stands for on this page (an eBay site's own `$`):
   * read as it, without a warning. A code or an unambiguous symbol in the text still wins.
   */
  ambiguousCurrency?: string;
  decimalSeparator?: string;
  thousandSeparator?: string;
  /** The page's <html lang>, to resolve symbols such as ¥ (CNY or JPY) and kr. */
  lang?: string;
  /** Reads `-$5.00` and `($5.00)` as negative amounts; without it they are failures (a total is never negative). */
  allowNegative?: boolean;
}

export interface ParsedMoney {
  money: Money;
  warnings: string[];
}

/** Symbols and words as consoles print them; longest first so "US $" beats "$". */
const SYMBOLS: [string, string][] = [
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['AU $', 'AUD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['C $', 'CAD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['CN¥', 'CNY'],
  ['CN￥', 'CNY'],
  ['人民币', 'CNY'],
  ['RMB', 'CNY'],
  ['元', 'CNY'],
  ['円', 'JPY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Fr.', 'CHF'],
];
/** Symbols that name more than one currency: resolved by page language, and flagged. */
const AMBIGUOUS: Record<string, (lang: string) => string> = {
  $: () => 'USD',
  '¥': (lang) => (lang.startsWith('ja') ? 'JPY' : 'CNY'),
  '￥': (lang) => (lang.startsWith('ja') ? 'JPY' : 'CNY'),
  kr: (lang) => (lang.startsWith('nb') || lang.startsWith('no') ? 'NOK' : lang.startsWith('da') ? 'DKK' : 'SEK'),
};
const AMBIGUOUS_SYMBOLS = Object.keys(AMBIGUOUS);
/** Languages in which an ambiguous symbol has one obvious reading. */
const UNAMBIGUOUS_IN: Record<string, RegExp> = { '¥': /^(zh|ja)/, '￥': /^(zh|ja)/, kr: /^(sv|nb|no|da)/ };

const ISO = /(?:^|[^A-Z])([A-Z]{3})(?![A-Z])/;
const KNOWN_ISO = new Set([
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'JPY',
  'HKD',
  'TWD',
  'AUD',
  'CAD',
  'NZD',
  'SGD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'INR',
  'KRW',
  'BRL',
  'MXN',
  'RUB',
  'TRY',
  'VND',
  'THB',
  'PHP',
  'MYR',
  'IDR',
  'ZAR',
  'AED',
  'SAR',
  'ILS',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'RMB',
]);

export function currencyFromSymbol(symbol: string, lang = ''): { currency: string; ambiguous: boolean } | null {
  const s = symbol.trim();
  const resolve = AMBIGUOUS[s];
  const plainIn = UNAMBIGUOUS_IN[s];
  if (resolve)
    return { currency: resolve(lang.toLowerCase()), ambiguous: !(plainIn && plainIn.test(lang.toLowerCase())) };
  const hit = SYMBOLS.find(([sym]) => sym === s);
  return hit ? { currency: hit[1], ambiguous: false } : null;
}

/** Full-width digits and punctuation (１，２９９．００) as ASCII, a run at a time. */
function toAscii(text: string): string {
  const ascii = (run: string) => {
    let out = '';
    for (let i = 0; i < run.length; i++) out += String.fromCharCode(run.charCodeAt(i) - 0xfee0);
    return out;
  };
  return text.replace(/[\uFF01-\uFF5E]+/g, ascii).replace(/[\u00A0\u2009\u202F]/g, ' ');
}

function currencyIn(text: string, hints: MoneyHints, warnings: string[]): string | undefined {
  const iso = (ISO.exec(text) ?? [])[1];
  if (iso && KNOWN_ISO.has(iso)) return iso === 'RMB' ? 'CNY' : iso;
  // Indexed rather than destructured: every amount runs this, mostly before the page's JIT has optimised it.
  for (let i = 0; i < SYMBOLS.length; i++) if (text.includes(SYMBOLS[i]![0])) return SYMBOLS[i]![1];
  for (const sym of AMBIGUOUS_SYMBOLS) {
    if (!(sym === 'kr' ? /\bkr\b/i.test(text) : text.includes(sym))) continue;
    const found = currencyFromSymbol(sym, hints.lang)!;
    if (!found.ambiguous) return found.currency;
    if (hints.ambiguousCurrency) return hints.ambiguousCurrency.toUpperCase();
    warnings.push(`The currency symbol "${sym}" is ambiguous; read as ${found.currency}.`);
    return found.currency;
  }
  return undefined;
}

/** Decides which separator is the decimal one when the page does not say. */
function normalise(num: string, currency: string, hints: MoneyHints): string | null {
  if (hints.decimalSeparator) {
    const th = hints.thousandSeparator ?? '';
    const body = th ? num.split(th).join('') : num;
    return body.replace(/[\s']/g, '').replace(hints.decimalSeparator, '.');
  }
  const clean = num.replace(/[\s']/g, '');
  const lastDot = clean.lastIndexOf('.');
  const lastComma = clean.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const th = dec === '.' ? ',' : '.';
    return clean.split(th).join('').replace(dec, '.');
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return clean;
  const parts = clean.split(sep);
  const tail = parts.at(-1) ?? '';
  // "1,234" and "1.234.567" group thousands; "12,50" and "12.5" have decimals.
  const grouping = parts.length > 2 || (tail.length === 3 && minorDigits(currency) !== 3);
  return grouping ? parts.join('') : `${parts.slice(0, -1).join('')}.${tail}`;
}

/** The longest amount (digits and separators, `1,234,567.89`) read as money; longer text is not a price. */
export const MAX_AMOUNT_CHARS = 64;

export type MoneyResult = { ok: true; money: Money; warnings: string[] } | { ok: false; error: string };

const SEPARATOR = /[\s.,']/;

/**
 * Reads an amount as consoles print it: `¥1,299.00`, `US $12.50`, `1.238,80 €`, `￥８８`.
 * Linear in the text (each regex here makes one pass, none nests quantifiers), and the amount itself
 * must be at most MAX_AMOUNT_CHARS long. A negative amount (`-$5.00`, `($5.00)`) is a failure unless
 * `hints.allowNegative`: an order total never is. `warnings` says when the currency was a guess.
 */
export function parseMoneyResult(text: string, hints: MoneyHints = {}): MoneyResult {
  const fail = (error: string): MoneyResult => ({ ok: false, error });
  const ascii = toAscii(text);
  const match = /\d[\d\s.,']*/.exec(ascii);
  if (!match) return fail('there is no number');
  // Trailing separators ("12.50, ") are not part of the amount: one backward pass.
  let end = match[0].length;
  while (end > 1 && SEPARATOR.test(match[0][end - 1]!)) end--;
  if (end > MAX_AMOUNT_CHARS) return fail(`the amount is longer than ${MAX_AMOUNT_CHARS} characters`);
  const num = match[0].slice(0, end);
  const warnings: string[] = [];
  const currency = (hints.currency && hints.currency.toUpperCase()) || currencyIn(ascii, hints, warnings);
  if (!currency) return fail('the currency is not shown');
  const decimal = normalise(num, currency, hints);
  if (decimal === null || !/^\d+(\.\d+)?$/.test(decimal)) return fail(`"${num}" is not an amount`);
  const amount = decimalToMinor(decimal, currency);
  if (amount === null || !Number.isSafeInteger(amount)) return fail('the amount is too large');
  const negative = /[-\u2212]\s*\D{0,4}$/.test(ascii.slice(0, match.index)) || /^\s*\(.*\)\s*$/.test(ascii);
  if (negative && !hints.allowNegative) return fail('the amount is negative');
  return { ok: true, money: { amount: negative ? -amount : amount, currency }, warnings };
}

/** parseMoneyResult without the reason: null when the text holds no amount Settle reads. */
export function parseMoney(text: string, hints: MoneyHints = {}): ParsedMoney | null {
  const result = parseMoneyResult(text, hints);
  return result.ok ? { money: result.money, warnings: result.warnings } : null;
}
