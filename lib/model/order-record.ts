import type { OrderSnapshot } from './order';
import type { ChaseState } from './chase';

/** An order as Settle keeps it: the merged readings plus tracking fields. */
export interface OrderRecord extends OrderSnapshot {
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
}

/** A stable key for a buyer within one marketplace: the name as shown, else email, else handle. */
export function buyerKeyOf(buyer: OrderSnapshot['buyer']): string {
  const raw = buyer.name ?? buyer.email ?? buyer.handle ?? '';
  const key = raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key || '(unknown)';
}
