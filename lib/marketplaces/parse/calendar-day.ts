import { daysBackOf, isConnector, monthNamed, weekdayNamed } from './date-words';
import type { DateHints } from './dates';

/** The day a date text names, before it is checked against the calendar and placed in time. */
export type CalendarDay =
  | { kind: 'date'; year?: number; month: number; day: number; weekday?: number }
  | { kind: 'days-back'; days: number }
  | { kind: 'weekday'; weekday: number }
  | { error: string };

// 2026年12月5日, 12月5日 (zh, ja).
const CJK_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/;
// 2026-12-05, 2026/12/05, 05.12.2026, 12/05/2026, 05.12.26.
const NUMERIC_DATE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)\.?/;
const TOKEN_SEPARATORS = /[\s,;|@()[\]、·•]+/;
const PUNCTUATION_ONLY = /^[-–—./:]*$/;
const NUMBER = /^(\d{1,4})(?:st|nd|rd|th|er|e|o|º|ª)?$/;

type NumericDate = { kind: 'date'; year?: number; month: number; day: number } | { error: string };

function numericDate(match: RegExpExecArray, order: DateHints['order']): NumericDate {
  const [whole, a = '', separator, b = '', c = ''] = match;
  if (a.length === 4)
    return c.length <= 2 ? { kind: 'date', year: +a, month: +b, day: +c } : { error: `"${whole}" is not a date` };
  if ((c.length !== 4 && c.length !== 2) || a.length > 2) return { error: `"${whole}" is not a date` };
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  // Dates written with dots are day first in every language that writes them so.
  let fieldOrder = order ?? (separator === '.' ? 'dmy' : undefined);
  if (fieldOrder === 'ymd') return { error: `"${whole}" does not start with the year, as this console's dates do` };
  if (!fieldOrder) {
    if (+a > 12 && +b <= 12) fieldOrder = 'dmy';
    else if (+b > 12 && +a <= 12) fieldOrder = 'mdy';
    else if (a === b) fieldOrder = 'dmy';
    else return { error: `"${whole}" could be day first or month first, and the console's date order is not known` };
  }
  const [day, month] = fieldOrder === 'dmy' ? [+a, +b] : [+b, +a];
  return { kind: 'date', year, month, day };
}

/** Reads the day part of a date text (its time already taken out): a date, a day word, or a weekday. */
export function readCalendarDay(text: string, hints: DateHints): CalendarDay {
  let rest = text;
  let date: NumericDate | undefined;
  const cjk = CJK_DATE.exec(rest);
  const numeric = cjk ? null : NUMERIC_DATE.exec(rest);
  if (cjk) {
    const [whole, year, month = '', day = ''] = cjk;
    date = { kind: 'date', ...(year ? { year: +year } : {}), month: +month, day: +day };
    rest = rest.replace(whole, ' ');
  } else if (numeric) {
    date = numericDate(numeric, hints.order);
    if ('error' in date) return date;
    rest = rest.replace(numeric[0], ' ');
  }
  const tokens = rest
    .split(TOKEN_SEPARATORS)
    .map((token) => token.replace(/\.$/, ''))
    .filter((token) => !PUNCTUATION_ONLY.test(token) && !isConnector(token, hints.lang));
  if (!date && tokens.length) {
    const daysBack = daysBackOf(tokens.join(' '), hints.lang);
    if (daysBack !== undefined) return { kind: 'days-back', days: daysBack };
  }
  const numbers: string[] = [];
  const months: number[] = [];
  const weekdays: number[] = [];
  for (const token of tokens) {
    const number = NUMBER.exec(token);
    if (number) {
      numbers.push(number[1]!);
      continue;
    }
    const month = monthNamed(token, hints.lang);
    const weekday = month ? undefined : weekdayNamed(token, hints.lang);
    const found = month ?? weekday;
    if (!found) return { error: `"${token}" is not part of a date` };
    if ('ambiguous' in found) return { error: `"${token}" could name more than one ${month ? 'month' : 'weekday'}` };
    (month ? months : weekdays).push(found.found);
  }
  if (weekdays.length > 1) return { error: 'the text names more than one weekday' };
  const weekday = weekdays.length ? { weekday: weekdays[0]! } : {};
  if (date)
    return numbers.length || months.length ? { error: 'the text holds more than one date' } : { ...date, ...weekday };
  if (months.length > 1) return { error: 'the text names more than one month' };
  if (months.length === 1) {
    const days = numbers.filter((n) => n.length <= 2);
    const years = numbers.filter((n) => n.length === 4);
    if (days.length !== 1 || years.length > 1 || days.length + years.length !== numbers.length)
      return { error: 'the day of the month cannot be told from the year' };
    return {
      kind: 'date',
      ...(years.length ? { year: +years[0]! } : {}),
      month: months[0]!,
      day: +days[0]!,
      ...weekday,
    };
  }
  if (weekdays.length === 1 && !numbers.length) return { kind: 'weekday', weekday: weekdays[0]! };
  return { error: tokens.length || numbers.length ? 'there is no month in the text' : 'there is no date in the text' };
}
