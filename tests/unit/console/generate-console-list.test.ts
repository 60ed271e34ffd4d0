import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { consoleListPage } from '../../console/generate-console-list.mjs';
import { openEtsyPage } from '../marketplaces/etsy/open-page';

type Expected = { orderId: string; status: string; total: unknown; url: string };
const open = (marketplace: string, html: string) =>
  marketplace === 'etsy' ? openEtsyPage(html) : new DOMParser().parseFromString(html, 'text/html');

describe('consoleListPage: a long list in the saved list markup of each console', () => {
  it.each(['shopify', 'ebay', 'etsy'] as const)('%s: 500 orders, each read as its saved row was', (marketplace) => {
    const { url, html, expected } = consoleListPage(marketplace, 500);
    const reading = readPage(open(marketplace, html), new URL(url));
    if (!reading || !reading.ok) throw new Error(`not read: ${reading ? reading.error : 'not detected'}`);
    const pick = (o: Expected) => ({ orderId: o.orderId, status: o.status, total: o.total, url: o.url });
    expect(reading.orders.map(pick)).toEqual((expected as Expected[]).map(pick));
    expect(new Set(reading.orders.map((o) => o.orderId)).size).toBe(500);
  });
});
