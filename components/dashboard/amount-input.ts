import { decimalToMinor, formatMoney, minorDigits } from '@/lib/model/money';
import { isSaneAmount, maxMinorAmount } from '@/lib/model/chase';
import { t } from '@/lib/i18n/t';

/**
 * An amount the seller typed, in minor units: "1,238.80", "1238.8", "1 238,80", "1.238.500" and
 * "298" all work. Null when it is not a positive amount, or when it could mean two amounts a
 * thousand times apart ("12.345": twelve and a bit, or twelve thousand?) — the seller is asked.
 */
export function parseAmountInput(text: string, currency: string): number | null {
  const read = readAmount(text, currency);
  return read !== null && isSaneAmount(read, currency) ? read : null;
}

/**
 * The amount typed, checked: minor units, or what to tell the seller beside the field — unreadable
 * or not above zero, or above what Settle records (1,000,000,000.00: more is a typing slip, and it
 * would break the totals).
 */
export function checkAmountInput(
  text: string,
  currency: string,
  locale: string,
): { ok: true; minor: number } | { ok: false; error: string } {
  const read = readAmount(text, currency);
  if (read !== null && read > 0 && !isSaneAmount(read, currency))
    return {
      ok: false,
      error: t('dashErrAmountTooLarge', formatMoney({ amount: maxMinorAmount(currency), currency }, locale)),
    };
  if (read === null || !isSaneAmount(read, currency)) return { ok: false, error: t('dashErrAmount') };
  return { ok: true, minor: read };
}

function readAmount(text: string, currency: string): number | null {
  let s = text.replace(/[\s\u00a0]/g, '');
  if (/^\d{1,3}\.\d{3}$/.test(s)) {
    // Three decimals are a dinar's fils; for any other currency "12.345" is ambiguous.
    if (minorDigits(currency) !== 3) return null;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,3}$/.test(s)) s = s.replace(',', '.');
  const minor = decimalToMinor(s, currency);
  return minor !== null && minor > 0 ? minor : null;
}
