import { describe, expect, it } from 'vitest';
import { MAX_DATE_CHARS, parseConsoleDate, type DateHints, type PageTime } from '@/lib/marketplaces/parse/dates';

// Saturday 5 December 2026, 18:30 UTC: 10:30 in Los Angeles, 19:30 in Berlin, 02:30 on the 6th in Shanghai.
const NOW = new Date('2026-12-05T18:30:00Z');
const utc: PageTime = { now: NOW };
const la: PageTime = { now: NOW, timeZone: 'America/Los_Angeles' };
const berlin: PageTime = { now: NOW, timeZone: 'Europe/Berlin' };
const shanghai: PageTime = { now: NOW, timeZone: 'Asia/Shanghai' };

const read = (text: string, time: PageTime = utc, hints: DateHints = {}) => parseConsoleDate(text, time, hints);

describe('parseConsoleDate: absolute dates', () => {
  it.each<[string, PageTime, DateHints, string]>([
    ['2026-12-05', utc, {}, '2026-12-05'],
    ['2026-12-05T14:05:33Z', utc, {}, '2026-12-05T14:05:33+00:00'],
    ['2026-12-05T14:05:33.123+01:00', utc, {}, '2026-12-05T14:05:33+01:00'],
    ['2026-12-05T14:05:33-0800', utc, {}, '2026-12-05T14:05:33-08:00'],
    ['2026-12-05 14:05:33', utc, {}, '2026-12-05T14:05:33'],
    ['2026-12-05 14:05:33', berlin, {}, '2026-12-05T14:05:33+01:00'],
    ['2026/12/05 14:05', shanghai, {}, '2026-12-05T14:05:00+08:00'],
    ['Dec 5, 2026', utc, {}, '2026-12-05'],
    ['Dec 5, 2026', la, {}, '2026-12-05'],
    ['December 5, 2026 at 2:05 pm', utc, {}, '2026-12-05T14:05:00'],
    ['December 5, 2026 at 2:05 pm', la, {}, '2026-12-05T14:05:00-08:00'],
    ['Dec 5, 2026 12:05 AM', utc, {}, '2026-12-05T00:05:00'],
    ['Dec 5, 2026 12:05 p.m.', utc, {}, '2026-12-05T12:05:00'],
    ['Dec 5th, 2026 2 PM', utc, {}, '2026-12-05T14:00:00'],
    ['Sat, Dec 5, 2026', utc, {}, '2026-12-05'],
    ['5 Dec 2026 14:05', utc, {}, '2026-12-05T14:05:00'],
    ['05.12.2026 14:05', utc, {}, '2026-12-05T14:05:00'],
    ['05.12.2026 14:05 Uhr', berlin, {}, '2026-12-05T14:05:00+01:00'],
    ['5. Dez. 2026', utc, { lang: 'de' }, '2026-12-05'],
    ['Sa., 5. Dezember 2026, 14:05', utc, { lang: 'de' }, '2026-12-05T14:05:00'],
    ['5. März 2026', utc, { lang: 'de' }, '2026-03-05'],
    ['5 déc. 2026', utc, { lang: 'fr' }, '2026-12-05'],
    ['le 5 décembre 2026 à 14h05', utc, { lang: 'fr' }, '2026-12-05T14:05:00'],
    ['5 juil. 2026', utc, { lang: 'fr' }, '2026-07-05'],
    ['5 dic 2026', utc, { lang: 'es' }, '2026-12-05'],
    ['5 de diciembre de 2026, 14:05', utc, { lang: 'es' }, '2026-12-05T14:05:00'],
    ['5 dic 2026 alle ore 14:05', utc, { lang: 'it' }, '2026-12-05T14:05:00'],
    ['5 dic 2026', utc, {}, '2026-12-05'],
    ['2026年12月5日 14:05', utc, {}, '2026-12-05T14:05:00'],
    ['2026年12月5日 14:05', shanghai, {}, '2026-12-05T14:05:00+08:00'],
    ['２０２６年１２月５日　１４：０５', utc, {}, '2026-12-05T14:05:00'],
    ['2026年12月5日 星期六 下午2:05', utc, {}, '2026-12-05T14:05:00'],
    ['2026年12月5日(土) 14時05分', utc, { lang: 'ja' }, '2026-12-05T14:05:00'],
    ['2026年12月5日 14点05分30秒', utc, {}, '2026-12-05T14:05:30'],
    ['12/05/2026', utc, { order: 'mdy' }, '2026-12-05'],
    ['05/12/2026', utc, { order: 'dmy' }, '2026-12-05'],
    ['25/12/2026', utc, {}, '2026-12-25'],
    ['12/25/2026', utc, {}, '2026-12-25'],
    ['05.12.26', utc, {}, '2026-12-05'],
  ])('%s (%o, %o) → %s', (text, time, hints, iso) => {
    expect(read(text, time, hints)).toEqual({ ok: true, iso });
  });
});

