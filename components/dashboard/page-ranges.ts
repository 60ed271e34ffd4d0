import { cmp } from 'dexie';
import type { PageKey } from '@/lib/db/order-pages';

/**
 * One page of a list as a range of its index: after `after` (excluded) up to `until` (included).
 * A page's range is fixed once its first read found where it stops, so a row inserted later lands
 * in exactly one page: pages never overlap and never leave a gap, whatever is written meanwhile.
 */
export interface PageRange {
  after?: PageKey;
  until?: PageKey;
}

/** A stable name for a range, for maps and subscriptions. */
export const rangeText = (range: PageRange): string => JSON.stringify([range.after ?? null, range.until ?? null]);

/**
 * The ranges after page `i` read up to `next` (absent: to its range's end). An open last page
 * closes at `next`; a closed page that grew past what one read holds splits at `next`.
 */
export function afterRead(ranges: PageRange[], i: number, next: PageKey | undefined): PageRange[] {
  const page = ranges[i];
  if (!page || !next) return ranges;
  if (!page.until) return ranges.map((r, j) => (j === i ? { ...r, until: next } : r));
  if (cmp(next, page.until) === 0) return ranges;
  return [...ranges.slice(0, i), { ...page, until: next }, { after: next, until: page.until }, ...ranges.slice(i + 1)];
}

/** The ranges with one more page after the last, when the last one has an end (more may follow). */
export function withNextPage(ranges: PageRange[]): PageRange[] {
  const last = ranges[ranges.length - 1];
  return last?.until ? [...ranges, { after: last.until }] : ranges;
}
