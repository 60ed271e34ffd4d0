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

/** What the limits have taken so far, candidate by candidate in due order: carried from one batch of the index to the next. */
export interface DueTally {
  buyersTaken: Set<string>;
  sentByShop: Record<string, number>;
}

export const newDueTally = (history: SendHistory): DueTally => ({
  buyersTaken: new Set(),
  sentByShop: { ...history.sentTodayByShop },
});

/**
 * Judges one candidate, taken in due order, against the limits and what was taken before it:
 * undefined when its reminder may go out now (and it is counted), else why it waits.
 */
function judgeDue(
  candidate: DueCandidate,
  tally: DueTally,
  history: SendHistory,
  dailyCap: (shop: string) => number,
  nowMs: number,
): HoldReason | undefined {
  const buyer = buyerId(candidate);
  const last = history.lastSentByBuyer[buyer];
  if (history.unresolvedByOrder?.[orderKeyText(candidate)]) return 'send-unresolved';
  if (last && nowMs - Date.parse(last) < DAY_MS) return 'buyer-reminded-recently';
  if (tally.buyersTaken.has(buyer)) return 'buyer-has-another-due';
  if ((tally.sentByShop[candidate.shop] ?? 0) >= dailyCap(candidate.shop)) return 'daily-cap';
  tally.buyersTaken.add(buyer);
  tally.sentByShop[candidate.shop] = (tally.sentByShop[candidate.shop] ?? 0) + 1;
  return undefined;
}

/**
 * Of the orders due by their own schedules, the reminders that may go out now: at most one per
 * buyer per 24 hours across all their orders (the longest-due first), and at most `dailyCap(shop)`
 * per shop per day. The rest wait, each with the reason the seller is shown.
 *
 * Paged use (lib/db/due.ts): pass the tally of the batches before, in due order, and `room`, the
 * reminders the page still has room for: judging stops once that many are due now, and
 * `consumed` says how many candidates were judged, so the next page starts after them.
 */
export function selectDueNow(
  candidates: DueCandidate[],
  history: SendHistory,
  dailyCap: (shop: string) => number,
  now: string,
  { tally = newDueTally(history), room = Infinity }: { tally?: DueTally; room?: number } = {},
): DueSelection & { consumed: number } {
  const nowMs = Date.parse(now);
  // Stable: candidates due at the same moment keep the order given (the index's, when paged).
  const sorted = candidates.filter((c) => c.dueAt <= now).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const selection: DueSelection = { dueNow: [], held: [] };
  let consumed = 0;
  for (const candidate of sorted) {
    if (selection.dueNow.length >= room) break;
    consumed++;
    const reason = judgeDue(candidate, tally, history, dailyCap, nowMs);
    if (reason) selection.held.push({ candidate, reason });
    else selection.dueNow.push(candidate);
  }
  return { ...selection, consumed };
}
