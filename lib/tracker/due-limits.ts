import type { MarketplaceId } from '../model/order';
import { orderKeyText } from '../model/order-record';

/** An order whose next reminder is due by its own schedule. */
export interface DueCandidate {
  marketplace: MarketplaceId;
  orderId: string;
  buyerKey: string;
  /** The order's shop (lib/model/shop.ts): the daily cap counts per shop. */
  shop: string;
  dueAt: string;
}

/**
 * What was sent, for the limits. A send not yet known to have failed (pending: started, never
 * confirmed) counts as sent, from when it started: it may well have gone out.
 */
export interface SendHistory {
  /** Reminders already sent (or unresolved) today (the seller's local day) per shop. */
  sentTodayByShop: Record<string, number>;
  /** Latest reminder per buyer (`buyerId`), any order. */
  lastSentByBuyer: Record<string, string>;
  /** Orders (`orderKeyText`) with a send never confirmed, however old: when it started. */
  unresolvedByOrder?: Record<string, string>;
}

/** `send-unresolved`: a send of this order started and was never confirmed; no other goes out until it is settled. */
type HoldReason = 'buyer-reminded-recently' | 'buyer-has-another-due' | 'daily-cap' | 'send-unresolved';

export interface DueSelection {
  dueNow: DueCandidate[];
  held: { candidate: DueCandidate; reason: HoldReason }[];
}

const DAY_MS = 86_400_000;
/** One buyer of one shop, as text (`marketplace␀shop␀buyerKey`). */
export const buyerId = (c: { marketplace: string; shop: string; buyerKey: string }) =>
  `${c.marketplace}\u0000${c.shop}\u0000${c.buyerKey}`;

/**
 * Of the orders due by their own schedules, the reminders that may go out now: at most one per
 * buyer per 24 hours across all their orders (the longest-due first), and at most `dailyCap(shop)`
 * per shop per day. The rest wait, each with the reason the seller is shown.
 */
export function selectDueNow(
  candidates: DueCandidate[],
  history: SendHistory,
  dailyCap: (shop: string) => number,
  now: string,
): DueSelection {
  const nowMs = Date.parse(now);
  const sorted = candidates.filter((c) => c.dueAt <= now).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const buyersTaken = new Set<string>();
  const sentByShop = { ...history.sentTodayByShop };
  const selection: DueSelection = { dueNow: [], held: [] };
  for (const candidate of sorted) {
    const buyer = buyerId(candidate);
    const last = history.lastSentByBuyer[buyer];
    if (history.unresolvedByOrder?.[orderKeyText(candidate)])
      selection.held.push({ candidate, reason: 'send-unresolved' });
    else if (last && nowMs - Date.parse(last) < DAY_MS)
      selection.held.push({ candidate, reason: 'buyer-reminded-recently' });
    else if (buyersTaken.has(buyer)) selection.held.push({ candidate, reason: 'buyer-has-another-due' });
    else if ((sentByShop[candidate.shop] ?? 0) >= dailyCap(candidate.shop))
      selection.held.push({ candidate, reason: 'daily-cap' });
    else {
      buyersTaken.add(buyer);
      sentByShop[candidate.shop] = (sentByShop[candidate.shop] ?? 0) + 1;
      selection.dueNow.push(candidate);
    }
  }
  return selection;
}
