import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { browserZone } from '@/lib/marketplaces/resolve-dates';
import { readPage, type ReadingTime } from '@/lib/marketplaces';
import { loadFixtures } from '../../../console/fixtures.mjs';

const fixtures = loadFixtures().filter((f) => f.marketplace === 'ebay');
/** When the saved pages are read, and where: the now of their relative dates ("vor 3 Tagen"), as the background takes it. */
const EBAY_READ_AT: ReadingTime = { now: new Date(Date.UTC(2026, 11, 5, 10, 0)), viewerZone: 'UTC' };
/** EBAY_READ_AT as `document.lastModified` says it (local time), for readPage without a time. */
const LOADED = '12/05/2026 10:00:00';

/** Parses a saved page as the browser would (scripts are not run), loaded at `loaded` (document.lastModified). */
function open(htmlPath: string, loaded: string | undefined = LOADED): Document {
  const doc = new DOMParser().parseFromString(readFileSync(htmlPath, 'utf8'), 'text/html');
  if (loaded) Object.defineProperty(doc, 'lastModified', { value: loaded });
  return doc;
}
const page = (name: string) => fixtures.find((f) => f.name === name)!;

describe('eBay Seller Hub reader on saved pages', () => {
  it('has the pages the issue asks for: a list of 20+ mixed orders, unpaid and paid details, German, hostile, not an order page', () => {
    expect(page('sh-ord-list-en').expected.orders.length).toBeGreaterThanOrEqual(20);
    expect(new Set(page('sh-ord-list-en').expected.orders.map((o: { status: string }) => o.status)).size).toBe(5);
    const kinds = new Set(fixtures.map((f) => f.expected.kind));
    for (const kind of ['order-detail', 'order-list', null]) expect(kinds).toContain(kind);
    const langs = new Set(
      fixtures.map((f) => /<html[^>]*lang="([a-z]{2})/i.exec(readFileSync(f.htmlPath, 'utf8'))?.[1]),
    );
    for (const lang of ['en', 'de', 'fr']) expect(langs).toContain(lang);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s reads as expected', (_name, fixture) => {
    const reading = readPage(open(fixture.htmlPath), new URL(fixture.url), undefined, EBAY_READ_AT);
    const expected = fixture.expected;
    if (expected.kind === null) {
      expect(reading.ok).toBe(false);
      expect(reading.ok === false && reading.kind).toBeUndefined();
      return;
    }
    expect(reading.ok, reading.ok ? '' : reading.error).toBe(true);
    if (!reading.ok) return;
    expect(reading.kind).toBe(expected.kind);
    expect(reading.marketplace).toBe('ebay');
    expect(reading.orders).toEqual(expected.orders);
    expect(reading.warnings).toEqual(expected.warnings ?? []);
  });

  it('finds exactly the unpaid orders of the list', () => {
    const reading = readPage(open(page('sh-ord-list-en').htmlPath), new URL(page('sh-ord-list-en').url));
    expect(reading.ok && reading.orders.filter((o) => o.status === 'unpaid').map((o) => o.orderId)).toEqual([
      '12-34567-89012',
      '12-34567-89015',
      '12-34567-89018',
      '12-34567-89022',
      '12-34567-89027',
      '12-34567-89033',
    ]);
  });

  it('reads an order shown in a child frame from the frame’s own document, and not from the page around it', () => {
    const shell = page('sh-ord-details-frame-shell');
    expect(readPage(open(shell.htmlPath), new URL(shell.url)).ok).toBe(false);
    const frame = page('mesh-ord-details-frame-en');
    const src = open(shell.htmlPath).querySelector('iframe')!.getAttribute('src');
    expect(src).toBe(frame.url);
    const reading = readPage(open(frame.htmlPath), new URL(src!));
    expect(reading.ok && reading.orders.map((o) => [o.orderId, o.status])).toEqual([['12-34567-89022', 'unpaid']]);
  });

  it('reads the dates against Settle’s clock when the document does not say when it was loaded', () => {
    const de = page('sh-ord-list-awaiting-de');
    vi.useFakeTimers({ now: EBAY_READ_AT.now, toFake: ['Date'] });
    const reading = readPage(open(de.htmlPath, ''), new URL(de.url));
    const atClock = readPage(open(de.htmlPath), new URL(de.url), undefined, {
      ...EBAY_READ_AT,
      viewerZone: browserZone(),
    });
    vi.useRealTimers();
    expect(reading.ok && reading.orders.map((o) => o.placedAt)).toEqual(
      atClock.ok && atClock.orders.map((o) => o.placedAt),
    );
    expect(reading.ok && reading.orders.every((o) => o.placedAt)).toBe(true);
  });

  it('says which required part is missing instead of guessing', () => {
    const details = page('sh-ord-details-unpaid-en');
    const noTotal = open(details.htmlPath);
    [...noTotal.querySelectorAll('dt')].find((dt) => dt.textContent === 'Order total')!.remove();
    const reading = readPage(noTotal, new URL(details.url));
    expect(reading).toMatchObject({ ok: false, marketplace: 'ebay', kind: 'order-detail' });
    expect(reading.ok === false && reading.error).toMatch(/order total was not readable/);
    const noFields = open(details.htmlPath);
    noFields.querySelectorAll('dl').forEach((dl) => dl.remove());
    const empty = readPage(noFields, new URL(details.url));
    expect(empty.ok === false && empty.error).toMatch(/order details were not found/);
  });

  it('leaves out a date it cannot read, and says so', () => {
    const details = page('sh-ord-details-unpaid-en');
    const doc = open(details.htmlPath);
    [...doc.querySelectorAll('dt')].find((dt) => dt.textContent === 'Date sold')!.nextElementSibling!.textContent =
      'sometime soon';
    const reading = readPage(doc, new URL(details.url), undefined, EBAY_READ_AT);
    expect(reading.ok && reading.orders[0]!.placedAt).toBeUndefined();
    expect(reading.ok && reading.warnings.join(' ')).toMatch(
      /its date "sometime soon" could not be read \("sometime" is not part of a date\); it is kept without one/,
    );
  });
});
