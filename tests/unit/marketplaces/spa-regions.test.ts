import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { adapter as ebay } from '@/lib/marketplaces/ebay';
import { adapter as etsy } from '@/lib/marketplaces/etsy';
import { adapter as shopify } from '@/lib/marketplaces/shopify';
import type { MarketplaceAdapter } from '@/lib/marketplaces/types';
import { loadFixtures } from '../../console/fixtures.mjs';
import { openEtsyPage } from './etsy/open-page';

// The single-page consoles' regions (lib/content/spa-watch.ts watches them): on each saved order
// page, one element that holds every order row the reader reads, and the place Settle's panel goes.
const SPA_CONSOLES: MarketplaceAdapter[] = [shopify, ebay, etsy];
const pages = loadFixtures().filter(
  (f) => SPA_CONSOLES.some((a) => a.id === f.marketplace) && f.expected.kind && f.expected.ok !== false,
);
const open = (marketplace: string, html: string) =>
  marketplace === 'etsy' ? openEtsyPage(html) : new DOMParser().parseFromString(html, 'text/html');

describe('single-page consoles watch their main column', () => {
  it('has a region for every console that is a single-page app', () => {
    for (const adapter of SPA_CONSOLES) expect(adapter.spa, adapter.id).toBeDefined();
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages.map((f) => [f.name, f] as const))('%s: the region holds what the reader reads', (_name, fixture) => {
    const adapter = SPA_CONSOLES.find((a) => a.id === fixture.marketplace)!;
    const doc = open(fixture.marketplace, readFileSync(fixture.htmlPath, 'utf8'));
    const region = adapter.spa!.region(doc)!;
    expect(region.tagName).toBe('MAIN');
    const reading = readPage(doc, new URL(fixture.url));
    if (!reading || !reading.ok) return;
    if (reading.kind === 'order-list')
      for (const order of reading.orders) expect(region.contains(adapter.listRow(doc, order.orderId))).toBe(true);
    else expect(region.contains(adapter.panelAnchor(doc))).toBe(true);
  });

  it('is null until the console has drawn its main column (the watcher then watches the body)', () => {
    const empty = new DOMParser().parseFromString('<div id="app"></div>', 'text/html');
    for (const adapter of SPA_CONSOLES) expect(adapter.spa!.region(empty), adapter.id).toBeNull();
  });
});
