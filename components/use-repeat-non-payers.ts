import { leftUnpaid, repeatNonPayersAmong } from '@/lib/db/buyers';
import type { SettleDb } from '@/lib/db/schema';
import { orderKeyText, type OrderRecord } from '@/lib/model/order-record';
import { useLiveQuery } from './use-live-query';

const NONE: ReadonlySet<string> = new Set();

/**
 * The repeat-non-payer flags (orderKeyText) of the orders a list shows, read once `ready` (its
 * rows are in): the rows come first, their flags a moment after. The buyers' read is one per row,
 * batched (bulkGet), and at 100,000 orders it was the list's longest read; the first row no longer
 * waits for it. Observed live: a buyer's count changing moves the flag.
 */
export function useRepeatNonPayers(db: SettleDb, orders: OrderRecord[], ready: boolean): ReadonlySet<string> {
  // What a flag depends on, so the read is asked again only when one of these changes.
  const shown = orders.map((o) => `${orderKeyText(o)}\u0000${o.buyerKey}\u0000${leftUnpaid(o) ? 1 : 0}`).join('\n');
  const flags = useLiveQuery(() => repeatNonPayersAmong(db, orders), [db, shown], ready && orders.length > 0);
  return flags.status === 'ready' && orders.length ? flags.value : NONE;
}
