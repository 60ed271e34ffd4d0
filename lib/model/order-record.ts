import { isOpenStatus, type MarketplaceId, type OrderSnapshot } from './order';
import { OPEN_STAGES, type ChaseState } from './chase';
import { owedOf, placedKeyOf, searchWordsOf } from './list-keys';

/** An order as Settle keeps it: the merged readings plus tracking fields. */
export interface OrderRecord extends OrderSnapshot {
  /** The shop the order belongs to (lib/model/shop.ts), set by the background from the page that read it: part of the key. */
  shop: string;
  /** 1 while money is owed (unpaid, partially paid); a number because IndexedDB cannot index booleans. */
  open: 0 | 1;
  buyerKey: string;
  firstSeenAt: string;
  /** Time of the order's latest event: the popup lists newest activity first. */
  lastActivityAt: string;
  /** Where the chase stands (schema version 2). */
  chase: ChaseState;
  /** When the next reminder falls due; absent when none is planned (closed, paused, ladder done). Indexed. */
  nextDueAt?: string;
  /**
   * The id of the order's case while it is open (stage `case`), else absent (schema version 4).
   * Indexed: the background finds every open case's deadlines by this index, never by scanning orders.
   */
  openCaseId?: string;
  /**
   * The id the console shows for the order now, when it renumbered the order after Settle began
   * tracking it (eBay, at payment): the key keeps the first id, so the timeline and its hash chain
   * stay whole (lib/db/renumbered.ts). Not indexed.
   */
  consoleOrderId?: string;
  /** When it was placed, else first seen: the dashboard's "newest" and "oldest" sorts (schema version 5; lib/model/list-keys.ts). */
  placed?: string;
  /** What is still owed (minor units), 0 once closed: the dashboard's "amount owed" sort (schema version 5; lib/model/list-keys.ts). */
  owed?: number;
  /** The words the dashboard's search finds the order by (schema version 5, a multi-entry index; lib/model/list-keys.ts). */
  words?: string[];
}

/** A stable key for a buyer within one marketplace: the name as shown, else email, else handle. */
export function buyerKeyOf(buyer: OrderSnapshot['buyer']): string {
  const raw = buyer.name ?? buyer.email ?? buyer.handle ?? '';
  const key = raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key || '(unknown)';
}

/** Open while the console says money is owed and the seller has not closed the chase (paid, settled, written off). */
function openFlagOf(order: Pick<OrderRecord, 'status' | 'chase'>): 0 | 1 {
  return isOpenStatus(order.status) && (OPEN_STAGES as readonly string[]).includes(order.chase.stage) ? 1 : 0;
}

/** The id of the order's case: the one it was opened with, else (a case from before ids) one made from the order's key. */
export function caseIdOf(order: Pick<OrderRecord, 'marketplace' | 'shop' | 'orderId' | 'chase'>): string | undefined {
  if (!order.chase.case) return undefined;
  return order.chase.case.id ?? `order:${order.marketplace}/${order.shop}/${order.orderId}`;
}

/**
 * Sets the indexed fields that follow the order and its chase: `open`, `openCaseId` while a case
 * is open, and the dashboard's sort and search keys (`placed`, `owed`, `words`). Every write that changes a
 * reading or a chase goes through here (mergeSnapshot, recordChase).
 */
export function setOpenFlags(order: OrderRecord): void {
  order.open = openFlagOf(order);
  const caseId = order.chase.stage === 'case' ? caseIdOf(order) : undefined;
  if (caseId) order.openCaseId = caseId;
  else delete order.openCaseId;
  order.placed = placedKeyOf(order);
  order.owed = owedOf(order);
  order.words = searchWordsOf(order);
}

/** A reading of an order on its shop's own page: the background has set `shop` from the page it came from. */
export type ShopSnapshot = OrderSnapshot & { shop: string };

/** How an order is keyed (schema version 3): two shops may share an order number. */
export type OrderKey = [marketplace: MarketplaceId, shop: string, orderId: string];

/** How a buyer is keyed: per shop, so one shop's buyers never mix with another's. */
export type BuyerKey = [marketplace: MarketplaceId, shop: string, buyerKey: string];

export const orderKeyOf = (o: { marketplace: MarketplaceId; shop: string; orderId: string }): OrderKey => [
  o.marketplace,
  o.shop,
  o.orderId,
];

export const buyerKeyFor = (o: { marketplace: MarketplaceId; shop: string; buyerKey: string }): BuyerKey => [
  o.marketplace,
  o.shop,
  o.buyerKey,
];

/** The order key as one string, for Sets and Maps. */
export const orderKeyText = (o: { marketplace: MarketplaceId; shop: string; orderId: string }): string =>
  `${o.marketplace}\u0000${o.shop}\u0000${o.orderId}`;

/** The order key an orderKeyText string was made from. */
export function orderKeyOfText(text: string): OrderKey {
  const [marketplace, shop, ...orderId] = text.split('\u0000');
  return [marketplace as MarketplaceId, shop!, orderId.join('\u0000')];
}
