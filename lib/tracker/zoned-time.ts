/**
 * Wall-clock arithmetic in a named time zone, with the zone's own DST rules (Intl, no tables of ours).
 * "Day 3" means the same wall time three local days later, so a reminder does not drift an hour
 * when the clocks change.
 */
export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone (a buyer's zone comes from page text: check before use). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeAt(instantMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instantMs))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
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

/**
 * The instant a wall time names in a zone. A time skipped by a spring-forward gap resolves to the
 * same wall time shifted by the gap (02:30 → 03:30); a repeated autumn hour takes the first one.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const target = asUtcMs(wall);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = asUtcMs(wallTimeAt(guess, timeZone)) - guess;
    const next = target - offset;
    if (next === guess) break;
    guess = next;
  }
  // Of two candidates in an ambiguous hour, prefer the earlier one.
  const earlier = guess - 3600_000;
  return asUtcMs(wallTimeAt(earlier, timeZone)) === target ? earlier : guess;
}

/** The wall time an ISO string names: with an offset, seen in `timeZone`; without one, taken as wall time there. */
export function wallTimeOf(iso: string, timeZone: string): WallTime {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?/.exec(iso);
  const hasOffset = /(?:Z|[+-]\d\d:?\d\d)$/.test(iso);
  if (m && !hasOffset) {
    return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
  }
  return wallTimeAt(Date.parse(iso), timeZone);
}

/** The same wall time `days` local days later (earlier when negative); with `businessDays`, Saturdays and Sundays are not counted. */
export function addLocalDays(wall: WallTime, days: number, businessDays: boolean): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  const step = Math.sign(days);
  let left = Math.abs(days);
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + step);
    const dow = date.getUTCDay();
    if (!businessDays || (dow !== 0 && dow !== 6)) left--;
  }
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "21:30" → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Start of the local day containing `now` in a zone, as an ISO instant. */
export function startOfLocalDay(now: string, timeZone: string): string {
  return new Date(
    instantOf({ ...wallTimeAt(Date.parse(now), timeZone), hour: 0, minute: 0, second: 0 }, timeZone),
  ).toISOString();
}
