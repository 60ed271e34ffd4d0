import type { OrderEvent } from '../model/events';
import type { EvidenceKind } from '../model/events';
import type { ChecklistItem, Venue } from './venues';

const CAPTURES: EvidenceKind[] = ['screenshot', 'full-page', 'page-archive'];

/** Whether what the case holds (its order's timeline, evidence on it) covers one thing a venue asks for. */
function holds(item: ChecklistItem, events: OrderEvent[]): boolean {
  const evidence = events.flatMap((e) => (e.data.type === 'evidence_added' ? [e.data.kind] : []));
  const tones = events.flatMap((e) => (e.data.type === 'chase' && e.data.change.type === 'reminder_sent' ? [e.data.change.tone] : e.data.type === 'reminder_sent_outside_chase' ? [e.data.tone] : []));
  switch (item) {
    case 'order-record':
      return events.length > 0;
    case 'reminders-sent':
      return tones.length > 0;
    case 'final-notice':
      return tones.some((tone) => tone === 'final_notice' || tone === 'formal_demand') || evidence.includes('demand-letter');
    case 'page-capture':
      return evidence.some((kind) => CAPTURES.includes(kind));
    case 'attachments':
      return evidence.includes('attachment');
  }
}

/** The venue's checklist, each item ticked from what the case holds. */
export function caseChecklist(venue: Venue, events: OrderEvent[]): { item: ChecklistItem; done: boolean }[] {
  return venue.asks.map((item) => ({ item, done: holds(item, events) }));
}
