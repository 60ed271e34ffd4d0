import { describe, expect, it } from 'vitest';
import { chainEvent, GENESIS_HASH } from '@/lib/db/event-chain';
import { describeChain } from '@/lib/i18n/describe-chain';
import type { OrderEvent } from '@/lib/model/events';
import { useLocale } from '../support/i18n';

/** Three chained notes, ids 11–13 as a shared database would give them. */
function timeline(): OrderEvent[] {
  const events: OrderEvent[] = [];
  for (const [i, text] of ['one', 'two', 'three'].entries()) {
    const draft = {
      marketplace: 'generic' as const,
      shop: 'manual',
      orderId: 'M-1',
      at: `2026-11-0${i + 1}T09:00:00.000Z`,
      url: '',
      data: { type: 'note_added' as const, text },
    };
    events.push({ ...chainEvent(draft, events.at(-1)?.hash ?? GENESIS_HASH), id: 11 + i });
  }
  return events;
}

describe('describeChain', () => {
  it('numbers the event by its place on the timeline, not its database id', () => {
    useLocale('en');
    const events = timeline();
    const status = describeChain({ ok: false, brokenAtId: 12, reason: 'altered' }, events, 'GBP', 'en-GB');
    expect(status.text).toMatch(/^Timeline chain broken at event 2 \(.+, Note: two\): altered/);
    expect(status.at).toMatchObject({ event: events[1], position: 2 });
  });

  it('says so plainly when the event it names is not in the timeline it was given', () => {
    useLocale('en');
    const status = describeChain({ ok: false, brokenAtId: 99, reason: 'missing-before' }, timeline(), 'GBP', 'en-GB');
    expect(status).toEqual({ ok: false, text: 'Timeline chain broken, at an event no longer on the timeline.' });
  });
});
