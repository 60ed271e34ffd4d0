import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { loadFixtures, pageKey } from '../../../console/fixtures.mjs';
import { ETSY_READ_AT, openEtsyPage } from './open-page';

const fixtures = loadFixtures().filter((f) => f.marketplace === 'etsy');
const open = (path: string) => openEtsyPage(readFileSync(path, 'utf8'));

describe('Etsy reader on saved orders pages', () => {
  it('has a list of 20 or more orders, both kinds of page, English and German, and a page that is neither', () => {
    const kinds = new Set(fixtures.map((f) => f.expected.kind));
    expect(kinds).toEqual(new Set(['order-list', 'order-detail', null]));
    expect(Math.max(...fixtures.map((f) => f.expected.orders.length))).toBeGreaterThanOrEqual(20);
    const langs = new Set(
      fixtures.map((f) => /<html[^>]*lang="([a-z]{2})/i.exec(readFileSync(f.htmlPath, 'utf8'))?.[1]),
    );
    expect(langs).toEqual(new Set(['en', 'de']));
  });

  it('gives every saved page its own address (the demo console serves each at it)', () => {
    const urls = loadFixtures().map((f) => pageKey(f.url));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s reads as expected', (_name, fixture) => {
    const reading = readPage(open(fixture.htmlPath), new URL(fixture.url), undefined, ETSY_READ_AT);
    const expected = fixture.expected;
    if (expected.kind === null) {
      // A console page that is not an order page: said so, and no order invented.
      expect(reading).toEqual({ ok: false, error: 'This page is not an order page of a console Settle reads.' });
      return;
    }
    expect(reading.ok, reading.ok ? '' : reading.error).toBe(true);
    if (!reading.ok) return;
    expect(reading.marketplace).toBe('etsy');
    expect(reading.kind).toBe(expected.kind);
    expect(reading.orders).toEqual(expected.orders);
    expect(reading.warnings).toEqual(expected.warnings);
  });

  it('reads the overlay open over the list as that one order, not the list behind it', () => {
    const f = fixtures.find((x) => x.name === 'order-unpaid-en')!;
    const reading = readPage(open(f.htmlPath), new URL(f.url));
    expect(reading.ok && reading.orders.map((o) => o.orderId)).toEqual(['3456789000']);
  });

  it.each(['sold-list-hostile', 'order-hostile-en'])(
    '%s: runs no script of a hostile page and keeps its markup as words',
    (name) => {
      const f = fixtures.find((x) => x.name === name)!;
      const reading = readPage(open(f.htmlPath), new URL(f.url));
      expect(reading.ok).toBe(true);
      expect((globalThis as { __settleHostile?: number }).__settleHostile).toBeUndefined();
      const text = JSON.stringify(reading);
      expect(text).not.toMatch(/__settleHostile/);
      expect(text).toContain('<img src=x onerror=alert(1)>');
    },
  );
});
