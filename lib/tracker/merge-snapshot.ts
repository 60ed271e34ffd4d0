import type { OrderSnapshot } from '../model/order';
import { isOpenStatus } from '../model/order';
import type { OrderRecord, ShopSnapshot } from '../model/order-record';
import { isOnShop } from '../model/shop';
import { buyerKeyOf, setOpenFlags } from '../model/order-record';
import { DETAIL_FIELDS, type OrderEventData } from '../model/events';
import type { Money } from '../model/money';
import type { ChaseEvent } from '../model/chase';
import type { OrderStatus } from '../model/order';
import { applyChaseEvent } from './lifecycle';
import { chaseFromStatus } from './chase-from-status';

export interface MergeResult {
  record: OrderRecord;
  events: OrderEventData[];
}

const sameMoney = (a?: Money, b?: Money) => a?.amount === b?.amount && a?.currency === b?.currency;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const hasOffset = (iso?: string) => !!iso && /(?:Z|[+-]\d\d:\d\d)$/.test(iso);

/** Keeps only the buyer fields that carry a value, so a list page (name only) never erases a detail page's email. */
function mergeBuyer(old: OrderSnapshot['buyer'] | undefined, next: OrderSnapshot['buyer']): OrderSnapshot['buyer'] {
  const merged = { ...old };
  for (const [k, v] of Object.entries(next) as [keyof typeof next, string | undefined][]) if (v) merged[k] = v;
  return merged;
}

/**
 * What is still owed: the console's figure, less what the seller recorded as received in Settle
 * (a bank transfer the console does not know about), whichever is smaller.
 */
function owed(snap: OrderSnapshot, existing: OrderRecord | undefined): Money {
  const consoleDue = snap.amountDue ?? snap.total;
  const recorded = existing?.chase.paidInSettle ?? 0;
  if (!recorded || consoleDue.currency !== snap.total.currency) return consoleDue;
  return {
    amount: Math.max(0, Math.min(consoleDue.amount, snap.total.amount - recorded)),
    currency: consoleDue.currency,
  };
}

/**
 * A list page gives an exact instant; a detail page only wall time. Keep the instant once known,
 * and the time of day once known: a page that prints the day alone ("3 days ago", "Nov 28, 2026")
 * beside one that prints its time must not change the order's date at every reading.
 */
function mergePlacedAt(old?: string, next?: string): string | undefined {
  if (!next) return old;
  if (hasOffset(old) && !hasOffset(next)) return old;
  if (old && !next.includes('T') && old.startsWith(`${next}T`)) return old;
  return next;
}

/**
 * Folds a fresh reading of an order into what Settle already knows.
 * Returns null when nothing changed: the same page read twice writes nothing.
 * Readings that lack a field (lists have no items, no email) keep the known value.
 */
export function mergeSnapshot(
  existing: OrderRecord | undefined,
  reading: ShopSnapshot,
  now: string,
): MergeResult | null {
  // A status Settle does not recognise says nothing: the order keeps the status it had (the reader warned the seller).
  const snap: ShopSnapshot =
    existing && reading.status === 'unknown'
      ? { ...reading, status: existing.status, statusText: existing.statusText }
      : reading;
  const buyer = mergeBuyer(existing?.buyer, snap.buyer);
  const merged: OrderRecord = {
    ...existing,
    ...snap,
    buyer,
    items: snap.items.length ? snap.items : (existing?.items ?? []),
    placedAt: mergePlacedAt(existing?.placedAt, snap.placedAt),
    // Only a pay link on the shop's own site is kept (the background drops others from readings).
    payUrl: [snap.payUrl, existing?.payUrl].find((u) => isOnShop(u, snap.shop)),
    dueAt: snap.dueAt ?? existing?.dueAt,
    amountDue: isOpenStatus(snap.status) ? owed(snap, existing) : undefined,
    open: 0,
    chase: existing?.chase ?? chaseFromStatus(snap),
    buyerKey: existing?.buyerKey ?? buyerKeyOf(buyer),
    firstSeenAt: existing?.firstSeenAt ?? now,
    lastActivityAt: existing?.lastActivityAt ?? now,
  };
  dropUndefined(merged);

  if (!existing) {
    setOpenFlags(merged);
    return { record: merged, events: [{ type: 'detected', status: snap.status, total: snap.total }] };
  }
  const events: OrderEventData[] = [];
  if (existing.status !== merged.status) {
    events.push({ type: 'status_changed', from: existing.status, to: merged.status, statusText: merged.statusText });
    const change = consoleVerdict(existing.status, merged.status);
    const step = change && applyChaseEvent(merged.chase, change, merged.total, now);
    // A verdict the chase refuses (a write-off the console does not know about) leaves the chase as the seller set it.
    if (change && step && step.ok) {
      events.push({ type: 'chase', change, from: merged.chase.stage, to: step.state.stage });
      merged.chase = step.state;
    }
  }
  setOpenFlags(merged);
  if (!sameMoney(existing.total, merged.total)) {
    events.push({ type: 'amount_changed', from: existing.total, to: merged.total });
  }
  const detailFields = DETAIL_FIELDS.filter((f) => !sameJson(existing[f], merged[f]));
  // statusText and amountDue move with status and total: only report them alone.
  const reported = detailFields.filter((f) => !(events.length && (f === 'statusText' || f === 'amountDue')));
  if (reported.length) events.push({ type: 'details_changed', fields: reported });
  if (!events.length && !detailFields.length) return null;
  merged.lastActivityAt = events.length ? now : existing.lastActivityAt;
  return { record: merged, events };
}

/** The chase event a console status change means: paid and cancelled close the order by themselves. */
function consoleVerdict(from: OrderStatus, to: OrderStatus): ChaseEvent | null {
  if (isOpenStatus(to)) return isOpenStatus(from) || from === 'unknown' ? null : { type: 'console_reopened' };
  if (to === 'paid') return { type: 'console_paid' };
  if (to === 'cancelled' || to === 'refunded') return { type: 'console_cancelled' };
  return null;
}

function dropUndefined(o: object): void {
  for (const [k, v] of Object.entries(o)) if (v === undefined) delete (o as Record<string, unknown>)[k];
}
