import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { loadFixtures } from '../../../console/fixtures.mjs';

const fixtures = loadFixtures().filter((f) => f.marketplace === 'woocommerce');

/** Parses a saved page as the browser would (scripts are not run). */
function open(htmlPath: string): Document {
  return new DOMParser().parseFromString(readFileSync(htmlPath, 'utf8'), 'text/html');
}

describe('WooCommerce reader on saved admin pages', () => {
  it('has saved pages of both kinds, in English, Chinese and German', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(fixtures.map((f) => f.expected.kind));
    expect(kinds).toContain('order-detail');
    expect(kinds).toContain('order-list');
    const langs = new Set(
      fixtures.map((f) => /<html[^>]*lang="([a-z]{2})/i.exec(readFileSync(f.htmlPath, 'utf8'))?.[1]),
    );
    for (const lang of ['en', 'zh', 'de']) expect(langs).toContain(lang);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s reads as expected', (_name, fixture) => {
    const reading = readPage(open(fixture.htmlPath), new URL(fixture.url));
    const expected = fixture.expected;
    if (expected.kind === null) {
      expect(reading.ok).toBe(false);
      expect(reading.ok === false && reading.kind).toBeUndefined();
      return;
    }
    if (expected.error) {
      expect(reading).toMatchObject({ ok: false, marketplace: 'woocommerce', kind: expected.kind });
      expect(reading.ok === false && reading.error).toMatch(/not found/);
      return;
    }
    expect(reading.ok, reading.ok ? '' : reading.error).toBe(true);
    if (!reading.ok) return;
    expect(reading.kind).toBe(expected.kind);
    expect(reading.marketplace).toBe('woocommerce');
    expect(reading.orders).toEqual(expected.orders);
    // A page that names its warnings (`"warnings"` in its expected.json) shows exactly those.
    if (expected.warnings) expect(reading.warnings).toEqual(expected.warnings);
  });

  it.each(fixtures.filter((f) => f.expected.orders?.length).map((f) => [f.name, f] as const))(
    '%s reads the same amounts without the shop settings script (older WooCommerce)',
    (_name, fixture) => {
      const doc = open(fixture.htmlPath);
      doc.getElementById('wc-settings-js-before')?.remove();
      const reading = readPage(doc, fixture.url);
      expect(reading.ok).toBe(true);
      if (!reading.ok) return;
      expect(reading.orders.map((o) => o.total)).toEqual(
        fixture.expected.orders.map((o: { total: unknown }) => o.total),
      );
      // Without the shop's ISO code, a bare "$" is a guess and the reading says so.
      if (reading.orders[0]?.total.currency === 'USD') expect(reading.warnings.join(' ')).toMatch(/ambiguous/);
    },
  );
});