describe('parseConsoleDate: zones printed in the text', () => {
  it.each<[string, PageTime, string]>([
    ['Dec 5, 2026 2:05 PM PST', utc, '2026-12-05T14:05:00-08:00'],
    ['Jul 5, 2026 2:05 PM PDT', utc, '2026-07-05T14:05:00-07:00'],
    ['Jul 5, 2026 2:05 PM PT', utc, '2026-07-05T14:05:00-07:00'],
    ['Dec 5, 2026 2:05 PM PT', utc, '2026-12-05T14:05:00-08:00'],
    ['5 Dec 2026 14:05 GMT+1', utc, '2026-12-05T14:05:00+01:00'],
    ['5 Dec 2026 14:05 GMT', la, '2026-12-05T14:05:00+00:00'],
    ['05.12.2026 14:05 MEZ', utc, '2026-12-05T14:05:00+01:00'],
    ['05.12.2026 14:05 Uhr MEZ', utc, '2026-12-05T14:05:00+01:00'],
    ['05.07.2026 14:05 MESZ', utc, '2026-07-05T14:05:00+02:00'],
    ['05.12.2026 14:05 CET', la, '2026-12-05T14:05:00+01:00'],
    ['2026-12-05 14:05 UTC+08:00', utc, '2026-12-05T14:05:00+08:00'],
    ['2026-12-05 14:05 (UTC+05:30)', utc, '2026-12-05T14:05:00+05:30'],
    ['2026-12-05 14:05 UTC−8', utc, '2026-12-05T14:05:00-08:00'],
    ['2026-12-05 14:05 CST', shanghai, '2026-12-05T14:05:00+08:00'],
    ['Dec 5, 2026 2:05 PM CST', { now: NOW, timeZone: 'America/Chicago' }, '2026-12-05T14:05:00-06:00'],
  ])('%s → %s', (text, time, iso) => {
    expect(read(text, time)).toEqual({ ok: true, iso });
  });

  it('fails on a name of several zones the page does not settle', () => {
    expect(read('2026-12-05 14:05 CST')).toMatchObject({ ok: false, error: expect.stringMatching(/CST/) });
    expect(read('2026-12-05 14:05 CST', berlin)).toMatchObject({ ok: false, error: expect.stringMatching(/CST/) });
  });
});

