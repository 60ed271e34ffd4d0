import { sentReminders, type EvidenceKind, type OrderEvent } from '../model/events';
import type { ChecklistItem, Venue } from './venues';

const CAPTURES: EvidenceKind[] = ['screenshot', 'full-page', 'page-archive'];

/** What the case holds, read once from its order's timeline. */
interface Holdings {
  events: number;
  evidence: EvidenceKind[];
  tones: string[];
}

/** Whether what the case holds covers one thing a venue asks for. */
function holds(item: ChecklistItem, { events, evidence, tones }: Holdings): boolean {
  switch (item) {
    case 'order-record':
      return events > 0;
    case 'reminders-sent':
      return tones.length > 0;
    case 'final-notice':
      return (
        tones.some((tone) => tone === 'final_notice' || tone === 'formal_demand') || evidence.includes('demand-letter')
      );
    case 'page-capture':
      return evidence.some((kind) => CAPTURES.includes(kind));
    case 'attachments':
      return evidence.includes('attachment');
  }
}

/** The venue's checklist, each item ticked from what the case holds. */
export function caseChecklist(venue: Venue, events: OrderEvent[]): { item: ChecklistItem; done: boolean }[] {
  const held: Holdings = {
    events: events.length,
    evidence: events.flatMap((e) => (e.data.type === 'evidence_added' ? [e.data.kind] : [])),
    tones: sentReminders(events).map((r) => r.tone),
  };
  return venue.asks.map((item) => ({ item, done: holds(item, held) }));
}
