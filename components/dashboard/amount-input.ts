import { decimalToMinor } from '@/lib/model/money';

/**
 * An amount the seller typed, in minor units: "1,238.80", "1238.8", "1 238,80" and "298" all
 * work. Null when it is not a positive amount.
 */
export function parseAmountInput(text: string, currency: string): number | null {
  let s = text.replace(/[\s\u00a0]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,3}$/.test(s)) s = s.replace(',', '.');
  const minor = decimalToMinor(s, currency);
  return minor !== null && minor > 0 ? minor : null;
}
