import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEvent, GENESIS_HASH, verifyChain } from '@/lib/db/event-chain';
import type { OrderEvent, OrderEventDraft } from '@/lib/model/events';

const draft = (orderId: string): OrderEventDraft => ({
  marketplace: 'woocommerce',
  shop: 'http://shop.test',
  orderId,
  at: '2026-11-20T10:00:00.000Z',
  url: 'http://shop.test/wp-admin/admin.php?page=wc-orders',
  data: { type: 'detected', status: 'unpaid', total: { amount: 100, currency: 'USD' } },
});

function chain(n: number): OrderEvent[] {
  let prev = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const e = { ...chainEvent(draft(String(i)), prev), id: i + 1 };
    prev = e.hash;
    return e;
  });
}

describe('event hash chain', () => {
  it('hashes canonically, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
  });

  it('verifies an intact chain', () => {
    const events = chain(5);
    expect(verifyChain(events, events.at(-1)!.hash)).toEqual({ ok: true, length: 5, head: events.at(-1)!.hash });
  });

  it('finds an altered event', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, data: { type: 'detected', status: 'paid', total: { amount: 100, currency: 'USD' } } };
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAtId: 3, reason: 'altered' });
  });

  it('finds a removed event', () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAtId: 3 });
  });

  it('finds events cut from the end, against the stored head', () => {
    const events = chain(5);
    const head = events.at(-1)!.hash;
    expect(verifyChain(events.slice(0, 4), head)).toMatchObject({ ok: false, reason: 'missing-at-end' });
  });
});
