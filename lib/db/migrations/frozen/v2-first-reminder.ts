/**
 * Frozen with schema version 2: when the version 1 → 2 upgrade plans an order's first reminder.
 * A copy of that version's planner and default settings, cut down to what a version 1 row can
 * reach: a fresh chase (nothing sent, nothing promised, not paused), the default ladder (the
 * friendly reminder one local day after the order), the default quiet hours (21:00–08:00) and
 * the seller's zone. Version 1 read only WooCommerce, whose auto-close never pulled reminders
 * forward, and had no orders added by hand. Never change it: the planner of today lives in
 * lib/tracker/schedule.ts and may change freely.
 */

interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const FIRST_STEP_DAYS = 1;
const QUIET_START_MINUTE = 21 * 60;
const QUIET_END_MINUTE = 8 * 60;

function wallTimeAt(instantMs: number, timeZone: string): WallTime {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(instantMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const asUtcMs = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The instant a wall time names in a zone; a gap's time shifts by the gap, an ambiguous hour takes the first. */
function instantOf(wall: WallTime, timeZone: string): number {
  const target = asUtcMs(wall);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const next = target - (asUtcMs(wallTimeAt(guess, timeZone)) - guess);
    if (next === guess) break;
    guess = next;
  }
  const earlier = guess - 3600_000;
  return asUtcMs(wallTimeAt(earlier, timeZone)) === target ? earlier : guess;
}

/** An ISO string with an offset is seen in the zone; without one it is wall time there. */
function wallTimeOf(iso: string, timeZone: string): WallTime {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?/.exec(iso);
  const hasOffset = /(?:Z|[+-]\d\d:?\d\d)$/.test(iso);
  if (m && !hasOffset)
    return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
  return wallTimeAt(Date.parse(iso), timeZone);
}

function addCalendarDays(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Moves an instant inside the quiet hours (across midnight) to the hour they end. */
function afterQuietHours(instantMs: number, timeZone: string): number {
  const wall = wallTimeAt(instantMs, timeZone);
  const minute = wall.hour * 60 + wall.minute;
  if (minute < QUIET_START_MINUTE && minute >= QUIET_END_MINUTE) return instantMs;
  const endDay = minute >= QUIET_START_MINUTE ? addCalendarDays(wall, 1) : wall;
  return instantOf({ ...endDay, hour: QUIET_END_MINUTE / 60, minute: 0, second: 0 }, timeZone);
}

/** The ISO instant the first reminder of an order placed (or first seen) at `fromIso` falls due. */
export function firstReminderDueV2(fromIso: string): string {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const due = instantOf(addCalendarDays(wallTimeOf(fromIso, timeZone), FIRST_STEP_DAYS), timeZone);
  return new Date(afterQuietHours(due, timeZone)).toISOString();
}
