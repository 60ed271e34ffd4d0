import type { MarketplaceId, OrderStatus } from './order';
import type { Money } from './money';

/** What can happen on an order's timeline. Later issues add reminder, payment, evidence and case events. */
export type OrderEventData =
  | { type: 'detected'; status: OrderStatus; total: Money }
  | { type: 'status_changed'; from: OrderStatus; to: OrderStatus; statusText: string }
  | { type: 'amount_changed'; from: Money; to: Money }
  | { type: 'details_changed'; fields: string[] };

export type OrderEventType = OrderEventData['type'];

/** An event before it is written: the database adds its id and place in the hash chain. */
export interface OrderEventDraft {
  marketplace: MarketplaceId;
  orderId: string;
  at: string;
  /** Page the change was read on. */
  url: string;
  data: OrderEventData;
}

/** A written event. `hash` covers the event and `prevHash`, so editing or removing any event breaks the chain. */
export interface OrderEvent extends OrderEventDraft {
  id?: number;
  prevHash: string;
  hash: string;
}
