import { READ_LIMITS } from '../limits';
import { readCalendarDay } from './calendar-day';
import { readAgo, type Span } from './relative-date';
import type { TextZone } from './text-zone';
import { readTimeOfDay, type TimeOfDay } from './time-of-day';
import { isKnownZone, offsetForWall, offsetInZone, wallInZone } from './time-zone';
import {
  addDays,
  DAY_MS,
  daysInMonth,
  formatDate,
  formatDateTime,
  utcWall,
  wallAtOffset,
  wallToUtcMs,
  weekdayOf,
  type WallTime,
} from './wall-time';

export interface PageTime {
  /** The moment the page was read (clockNowSync() in a content script; fixed in tests). */
  now: Date;
  /** IANA zone the console prints its times in, when known. */
  timeZone?: string;
  /**
   * IANA zone of the browser the page was read in. When neither the text nor `timeZone` gives the
   * console's zone, "Today", "Yesterday", weekdays and "3 days ago" count from the day it is there,
   * the day the seller reading the page calls today, rather than UTC's; it gives no time an offset.
   */
  viewerZone?: string;
}
export interface DateHints {
  /** Field order of all-numeric dates: 12/03/2026 is 12 March under 'dmy', 3 December under 'mdy'. */
  order?: 'dmy' | 'mdy' | 'ymd';
  /** The page's <html lang> (en, de, fr, it, es, zh-CN, zh-TW, ja…), for month and weekday names and relative words. */
  lang?: string;
}
export type DateReading = { ok: true; iso: string } | { ok: false; error: string };

/** The longest date text read; longer text is not a date a console prints. */
export const MAX_DATE_CHARS = READ_LIMITS.printedDate.text;
const UNIT_MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: DAY_MS } as const;
const EARLIEST_YEAR = 1970;
const LATEST_YEAR = 2199;

const fail = (error: string): DateReading => ({ ok: false, error });

/** Full-width forms as ASCII, one kind of dash, apostrophe and space, lower case; ISO's `T` as a space. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/(\d)t(\d)/, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The wall time now, where the date is printed: the text's own zone, else the page's, else the viewer's, else UTC. */
function wallNow(nowMs: number, time: PageTime, zone: TextZone | undefined): WallTime {
  if (zone && 'offsetMinutes' in zone) return wallAtOffset(nowMs, zone.offsetMinutes);
  if (zone && 'timeZone' in zone) return wallInZone(zone.timeZone, nowMs);
  const pageZone = time.timeZone ?? time.viewerZone;
  return pageZone ? wallInZone(pageZone, nowMs) : utcWall(nowMs);
}

/** An exact moment back from now: with the page's offset, or in UTC when its zone is not known. */
function readAgoAt(ago: Span, nowMs: number, time: PageTime): DateReading {
  const today = wallNow(nowMs, time, undefined);
  if (ago.unit === 'day') return { ok: true, iso: formatDate(addDays(today, -ago.count)) };
  const at = Math.floor((nowMs - ago.count * UNIT_MS[ago.unit]) / 1000) * 1000;
  const offset = time.timeZone ? offsetInZone(time.timeZone, at) : 0;
  return { ok: true, iso: formatDateTime(wallAtOffset(at, offset), offset) };
}

/** The offset of a wall time: from the text's zone, else from the page's zone; undefined when neither is known. */
function offsetOf(wall: WallTime, zone: TextZone | undefined, pageZone: string | undefined) {
  if (zone && 'offsetMinutes' in zone) return { ok: true as const, offsetMinutes: zone.offsetMinutes };
  if (zone && 'timeZone' in zone) return offsetForWall(zone.timeZone, wall);
  if (!pageZone)
    return zone ? { ok: false as const, error: `"${zone.name}" names more than one time zone` } : undefined;
  const inPageZone = offsetForWall(pageZone, wall);
  if (zone && !(inPageZone.ok && zone.offsetsMinutes.includes(inPageZone.offsetMinutes)))
    return { ok: false as const, error: `"${zone.name}" names more than one time zone, and none is ${pageZone}` };
  return inPageZone;
}

