import type { OrderEvent, OrderEventDraft } from '../model/events';
import { chainEvent, GENESIS_HASH } from './event-chain';
import type { ChainSummary, SettleDb } from './schema';
import { SUMMARY_IDS } from './tables';

/**
 * Hash-chains and writes events after the current head. Call inside a transaction that includes
 * the events and summary tables, so the events and the new head commit together.
 */
export async function appendEvents(db: SettleDb, drafts: OrderEventDraft[]): Promise<OrderEvent[]> {
  if (!drafts.length) return [];
  const chain = ((await db.summary.get(SUMMARY_IDS.chain)) as ChainSummary | undefined) ?? { id: SUMMARY_IDS.chain, head: GENESIS_HASH, length: 0 };
  const events = drafts.map((d) => {
    const e = chainEvent(d, chain.head);
    chain.head = e.hash;
    chain.length++;
    return e;
  });
  await db.events.bulkAdd(events);
  await db.summary.put(chain);
  return events;
}
