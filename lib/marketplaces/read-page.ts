import type { MarketplaceAdapter, PageReading } from './types';

/** Reads a page with one adapter: detects its kind, then reads one order or the list. */
export function readPageWith(adapter: MarketplaceAdapter, doc: Document, url: URL): PageReading | null {
  const kind = adapter.detect(url, doc);
  if (!kind) return null;
  try {
    if (kind === 'order-detail') {
      const r = adapter.readOrder(doc, url);
      return r.ok ? { ok: true, marketplace: adapter.id, kind, orders: [r.value], warnings: r.warnings } : { ok: false, marketplace: adapter.id, kind, error: r.error };
    }
    const r = adapter.readOrderList(doc, url);
    return r.ok ? { ok: true, marketplace: adapter.id, kind, orders: r.value, warnings: r.warnings } : { ok: false, marketplace: adapter.id, kind, error: r.error };
  } catch (error) {
    // A reader bug must never break the seller's page: report it as an unreadable page.
    return { ok: false, marketplace: adapter.id, kind, error: `Settle's ${adapter.name} reader failed: ${(error as Error).message}` };
  }
}
