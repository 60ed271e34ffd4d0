import type { MarketplaceAdapter, PageReading } from './types';
import { consoles } from './consoles';
import { readPageWith } from './read-page';
import { readingTimeOf, resolveReadingDates, type ReadingTime } from './resolve-dates';

/** Every console Settle reads, from the consoles list. Content scripts import their own adapter, never this list. */
export const adapters: readonly MarketplaceAdapter[] = consoles.readers;

/**
 * Reads any supported console page: picks the adapter whose pages match, detects the page kind and
 * returns the orders on it, or a plain error when the page is a console page Settle cannot read.
 * Dates the page prints are read as the background reads them (lib/marketplaces/resolve-dates.ts),
 * against `time`: by default when the document says it was read, else now, in this browser's zone.
 */
export function readPage(
  doc: Document,
  url: URL | string,
  readers: readonly MarketplaceAdapter[] = adapters,
  time: ReadingTime = readingTimeOf(doc),
): PageReading {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  for (const adapter of readers) {
    const reading = readPageWith(adapter, doc, pageUrl);
    if (reading) return resolveReadingDates(reading, time);
  }
  return { ok: false, error: 'This page is not an order page of a console Settle reads.' };
}

export type { MarketplaceAdapter, PageReading } from './types';
export type { ReadingTime } from './resolve-dates';
