import type { MarketplaceId, OrderSnapshot, PageKind } from '../model/order';

export type ReadResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

export interface MarketplaceAdapter {
  id: MarketplaceId;
  name: string;
  /** Match patterns for this console's content script. */
  matches: string[];
  detect(url: URL, doc: Document): PageKind | null;
  readOrder(doc: Document, url: URL): ReadResult<OrderSnapshot>;
  readOrderList(doc: Document, url: URL): ReadResult<OrderSnapshot[]>;
}

export type PageReading =
  | { ok: true; marketplace: MarketplaceId; kind: PageKind; orders: OrderSnapshot[]; warnings: string[] }
  | { ok: false; marketplace?: MarketplaceId; kind?: PageKind; error: string };
