import { daysInMonth } from '../parse/wall-time';

/** Month names as Etsy's Shop Manager abbreviates them, by language (German: "Nov.", "März", "Sept."). */
const MONTHS: Record<string, string[]> = {
  en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  de: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
};

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar date as the orders page writes it, `Nov 3, 2026` (English) or `3. Nov. 2026`
 * (German), as an ISO date; undefined for anything else (relative words among them).
 */
export function parseAbsoluteDate(text: string, lang: string): string | undefined {
  const months = MONTHS[lang.slice(0, 2).toLowerCase()] ?? MONTHS.en!;
  const en = /^([a-zäöü]{3})[a-zäöü]*\.? (\d{1,2}), (\d{4})$/i.exec(text);
  const de = /^(\d{1,2})\. ([a-zäöü]{3})[a-zäöü]*\.? (\d{4})$/i.exec(text);
  const [month, day, year] = en ? [en[1]!, en[2]!, en[3]!] : de ? [de[2]!, de[1]!, de[3]!] : [];
  const m = month ? months.indexOf(month.toLowerCase()) + 1 : 0;
  const d = Number(day);
  return m && d >= 1 && d <= daysInMonth(Number(year), m) ? `${year}-${two(m)}-${two(d)}` : undefined;
}