describe('parseConsoleDate: relative to when the page was read', () => {
  it.each<[string, PageTime, DateHints, string]>([
    ['Today at 9:41 AM', utc, {}, '2026-12-05T09:41:00'],
    ['Today at 9:41 AM', la, {}, '2026-12-05T09:41:00-08:00'],
    ['Today', utc, {}, '2026-12-05'],
    ['Yesterday at 14:05', utc, {}, '2026-12-04T14:05:00'],
    ['Yesterday at 14:05', berlin, {}, '2026-12-04T14:05:00+01:00'],
    ['Heute, 14:05', berlin, { lang: 'de' }, '2026-12-05T14:05:00+01:00'],
    ['Gestern um 14:05', berlin, { lang: 'de' }, '2026-12-04T14:05:00+01:00'],
    ['Vorgestern', utc, {}, '2026-12-03'],
    ["Aujourd'hui à 14:05", utc, { lang: 'fr' }, '2026-12-05T14:05:00'],
    ['Hier à 14h05', utc, { lang: 'fr' }, '2026-12-04T14:05:00'],
    ['Ayer a las 14:05', utc, { lang: 'es' }, '2026-12-04T14:05:00'],
    ['Ieri alle 14:05', utc, { lang: 'it' }, '2026-12-04T14:05:00'],
    // In Shanghai it is already the 6th.
    ['今天 14:05', shanghai, { lang: 'zh-CN' }, '2026-12-06T14:05:00+08:00'],
    ['昨天 14:05', shanghai, { lang: 'zh-CN' }, '2026-12-05T14:05:00+08:00'],
    ['昨天 14:05', utc, {}, '2026-12-04T14:05:00'],
    ['昨天下午2:05', utc, {}, '2026-12-04T14:05:00'],
    ['2 days ago', utc, {}, '2026-12-03'],
    ['a day ago', utc, {}, '2026-12-04'],
    ['vor 3 Tagen', utc, {}, '2026-12-02'],
    ['vor einem Tag', utc, {}, '2026-12-04'],
    ['il y a 2 jours', utc, {}, '2026-12-03'],
    ['hace 2 días', utc, {}, '2026-12-03'],
    ['2 giorni fa', utc, {}, '2026-12-03'],
    ['3天前', utc, {}, '2026-12-02'],
    ['三天前', shanghai, {}, '2026-12-03'],
    ['3 hours ago', utc, {}, '2026-12-05T15:30:00+00:00'],
    ['3 hours ago', la, {}, '2026-12-05T07:30:00-08:00'],
    ['3h ago', utc, {}, '2026-12-05T15:30:00+00:00'],
    ['an hour ago', utc, {}, '2026-12-05T17:30:00+00:00'],
    ['vor 2 Stunden', berlin, {}, '2026-12-05T17:30:00+01:00'],
    ['il y a 42 minutes', utc, {}, '2026-12-05T17:48:00+00:00'],
    ['5分钟前', shanghai, {}, '2026-12-06T02:25:00+08:00'],
    ['5 小时 之前', utc, {}, '2026-12-05T13:30:00+00:00'],
    ['3時間前', utc, {}, '2026-12-05T15:30:00+00:00'],
    ['just now', utc, {}, '2026-12-05T18:30:00+00:00'],
    ['刚刚', shanghai, {}, '2026-12-06T02:30:00+08:00'],
    ['Monday at 10:00', utc, {}, '2026-11-30T10:00:00'],
    ['Montag', utc, { lang: 'de' }, '2026-11-30'],
    ['Friday 2:05 PM', la, {}, '2026-12-04T14:05:00-08:00'],
    ['星期一 10:00', utc, {}, '2026-11-30T10:00:00'],
  ])('%s (%o, %o) → %s', (text, time, hints, iso) => {
    expect(read(text, time, hints)).toEqual({ ok: true, iso });
  });

  it('reads a date without its year as the latest such date not in the future', () => {
    const january: PageTime = { now: new Date('2027-01-03T09:00:00Z') };
    expect(read('Dec 30', january)).toEqual({ ok: true, iso: '2026-12-30' });
    expect(read('Dec 30 at 2:05 PM', january)).toEqual({ ok: true, iso: '2026-12-30T14:05:00' });
    expect(read('12月30日 14:05', january)).toEqual({ ok: true, iso: '2026-12-30T14:05:00' });
    expect(read('Jan 2', january)).toEqual({ ok: true, iso: '2027-01-02' });
    // Tomorrow is allowed: a console a zone ahead may already print it.
    expect(read('Jan 4', january)).toEqual({ ok: true, iso: '2027-01-04' });
    expect(read('Jan 5', january)).toEqual({ ok: true, iso: '2026-01-05' });
    expect(read('Feb 29', { now: new Date('2028-03-01T00:00:00Z') })).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('fails on the weekday of today, which could be today or a week ago', () => {
    expect(read('Saturday')).toMatchObject({ ok: false });
  });
});

describe('parseConsoleDate: daylight saving time', () => {
  it.each<[string, PageTime, string]>([
    // Los Angeles springs forward on 8 March 2026 at 02:00, falls back on 1 November at 02:00.
    ['2026-03-08 01:59', la, '2026-03-08T01:59:00-08:00'],
    ['2026-03-08 03:00', la, '2026-03-08T03:00:00-07:00'],
    ['2026-07-01 12:00', la, '2026-07-01T12:00:00-07:00'],
    ['2026-11-01 00:59', la, '2026-11-01T00:59:00-07:00'],
    ['2026-11-01 02:00', la, '2026-11-01T02:00:00-08:00'],
    // Berlin: 29 March 2026 at 02:00 → 03:00, 25 October at 03:00 → 02:00.
    ['29.03.2026 01:59', berlin, '2026-03-29T01:59:00+01:00'],
    ['29.03.2026 03:00', berlin, '2026-03-29T03:00:00+02:00'],
    ['25.10.2026 03:00', berlin, '2026-10-25T03:00:00+01:00'],
    ['25.10.2026 01:59', berlin, '2026-10-25T01:59:00+02:00'],
    // The text's own zone settles the hour the clocks pass twice.
    ['Nov 1, 2026 1:30 AM PDT', la, '2026-11-01T01:30:00-07:00'],
    ['Nov 1, 2026 1:30 AM PST', la, '2026-11-01T01:30:00-08:00'],
  ])('%s in %o → %s', (text, time, iso) => {
    expect(read(text, time)).toEqual({ ok: true, iso });
  });

  it.each<[string, PageTime, RegExp]>([
    ['2026-03-08 02:30', la, /does not exist/],
    ['2026-11-01 01:30', la, /occurs twice/],
    ['29.03.2026 02:30', berlin, /does not exist/],
    ['25.10.2026 02:30', berlin, /occurs twice/],
  ])('fails on %s in %o: no single reading', (text, time, error) => {
    expect(read(text, time)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('counts "3 hours ago" across a change of the clocks by the clock, not the wall', () => {
    const afterSpring: PageTime = { now: new Date('2026-03-08T11:00:00Z'), timeZone: 'America/Los_Angeles' };
    expect(read('3 hours ago', afterSpring)).toEqual({ ok: true, iso: '2026-03-08T00:00:00-08:00' });
  });
});

describe('parseConsoleDate: what it refuses', () => {
  it.each<[string, DateHints, RegExp]>([
    ['12/05/2026', {}, /day first or month first/],
    ['05/12/2026', { order: 'ymd' }, /year/],
    ['31/02/2026', { order: 'dmy' }, /no day 31/],
    ['Feb 30, 2026', {}, /no day 30/],
    ['2026-13-05', {}, /no month 13/],
    ['Dec 5, 1850', {}, /1850/],
    ['Sun, Dec 5, 2026', {}, /weekday does not match/],
    ['Dec 5 26', {}, /day of the month/],
    ['Dec 2026', {}, /day of the month/],
    ['Dec Jan 5 2026', {}, /more than one month/],
    ['5 jui 2026', { lang: 'fr' }, /more than one month/],
    ['Dec 5, 2026 25:00', {}, /not a time of day/],
    ['Dec 5, 2026 13:05 PM', {}, /not a time of day/],
    ['Dec 5, 2026 14:05 GMT+15', {}, /not a time zone offset/],
    ['14:05', {}, /no date/],
    ['2 weeks ago', {}, /too vague/],
    ['3 months ago', {}, /too vague/],
    ['vor 2 Monaten', {}, /too vague/],
    ['2个月前', {}, /too vague/],
    ['soon', {}, /"soon" is not part of a date/],
    ['Dec 5, 2026 at noonish', {}, /noonish/],
    ['', {}, /no date/],
    ['   ', {}, /no date/],
    ['—', {}, /no date/],
    ['<script>alert(1)</script>', {}, /not part of a date/],
  ])('%j (%o) fails: %s', (text, hints, error) => {
    expect(read(text, utc, hints)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('refuses overlong text at once, whatever it holds', () => {
    const long = `Dec 5, 2026 ${'9'.repeat(MAX_DATE_CHARS)}`;
    expect(read(long)).toEqual({ ok: false, error: expect.stringMatching(/longer than/) });
    const start = performance.now();
    for (let i = 0; i < 1000; i++) read(`${'1.'.repeat(59)}`);
    for (let i = 0; i < 1000; i++) read(`${'a '.repeat(59)}`);
    for (let i = 0; i < 1000; i++) read(`${'12:'.repeat(39)}`);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it.each([
    'constructor',
    '__proto__',
    'toString at 14:05',
    'constructor days ago',
    'vor constructor Tagen',
    '5 hasOwnProperty 2026',
  ])('reads no date from %j, a word only JavaScript objects know (found as a hostile page’s date)', (text) => {
    for (const lang of [undefined, 'en', 'de', 'es', 'constructor'])
      expect(read(text, utc, lang ? { lang } : {})).toMatchObject({ ok: false });
  });

  it('refuses an unknown page zone', () => {
    expect(read('Dec 5, 2026', { now: NOW, timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false });
    expect(read('Dec 5, 2026', { now: NOW, viewerZone: 'Mars/Olympus' })).toMatchObject({ ok: false });
  });

  it('never looks at the machine’s own zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(read('Today at 9:41 AM')).toEqual({ ok: true, iso: '2026-12-05T09:41:00' });
      expect(read('3 hours ago')).toEqual({ ok: true, iso: '2026-12-05T15:30:00+00:00' });
    } finally {
      process.env.TZ = before;
    }
  });
});

describe("parseConsoleDate: the viewer's zone", () => {
  // 18:30 UTC on the 5th is 02:30 on the 6th in Shanghai: the seller there calls the 6th today.
  const viewerInShanghai: PageTime = { now: NOW, viewerZone: 'Asia/Shanghai' };

  it.each<[string, PageTime, string]>([
    ['Today at 9:12 am', viewerInShanghai, '2026-12-06T09:12:00'],
    ['Yesterday at 2:05 pm', viewerInShanghai, '2026-12-05T14:05:00'],
    ['Friday at 4:34 pm', viewerInShanghai, '2026-12-04T16:34:00'],
    ['3 days ago', viewerInShanghai, '2026-12-03'],
    ['Dec 6 at 10:01 am', viewerInShanghai, '2026-12-06T10:01:00'],
    // Only the day: an exact moment stays exact, and a wall time gets no offset from the viewer.
    ['2 hours ago', viewerInShanghai, '2026-12-05T16:30:00+00:00'],
    ['Dec 5, 2026 at 2:05 pm', viewerInShanghai, '2026-12-05T14:05:00'],
    // The console's own zone, when known, comes first.
    ['Today at 9:12 am', { ...viewerInShanghai, timeZone: 'America/Los_Angeles' }, '2026-12-05T09:12:00-08:00'],
  ])('%s (%o) → %s', (text, time, iso) => {
    expect(read(text, time)).toEqual({ ok: true, iso });
  });
});

describe('parseConsoleDate: what the hosted consoles print', () => {
  // Saturday 5 December 2026, 18:30 UTC.
  it.each<[string, DateHints, string]>([
    // Shopify admin: orders list "Date" column, order page header, payment terms.
    ['Today at 3:05 pm', { lang: 'en' }, '2026-12-05T15:05:00'],
    ['Yesterday at 10:12 am', { lang: 'en' }, '2026-12-04T10:12:00'],
    ['Friday at 9:00 am', { lang: 'en' }, '2026-12-04T09:00:00'],
    ['Mar 3 at 4:16 pm', { lang: 'en' }, '2026-03-03T16:16:00'],
    ['Jul 20 at 4:34pm', { lang: 'en' }, '2026-07-20T16:34:00'],
    ['Mar 3, 2025 at 4:16 pm', { lang: 'en' }, '2025-03-03T16:16:00'],
    ['December 5, 2026 at 9:12 am', { lang: 'en' }, '2026-12-05T09:12:00'],
    ['Gestern um 14:05', { lang: 'de' }, '2026-12-04T14:05:00'],
    ['昨天 14:05', { lang: 'zh-CN' }, '2026-12-04T14:05:00'],
    ['3天前', { lang: 'zh-CN' }, '2026-12-02'],
    ['11月28日 10:01', { lang: 'zh-CN' }, '2026-11-28T10:01:00'],
    // eBay Seller Hub: "Date sold".
    ['Dec 3, 2026', { lang: 'en' }, '2026-12-03'],
    ['Nov 28, 2026 9:41 AM', { lang: 'en' }, '2026-11-28T09:41:00'],
    ['3. Dez. 2026', { lang: 'de' }, '2026-12-03'],
    ['2. Dez. 2026 14:05', { lang: 'de' }, '2026-12-02T14:05:00'],
    ['3 déc. 2026 10:12', { lang: 'fr' }, '2026-12-03T10:12:00'],
    ['12 giu 2026', { lang: 'it' }, '2026-06-12'],
    ['4 jul 2026', { lang: 'es' }, '2026-07-04'],
    ['vor 3 Tagen', { lang: 'de' }, '2026-12-02'],
    // Etsy Shop Manager.
    ['Ordered Dec 3, 2026', { lang: 'en' }, '2026-12-03'],
    ['Bestellt am 3. Dez. 2026', { lang: 'de' }, '2026-12-03'],
    ['Heute um 09:12', { lang: 'de' }, '2026-12-05T09:12:00'],
    ['vor 2 Stunden', { lang: 'de' }, '2026-12-05T16:30:00+00:00'],
  ])('%s (%o) → %s', (text, hints, iso) => {
    expect(read(text, utc, hints)).toEqual({ ok: true, iso });
  });
});
