import { numberFormat } from '../i18n/intl-cache';

/** Money as integer minor units (cents, fen) beside its ISO 4217 code. JPY and KRW have no minor unit. */
export interface Money {
  amount: number;
  currency: string;
}

const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'TWD', 'UGX', 'XAF', 'XOF', 'PYG']);
const THREE_DECIMAL = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/** How many minor-unit digits a currency has in everyday prices. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/** Turns a decimal string such as "1238.8" into minor units of `currency`, without float drift. */
export function decimalToMinor(decimal: string, currency: string): number | null {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) return null;
  const digits = minorDigits(currency);
  const whole = m[2] ?? '0';
  const frac = (m[3] ?? '').padEnd(digits + 1, '0');
  let minor = Number(whole) * 10 ** digits + Number(frac.slice(0, digits) || '0');
  if (Number(frac[digits] ?? '0') >= 5) minor += 1; // round half up on the first dropped digit
  return m[1] ? -minor : minor;
}

/** Formats money for people with Intl, in the given UI locale. */
export function formatMoney(money: Money, locale: string): string {
  const digits = minorDigits(money.currency);
  const value = money.amount / 10 ** digits;
  try {
    return numberFormat(locale, { style: 'currency', currency: money.currency }).format(value);
  } catch {
    // An unknown code (not ISO 4217) still shows the number with its code.
    return `${value.toFixed(digits)} ${money.currency}`;
  }
}
