import { describe, expect, it } from 'vitest';
import { caseFacts } from '@/lib/cases/case-facts';
import { limitationEnds, LIMITATION } from '@/lib/cases/limitation';
import { caseChecklist } from '@/lib/cases/checklist';
import { VENUES, venueOf } from '@/lib/cases/venues';
import { chainEvent, GENESIS_HASH } from '@/lib/db/event-chain';
import type { OrderEvent, OrderEventData } from '@/lib/model/events';
import type { OrderRecord } from '@/lib/model/order-record';
import { chaseFromStatus } from '@/lib/tracker/chase-from-status';

const base = {
  marketplace: 'woocommerce' as const,
  shop: 'http://shop.test',
  orderId: '1042',
  url: 'http://shop.test/x',
};
function timeline(...data: OrderEventData[]): OrderEvent[] {
  const events: OrderEvent[] = [];
  for (const d of data)
    events.push(chainEvent({ ...base, at: '2026-11-20T00:00:00Z', data: d }, events.at(-1)?.hash ?? GENESIS_HASH));
  return events;
}
const DETECTED: OrderEventData = { type: 'detected', status: 'unpaid', total: { amount: 1000, currency: 'GBP' } };
const order = (placedAt: string, venue?: OrderRecord['chase']['case']): OrderRecord => ({
  ...base,
  status: 'unpaid',
  statusText: 'Pending payment',
  buyer: { name: 'Jane' },
  total: { amount: 1000, currency: 'GBP' },
  items: [],
  placedAt,
  open: 1,
  buyerKey: 'jane',
  firstSeenAt: placedAt,
  lastActivityAt: placedAt,
  chase: {
    ...chaseFromStatus({ status: 'unpaid', total: { amount: 1000, currency: 'GBP' } }),
    stage: 'case',
    ...(venue && { case: venue }),
  },
});

describe('venues', () => {
  it('give every fact a source and a confidence, and court venues a jurisdiction with a limitation rule', () => {
    for (const v of VENUES) {
      for (const fact of [v.fileTypes, v.maxFileBytes, v.claimLimit, v.note].filter(Boolean)) {
        expect(fact!.source.length, v.id).toBeGreaterThan(5);
        expect(['verified', 'secondary', 'unverified']).toContain(fact!.confidence);
      }
      if (v.kind === 'court') expect(LIMITATION[v.jurisdiction!], v.id).toBeDefined();
      expect(v.asks[0]).toBe('order-record');
    }
  });
});

describe('the checklist, ticked from what the order holds', () => {
  it('ticks reminders, a final notice, captures and attachments only when the timeline has them', () => {
    const ew = venueOf('court-england-wales')!;
    expect(
      caseChecklist(ew, timeline(DETECTED))
        .filter((c) => c.done)
        .map((c) => c.item),
    ).toEqual(['order-record']);
    const full = timeline(
      DETECTED,
      {
        type: 'chase',
        change: { type: 'reminder_sent', tone: 'final_notice' },
        from: 'reminded',
        to: 'final_notice',
        message: { channel: 'mail-draft', text: 'Pay' },
      },
      {
        type: 'evidence_added',
        evidenceId: 1,
        kind: 'attachment',
        name: 'invoice.pdf',
        mediaType: 'application/pdf',
        bytes: 10,
        sha256: 'a'.repeat(64),
      },
    );
    expect(caseChecklist(ew, full).every((c) => c.done)).toBe(true);
    expect(caseChecklist(venueOf('taobao')!, full)).toEqual([
      { item: 'order-record', done: true },
      { item: 'page-capture', done: false },
    ]);
  });
});

describe('time limits', () => {
  it('counts the limitation period from when payment fell due, per jurisdiction', () => {
    expect(limitationEnds('2026-03-01T10:00:00Z', 'england-wales')).toBe('2032-03-01T10:00:00.000Z');
    expect(limitationEnds('2026-03-01T10:00:00Z', 'mainland-china')).toBe('2029-03-01T10:00:00.000Z');
    expect(limitationEnds('2026-03-01T10:00:00Z', 'taiwan')).toBe('2028-03-01T10:00:00.000Z');
    expect(limitationEnds('not a date', 'taiwan')).toBeUndefined();
  });

  it('warns within 90 days of the end and says when it has passed', () => {
    const events = timeline(DETECTED);
    const opened = { venue: 'court-taiwan' as const, openedAt: '2026-12-01T00:00:00Z' };
    const limitation = (o: OrderRecord) =>
      caseFacts(o, events, '2026-12-02T00:00:00Z')!.dates.find((d) => d.kind === 'limitation');
    expect(limitation(order('2025-01-10T00:00:00Z', opened))).toMatchObject({
      at: '2027-01-10T00:00:00.000Z',
      soon: true,
      passed: false,
      orderId: '1042',
      fact: LIMITATION.taiwan,
    });
    expect(limitation(order('2024-01-10T00:00:00Z', opened))).toMatchObject({ soon: false, passed: true });
    expect(limitation(order('2026-11-10T00:00:00Z', opened))).toMatchObject({ soon: false, passed: false });
    expect(limitation(order('2026-11-10T00:00:00Z', { venue: 'paypal', openedAt: opened.openedAt }))).toBeUndefined();
    expect(caseFacts(order('2026-11-10T00:00:00Z'), events, '2026-12-02T00:00:00Z')).toBeUndefined();
  });
});
