/** A zone a console prints after a time: a fixed offset, a region that keeps daylight time, or a name of several. */
export type TextZone =
  { offsetMinutes: number } | { timeZone: string } | { name: string; offsetsMinutes: readonly number[] };

/**
 * Abbreviations as consoles print them (lower case). A name that means more than one zone lists
 * every offset it may be; the page's own zone decides, or the reading fails.
 */
const ABBREVIATIONS: Readonly<Record<string, number | string | readonly number[]>> = {
  utc: 0,
  ut: 0,
  gmt: 0,
  z: 0,
  pst: -480,
  pdt: -420,
  mst: -420,
  mdt: -360,
  cdt: -300,
  est: -300,
  edt: -240,
  akst: -540,
  akdt: -480,
  hst: -600,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  北京时间: 480,
  北京時間: 480,
  // Generic names that follow daylight time.
  pt: 'America/Los_Angeles',
  mt: 'America/Denver',
  ct: 'America/Chicago',
  et: 'America/New_York',
  // US Central or China Standard Time; India, Irish or Israel Standard Time.
  cst: [-360, 480],
  ist: [330, 60, 120],
};

const ZONE_AT_START =
  /^\s*\(?\s*(?:(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})|([a-z]{1,5}|北京时间|北京時間))(?![a-z\d])\s*\)?/;

/** The zone at the start of `tail` (the text after a time) and what follows it; undefined when there is none. */
export function readZoneAt(tail: string): { zone: TextZone; rest: string } | { error: string } | undefined {
  const match = ZONE_AT_START.exec(tail);
  if (!match) return undefined;
  const rest = tail.slice(match[0].length);
  const [, sign, hours, minutes, bareSign, bareHours, bareMinutes, name] = match;
  if (name !== undefined) {
    const known = Object.hasOwn(ABBREVIATIONS, name) ? ABBREVIATIONS[name] : undefined;
    if (known === undefined) return undefined;
    if (typeof known === 'number') return { zone: { offsetMinutes: known }, rest };
    if (typeof known === 'string') return { zone: { timeZone: known }, rest };
    return { zone: { name: name.toUpperCase(), offsetsMinutes: known }, rest };
  }
  const h = Number(hours ?? bareHours);
  const m = Number(minutes ?? bareMinutes ?? 0);
  if (h > 14 || m > 59) return { error: `"${match[0].trim()}" is not a time zone offset` };
  const offsetMinutes = (h * 60 + m) * ((sign ?? bareSign) === '-' ? -1 : 1);
  return { zone: { offsetMinutes }, rest };
}
