import { readZoneAt, type TextZone } from './text-zone';

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

/** What the time took out of a date text: the time, the zone printed after it, and the text left. */
export type TimeReading = { time?: TimeOfDay; zone?: TextZone; rest: string } | { error: string };

// 14:05, 14:05:33.123, 14h05 (fr), 14时05分 / 14點05分 (zh), 2 pm (hour alone, only with am/pm).
const CLOCK =
  /(?<![\d:])(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?|\s?h\s?(\d{2})|\s*[时時点點]\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?|\s?(?=[ap]\.?\s?m\b))(?!\d)/;
const MERIDIEM_AFTER = /^\s*([ap])\.?\s?m\b\.?/;
const MERIDIEM_BEFORE = /(上午|凌晨|早上|午前|下午|晚上|午後)\s*$/;
/** A word that only says "o'clock" after a time. */
const OCLOCK_AFTER = /^\s*(?:uhr|h|hs|horas|uur)(?![a-z])/;

function withMeridiem(hour: number, meridiem: string | undefined, cjk: string | undefined): number | undefined {
  if (cjk) {
    const afternoon = cjk === '下午' || cjk === '晚上' || cjk === '午後';
    // Some consoles write 下午14:05: a 24-hour time stands as it is.
    if (hour > 12) return afternoon ? hour : undefined;
    return afternoon ? (hour % 12) + 12 : hour % 12;
  }
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (meridiem === 'p' ? 12 : 0);
}

/** Finds the one time of day in normalised date text (dates.ts), with an am/pm and a zone around it. */
export function readTimeOfDay(text: string): TimeReading {
  const clock = CLOCK.exec(text);
  if (!clock) return { rest: text };
  const [whole, h = '', colonMinute, colonSecond, frenchMinute, cjkMinute, cjkSecond] = clock;
  let before = text.slice(0, clock.index);
  let after = text.slice(clock.index + whole.length);
  const cjk = MERIDIEM_BEFORE.exec(before);
  if (cjk) before = before.slice(0, cjk.index);
  const meridiem = MERIDIEM_AFTER.exec(after);
  if (meridiem) after = after.slice(meridiem[0].length);
  const minuteText = colonMinute ?? frenchMinute ?? cjkMinute;
  if (minuteText === undefined && !meridiem) return { rest: text };
  const hour = withMeridiem(Number(h), meridiem ? meridiem[1] : undefined, cjk ? cjk[1] : undefined);
  const minute = Number(minuteText ?? 0);
  const second = Number(colonSecond ?? cjkSecond ?? 0);
  if (hour === undefined || hour > 23 || minute > 59 || second > 59)
    return { error: `"${whole.trim()}" is not a time of day` };
  after = after.replace(OCLOCK_AFTER, '');
  const zone = readZoneAt(after);
  if (zone && 'error' in zone) return zone;
  return {
    time: { hour, minute, second },
    ...(zone ? { zone: zone.zone } : {}),
    rest: `${before} ${zone ? zone.rest : after}`,
  };
}
