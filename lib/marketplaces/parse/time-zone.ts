import { DAY_MS, wallToUtcMs, type WallTime } from './wall-time';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (building one costs far more than using it). Throws RangeError for an unknown zone. */
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** True when Intl knows the IANA zone. */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time in `timeZone` at an instant. */
export function wallInZone(timeZone: string, ms: number): WallTime {
  const fields: Record<string, number> = {};
  for (const part of formatIn(timeZone).formatToParts(ms)) if (part.type !== 'literal') fields[part.type] = +part.value;
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = fields;
  return { year, month, day, hour, minute, second };
}

/** The zone's offset from UTC, in minutes, at an instant. */
export function offsetInZone(timeZone: string, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallToUtcMs(wallInZone(timeZone, whole)) - whole) / 60_000);
}

export type ZoneOffset = { ok: true; offsetMinutes: number } | { ok: false; error: string };

/**
 * The offset a wall time has in `timeZone`. A wall time the clocks skip (spring forward) or pass
 * twice (fall back) has no single reading: it fails rather than pick one.
 */
export function offsetForWall(timeZone: string, wall: WallTime): ZoneOffset {
  const asUtc = wallToUtcMs(wall);
  // Zone transitions are days apart: the offsets a day either side are the only candidates.
  const candidates = new Set([offsetInZone(timeZone, asUtc - DAY_MS), offsetInZone(timeZone, asUtc + DAY_MS)]);
  const fits = [...candidates].filter((offset) => offsetInZone(timeZone, asUtc - offset * 60_000) === offset);
  if (fits.length === 1) return { ok: true, offsetMinutes: fits[0]! };
  return {
    ok: false,
    error: fits.length
      ? `the time occurs twice in ${timeZone} (the clocks go back that night) and the page does not say which`
      : `the time does not exist in ${timeZone} (the clocks go forward that night)`,
  };
}