/** Year, month and day of the calendar-day reading, checked against the calendar. */
function dayOf(
  day: Exclude<ReturnType<typeof readCalendarDay>, { error: string }>,
  today: WallTime,
): WallTime | string {
  if (day.kind === 'days-back') return addDays(today, -day.days);
  if (day.kind === 'weekday') {
    const back = (weekdayOf(today) - day.weekday + 7) % 7;
    // Consoles say "Today" for today: the same weekday could as well be a week ago.
    if (back === 0) return 'the weekday is today’s, so it could be today or a week ago';
    return addDays(today, -back);
  }
  let year = day.year;
  if (year === undefined) {
    // A date without a year is the latest such date not after tomorrow (the console may be a zone ahead).
    year = today.year;
    const thisYear = { ...today, year, month: day.month, day: Math.min(day.day, daysInMonth(year, day.month)) };
    if (wallToUtcMs(thisYear) > wallToUtcMs(today) + DAY_MS) year -= 1;
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return `the year ${year} is not a year an order is placed in`;
  if (day.month < 1 || day.month > 12) return `there is no month ${day.month}`;
  if (day.day < 1 || day.day > daysInMonth(year, day.month))
    return `${formatDate({ ...today, year, month: day.month, day: 1 }).slice(0, 7)} has no day ${day.day}`;
  const wall = { year, month: day.month, day: day.day, hour: 0, minute: 0, second: 0 };
  if (day.weekday !== undefined && weekdayOf(wall) !== day.weekday) return 'the weekday does not match the date';
  return wall;
}

/**
 * Reads a date as seller consoles print it: ISO, `Dec 5, 2026 at 2:05 pm`, `5. Dez. 2026`,
 * `05.12.2026 14:05 MEZ`, `2026年12月5日 14:05`, `Yesterday at 14:05`, `vor 3 Tagen`, `3天前`, `Montag`.
 *
 * The ISO string is what OrderSnapshot.placedAt takes:
 * - a date without a time (`Dec 5, 2026`, `2 days ago`) is a date alone: `2026-12-05`;
 * - a time with a zone in the text (`PST`, `GMT+1`) or a known `time.timeZone` carries its offset;
 *   with neither it is the wall time without an offset;
 * - a span back from now in seconds, minutes or hours is an exact moment: with the page zone's
 *   offset, or in UTC (`+00:00`) when the zone is not known.
 * Words relative to today (`Yesterday`, `Monday`, a date without its year) count from the date
 * now in the text's zone, else `time.timeZone`, else `time.viewerZone`, else UTC: near midnight a
 * page whose zone is not given may be a day off, so pass the zone when the console says it.
 *
 * Anything it cannot read for sure (`12/05/2026` with no field order, `CST` without the page's
 * zone, a time the clocks skip or pass twice, `2 weeks ago`) fails with the reason.
 */
export function parseConsoleDate(text: string, time: PageTime, hints: DateHints = {}): DateReading {
  if (text.length > MAX_DATE_CHARS) return fail(`the text is longer than ${MAX_DATE_CHARS} characters`);
  const nowMs = time.now.getTime();
  if (!Number.isFinite(nowMs)) return fail('the time the page was read is not known');
  for (const zone of [time.timeZone, time.viewerZone])
    if (zone && !isKnownZone(zone)) return fail(`"${zone}" is not a time zone`);
  const clean = normalise(text);
  if (!clean) return fail('there is no date in the text');
  const ago = readAgo(withoutAccents(clean));
  if (ago) return 'vague' in ago ? fail(`"${clean}" is too vague to date an order by`) : readAgoAt(ago, nowMs, time);
  const clock = readTimeOfDay(clean);
  if ('error' in clock) return fail(clock.error);
  const calendarDay = readCalendarDay(clock.rest, hints);
  if ('error' in calendarDay) return fail(calendarDay.error);
  const day = dayOf(calendarDay, wallNow(nowMs, time, clock.zone));
  if (typeof day === 'string') return fail(day);
  if (!clock.time) return { ok: true, iso: formatDate(day) };
  const wall = { ...day, ...(clock.time satisfies TimeOfDay) };
  const offset = offsetOf(wall, clock.zone, time.timeZone);
  if (offset && !offset.ok) return fail(offset.error);
  return { ok: true, iso: formatDateTime(wall, offset ? offset.offsetMinutes : undefined) };
}
