import type { OrderEvent } from '../model/events';
import type { OrderRecord } from '../model/order-record';
import { caseChecklist } from './checklist';
import { LIMITATION, limitationEnds } from './limitation';
import { venueOf, type ChecklistItem, type Fact, type Venue } from './venues';

/** How far ahead a closing time limit is flagged. */
export const LIMITATION_WARN_DAYS = 90;

export interface CaseFacts {
  venue?: Venue;
  openedAt: string;
  checklist: { item: ChecklistItem; done: boolean }[];
  /** The last day to bring a claim, for a court venue: the rule, its source, and whether it is near. */
  limitation?: { ends: string; soon: boolean; passed: boolean } & Fact<{ years: number; rule: string }>;
}

/** What the dashboard and the report say about an order's open case, or undefined without one. */
export function caseFacts(order: OrderRecord, events: OrderEvent[], now: string): CaseFacts | undefined {
  const opened = order.chase.case;
  if (!opened) return undefined;
  const venue = venueOf(opened.venue);
  const facts: CaseFacts = { ...(venue && { venue }), openedAt: opened.openedAt, checklist: venue ? caseChecklist(venue, events) : [] };
  const start = order.dueAt ?? order.placedAt ?? order.firstSeenAt;
  const ends = venue?.jurisdiction && limitationEnds(start, venue.jurisdiction);
  if (venue?.jurisdiction && ends) {
    const left = new Date(ends).getTime() - new Date(now).getTime();
    facts.limitation = { ...LIMITATION[venue.jurisdiction], ends, passed: left < 0, soon: left >= 0 && left < LIMITATION_WARN_DAYS * 86_400_000 };
  }
  return facts;
}
