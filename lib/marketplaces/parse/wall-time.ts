/** A calendar date and clock time with no zone attached: what a console prints. Month is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** The milliseconds the wall time would be if it were UTC: arithmetic on calendar fields without a zone. */
export function wallToUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The UTC wall time of an instant. */
export function utcWall(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The same clock time `days` calendar days later (negative: earlier). */
export function addDays(wall: WallTime, days: number): WallTime {
  return utcWall(wallToUtcMs(wall) + days * DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(wall: WallTime): number {
  return new Date(wallToUtcMs(wall)).getUTCDay();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(wall: WallTime): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** `+01:00`, `-08:00`, `+05:30`. */
function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 as OrderSnapshot.placedAt takes it: with the offset when one is known, else local wall time. */
export function formatDateTime(wall: WallTime, offsetMinutes?: number): string {
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${formatDate(wall)}T${time}${offsetMinutes === undefined ? '' : formatOffset(offsetMinutes)}`;
}

/** The instant's wall time at a fixed offset, for formatting an exact moment. */
export function wallAtOffset(ms: number, offsetMinutes: number): WallTime {
  return utcWall(ms + offsetMinutes * MINUTE_MS);
}
