import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readOrderPage, type OrderFilter, type OrderPage, type OrderSort } from '@/lib/db/order-pages';
import type { OrderRecord } from '@/lib/model/order-record';
import type { SettleDb } from '@/lib/db/schema';
import { afterRead, rangeText, withNextPage, type PageRange } from './page-ranges';

interface Pages {
  ranges: PageRange[];
  read: Map<string, OrderPage>;
}

export interface OrderPages {
  orders: OrderRecord[];
  /** The last page has an end: scrolling on may read more. */
  hasMore: boolean;
  /** A page is being read for the first time. */
  loading: boolean;
  /** A search found more than it shows. */
  capped: boolean;
  error?: Error;
  loadMore: () => void;
}

const START: Pages = { ranges: [{}], read: new Map() };

/**
 * The dashboard's list, page by page: each page read is its own live query of its own index
 * range, so a write elsewhere in the table wakes no page, and a write in one page wakes that page only.
 */
export function useOrderPages(db: SettleDb, filter: OrderFilter, sort: OrderSort): OrderPages {
  const query = JSON.stringify({ filter, sort });
  const [state, setState] = useState<Pages & { query: string }>({ ...START, query });
  const [error, setError] = useState<Error>();
  const current = state.query === query ? state : { ...START, query };
  const subscriptions = useRef(new Map<string, { unsubscribe(): void }>());

  useEffect(() => {
    setState({ ...START, query });
    setError(undefined);
    const open = subscriptions.current;
    return () => {
      for (const s of open.values()) s.unsubscribe();
      open.clear();
    };
  }, [query]);

  useEffect(() => {
    const open = subscriptions.current;
    const wanted = new Set(current.ranges.map(rangeText));
    for (const [text, s] of open) {
      if (wanted.has(text)) continue;
      s.unsubscribe();
      open.delete(text);
    }
    for (const range of current.ranges) {
      const text = rangeText(range);
      if (open.has(text)) continue;
      const subscription = liveQuery(() => readOrderPage(db, { filter, sort, ...range })).subscribe({
        next: (page) =>
          setState((s) => {
            if (s.query !== query) return s;
            const i = s.ranges.findIndex((r) => rangeText(r) === text);
            if (i < 0) return s;
            const ranges = afterRead(s.ranges, i, page.next);
            const read = new Map(s.read).set(text, page);
            // Until a changed range is read, it shows what its old range held (no flicker, no jump).
            if (ranges !== s.ranges) {
              const moved = ranges[i]!;
              read.set(rangeText(moved), page);
              const split = ranges[i + 1];
              if (ranges.length > s.ranges.length && split && !read.has(rangeText(split)))
                read.set(rangeText(split), { orders: [] });
            }
            return { ...s, ranges, read };
          }),
        error: (e: Error) => setError(e),
      });
      open.set(text, subscription);
    }
  }, [current.ranges, query]);

  return useMemo(() => {
    const orders: OrderRecord[] = [];
    let loading = false;
    let capped = false;
    for (const range of current.ranges) {
      const page = current.read.get(rangeText(range));
      if (!page) {
        loading = true;
        break;
      }
      orders.push(...page.orders);
      capped ||= !!page.capped;
    }
    const last = current.ranges[current.ranges.length - 1];
    return {
      orders,
      loading,
      capped,
      hasMore: !loading && !!last?.until,
      ...(error && { error }),
      loadMore: () => setState((s) => (s.query === query ? { ...s, ranges: withNextPage(s.ranges) } : s)),
    };
  }, [current, error]);
}
