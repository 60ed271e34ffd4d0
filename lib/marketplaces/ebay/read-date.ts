import { orderName } from '../bound';

/**
 * Seller Hub's dates, as wall time on the seller's site (ISO without an offset: the page gives
 * none): `Nov 28, 2026 9:41 AM`, `28 Nov 2026 16:20`, `2. Dez. 2026 14:05`, `3 déc. 2026`, and
 * the recent ones relative to when the page was loaded: `vor 3 Tagen`, `5 hours ago`,
 * `Yesterday at 14:05`, `Gestern um 14:05`. A date it cannot read is left out, never guessed.
 *
 * Why not the shared parser (lib/marketplaces/parse/dates.ts): it reads every console's formats,
 * zones and languages, and took this always-on content script from 24 KB to 37 KB minified, over
 * its 30 KB budget. Seller Hub prints the few formats below; the tests hold both to the same dates.
 */

/** Month stems (folded: lower case, no accents, no dot), four letters before three: juin/juil. */
const MONTHS: Record<string, number> = {
  juin: 6,
  juil: 7,
  jan: 1,
  gen: 1,
  ene: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  maer: 3,
  apr: 4,
  avr: 4,
  abr: 4,
  may: 5,
  mai: 5,
  mag: 5,
  jun: 6,
  giu: 6,
  jul: 7,
  lug: 7,
  aug: 8,
  aou: 8,
  ago: 8,
  sep: 9,
  set: 9,
  oct: 10,
  okt: 10,
  ott: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  dic: 12,
};

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f.]/g, '');

function monthOf(word: string): number | undefined {
  const w = fold(word);
  return MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall time as minutes since 1970 (UTC arithmetic on wall time: no zone is involved). */
export type Wall = { y: number; mo: number; d: number; h?: number; mi?: number };
const toIso = (w: Wall) =>
  `${w.y}-${pad(w.mo)}-${pad(w.d)}` + (w.h === undefined ? '' : `T${pad(w.h)}:${pad(w.mi ?? 0)}:00`);

function shift(now: Wall, minutes: number, keepTime: boolean): Wall {
  const ms = Date.UTC(now.y, now.mo - 1, now.d, now.h ?? 0, now.mi ?? 0) - minutes * 60_000;
  const t = new Date(ms);
  const day = { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
  return keepTime ? { ...day, h: t.getUTCHours(), mi: t.getUTCMinutes() } : day;
}

const TIME = /(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?/i;

function timeOf(text: string): { h: number; mi: number } | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  const pm = m[3] && m[3].toLowerCase() === 'p';
  if (m[3]) h = (h % 12) + (pm ? 12 : 0);
  return h < 24 ? { h, mi: Number(m[2]) } : undefined;
}

const MINUTES = { minute: 1, hour: 60, day: 1440 } as const;
/** "N <unit> ago" in the sites' languages: the number and the unit's word. */
const AGO: [RegExp, keyof typeof MINUTES][] = [
  [/(\d+)\s*(?:min|minute|minuten|minuti|minutos)/i, 'minute'],
  [/(\d+)\s*(?:h|hr|hour|hours|std|stunde|stunden|heure|heures|ora|ore|hora|horas)\b/i, 'hour'],
  [/(\d+)\s*(?:day|days|tag|tagen|tage|jour|jours|giorno|giorni|dia|dias|día|días)\b/i, 'day'],
];
const RELATIVE = /\b(ago|vor|il y a|fa|hace)\b/i;
const YESTERDAY = /^(yesterday|gestern|hier|ieri|ayer)\b/i;
const TODAY = /^(today|heute|aujourd'hui|oggi|hoy)\b/i;

/**
 * When the page was loaded: `document.lastModified` (`MM/DD/YYYY hh:mm:ss`, local time), which a
 * browser sets to the load time for a page served without a Last-Modified header (Seller Hub's are
 * made per request): the "now" of relative dates. Undefined where the document does not say (a
 * parser without it, as in some test DOMs): then no date is read, none guessed.
 */
export function pageNow(doc: Document): Wall | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec(doc.lastModified || '');
  return m ? { y: Number(m[3]), mo: Number(m[1]), d: Number(m[2]), h: Number(m[4]), mi: Number(m[5]) } : undefined;
}

/** The ISO wall time of a Seller Hub date; a date it cannot read is left out with a warning naming the order. */
export function readEbayDate(
  text: string,
  page: { now?: Wall },
  orderId: string,
  warnings: string[],
): string | undefined {
  if (!text.trim() || !page.now) return undefined;
  const iso = dateOf(text.trim(), page.now);
  if (!iso) warnings.push(`${orderName(orderId)}: the date "${text.slice(0, 60)}" is not one Settle can read.`);
  return iso;
}

function dateOf(s: string, now: Wall): string | undefined {
  if (s.length > 80) return undefined;
  const time = timeOf(s);
  if (YESTERDAY.test(s) || TODAY.test(s)) {
    const day = shift(now, YESTERDAY.test(s) ? MINUTES.day : 0, false);
    return toIso(time ? { ...day, ...time } : day);
  }
  if (RELATIVE.test(s)) {
    const hit = AGO.map(([re, unit]) => [re.exec(s), unit] as const).find(([m]) => m);
    if (!hit) return undefined;
    const [m, unit] = hit;
    return toIso(shift(now, Number(m![1]) * MINUTES[unit], unit !== 'day'));
  }
  const year = /\b(\d{4})\b/.exec(s);
  const word = /\p{L}{3,}/u.exec(s.replace(/\b[ap]\.?\s*m\b\.?/gi, ''));
  const mo = word ? monthOf(word[0]) : undefined;
  const day = /(?:^|[^\d:])(\d{1,2})(?![\d:])/.exec(s.replace(year ? year[0] : '', ''));
  if (!year || !mo || !day) return undefined;
  const d = Number(day[1]);
  if (d < 1 || d > 31) return undefined;
  return toIso({ y: Number(year[1]), mo, d, ...time });
}
