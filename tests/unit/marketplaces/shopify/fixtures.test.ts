import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage, type ReadingTime } from '@/lib/marketplaces';
import { adapter } from '@/lib/marketplaces/shopify';
import { loadFixtures } from '../../../console/fixtures.mjs';

const fixtures = loadFixtures().filter((f) => f.marketplace === 'shopify');

/**
 * When the saved pages are read: Saturday 5 December 2026, noon in New York, the seller's zone (the
 * admin's "Today at 9:12 am" is 5 December there; it is 17:00 in UTC).
 */
const SHOPIFY_READ_AT: ReadingTime = {
  now: new Date(Date.UTC(2026, 11, 5, 17, 0)),
  viewerZone: 'America/New_York',
};

/** Parses a saved page as the browser would (scripts are not run). */
function open(htmlPath: string): Document {
  return new DOMParser().parseFromString(readFileSync(htmlPath, 'utf8'), 'text/html');
}

describe('Shopify reader on saved admin pages', () => {
  it('has saved pages of both kinds and a page that is neither, in English, Chinese and German', () => {
    const kinds = new Set(fixtures.map((f) => f.expected.kind));
    expect(kinds).toEqual(new Set(['order-detail', 'order-list', null]));
    const langs = new Set(
      fixtures.map((f) => /<html[^>]*lang="([a-z]{2})/i.exec(readFileSync(f.htmlPath, 'utf8'))?.[1]),
    );
    for (const lang of ['en', 'zh', 'de']) expect(langs).toContain(lang);
    // The list page: at least 20 orders of mixed statuses.
    const list = fixtures.find((f) => f.name === 'orders-list-en');
    expect(list?.expected.orders.length).toBeGreaterThanOrEqual(20);
    expect(new Set(list?.expected.orders.map((o: { status: string }) => o.status)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s reads as expected', (_name, fixture) => {
    const reading = readPage(open(fixture.htmlPath), new URL(fixture.url), undefined, SHOPIFY_READ_AT);
    const expected = fixture.expected;
    if (expected.kind === null) {
      // Not an order page: the adapter says so and invents no order.
      expect(adapter.isOrderPageUrl(new URL(fixture.url))).toBe(false);
      expect(reading.ok).toBe(false);
      expect(reading.ok === false && reading.kind).toBeUndefined();
      return;
    }
    if (expected.error) {
      expect(reading).toMatchObject({ ok: false, marketplace: 'shopify', kind: expected.kind });
      expect(reading.ok === false && reading.error).toMatch(expected.error);
      return;
    }
    expect(reading.ok, reading.ok ? '' : reading.error).toBe(true);
    if (!reading.ok) return;
    expect(reading.kind).toBe(expected.kind);
    expect(reading.marketplace).toBe('shopify');
    expect(reading.orders).toEqual(expected.orders);
    if (expected.warnings) expect(reading.warnings).toEqual(expected.warnings);
  });

  // The Send invoice dialog open, and the toast after it: states of order-pending-en's page at its
  // address (no expected.json of their own, so the demo console serves the order page itself).
  it.each(['order-send-invoice-dialog-en', 'order-invoice-sent-toast-en'])(
    '%s reads as the order page does',
    (name) => {
      const pending = fixtures.find((f) => f.name === 'order-pending-en')!;
      const reading = readPage(
        open(`tests/fixtures/shopify/${name}.html`),
        new URL(pending.url),
        undefined,
        SHOPIFY_READ_AT,
      );
      expect(reading).toMatchObject({ ok: true, orders: pending.expected.orders });
    },
  );
});
