import type { OrderEvent, OrderEventDraft } from '../model/events';
import { orderKeyOf, orderKeyText } from '../model/order-record';
import { chainEvent, GENESIS_HASH } from './event-chain';
import type { ChainRecord, SettleDb } from './schema';

/**
 * Hash-chains and writes events, each after the head of its own order's chain. Call inside a
 * transaction that includes the events and chains tables, so the events and the new heads commit together.
 */
export async function appendEvents(db: SettleDb, drafts: OrderEventDraft[]): Promise<OrderEvent[]> {
  if (!drafts.length) return [];
  const keys = [...new Map(drafts.map((d) => [orderKeyText(d), orderKeyOf(d)])).values()];
  const found = await db.chains.bulkGet(keys);
  const chains = new Map<string, ChainRecord>();
  keys.forEach(([marketplace, shop, orderId], i) =>
    chains.set(
      orderKeyText({ marketplace, shop, orderId }),
      found[i] ?? { marketplace, shop, orderId, head: GENESIS_HASH, length: 0 },
    ),
  );
  const events = drafts.map((d) => {
    const chain = chains.get(orderKeyText(d))!; // made for every draft's order just above
    const e = chainEvent(d, chain.head);
    chain.head = e.hash;
    chain.length++;
    return e;
  });
  await db.events.bulkAdd(events);
  await db.chains.bulkPut([...chains.values()]);
  return events;
}
