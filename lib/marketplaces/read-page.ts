import type { MarketplaceAdapter, PageReading } from './types';
import { boundReadingSteps } from './bound';
import { finish, type Steps } from './steps';

/**
 * Reads a page with one adapter: detects its kind, then reads one order or the list. The reading
 * comes back within READ_LIMITS (lib/marketplaces/limits.ts), so the background never refuses a
 * whole page for one oversized order.
 */
export const readPageWith = (adapter: MarketplaceAdapter, doc: Document, url: URL): PageReading | null =>
  finish(readPageSteps(adapter, doc, url));

/** readPageWith in steps (one per list row where the adapter reads a list in steps): the content script runs it in slices. */
export function* readPageSteps(adapter: MarketplaceAdapter, doc: Document, url: URL): Steps<PageReading | null> {
  const kind = adapter.detect(url, doc);
  if (!kind) return null;
  const reading = yield* boundReadingSteps(yield* readKind(adapter, kind, doc, url), url);
  if (!reading.ok) return reading;
  // Optional by contract: a console that never says its shop's language has no reader for it.
  const shopLanguage = adapter.readShopLanguage && adapter.readShopLanguage(doc);
  return shopLanguage ? { ...reading, shopLanguage } : reading;
}

function* readKind(
  adapter: MarketplaceAdapter,
  kind: NonNullable<ReturnType<MarketplaceAdapter['detect']>>,
  doc: Document,
  url: URL,
): Steps<PageReading> {
  try {
    if (kind === 'order-detail') {
      const r = adapter.readOrder(doc, url);
      return r.ok
        ? { ok: true, marketplace: adapter.id, kind, orders: [r.value], warnings: r.warnings }
        : { ok: false, marketplace: adapter.id, kind, error: r.error };
    }
    const r = adapter.readOrderListSteps
      ? yield* adapter.readOrderListSteps(doc, url)
      : adapter.readOrderList(doc, url);
    return r.ok
      ? { ok: true, marketplace: adapter.id, kind, orders: r.value, warnings: r.warnings }
      : { ok: false, marketplace: adapter.id, kind, error: r.error };
  } catch (error) {
    // A reader bug must never break the seller's page: report it as an unreadable page.
    return {
      ok: false,
      marketplace: adapter.id,
      kind,
      error: `Settle's ${adapter.name} reader failed: ${(error as Error).message}`,
    };
  }
}
