import { describe, expect, it } from 'vitest';
import { sendDecision, type SendFacts } from '@/lib/tracker/send-policy';
import type { ChaseState } from '@/lib/model/chase';

const NOW = '2026-11-22T12:00:00.000Z';
const JANE = 'woocommerce\u0000http://shop.test\u0000jane';
const facts = (over: Partial<SendFacts> = {}, chase: Partial<ChaseState> = {}): SendFacts => ({
  order: {
    marketplace: 'woocommerce',
    shop: 'http://shop.test',
    orderId: '1042',
    buyerKey: 'jane',
    open: 1,
    statusText: 'Pending payment',
    chase: { stage: 'reminded', remindersSent: 1, paid: 0, paused: false, ...chase },
  },
  buyerPaused: false,
  history: { sentTodayByShop: {}, lastSentByBuyer: {} },
  inFlight: false,
  dailyCap: 20,
  timeZone: 'UTC',
  // No quiet hours unless a test sets them (equal times mean none).
  quietHours: { start: '00:00', end: '00:00' },
  buyerTimeZone: 'UTC',
  now: NOW,
  ...over,
});
const reason = (f: SendFacts) => {
  const d = sendDecision(f);
  return d.allowed ? 'allowed' : d.block.reason;
};

describe('send policy: every check a reminder must pass, in one place', () => {
  it('allows a reminder to an open, unpaused order whose buyer was not reminded today', () => {
    expect(sendDecision(facts())).toEqual({ allowed: true });
  });

  it('holds a second click of the same send, before anything else', () => {
    expect(reason(facts({ inFlight: true, buyerPaused: true }))).toBe('send-in-flight');
  });

  it('never reminds a closed order, and names its status', () => {
    const f = facts();
    expect(sendDecision({ ...f, order: { ...f.order, open: 0, statusText: 'Completed' } })).toEqual({
      allowed: false,
      block: { reason: 'closed', statusText: 'Completed' },
    });
  });

  it('stops while a case is open, and while the order or its buyer is paused', () => {
    expect(reason(facts({}, { stage: 'case' }))).toBe('case-open');
    expect(reason(facts({}, { paused: true }))).toBe('paused');
    expect(reason(facts({ buyerPaused: true }))).toBe('buyer-paused');
  });

  it('waits for a promise to pay until its date, then allows again', () => {
    expect(sendDecision(facts({}, { promisedBy: '2026-11-25T23:59:59.000Z' }))).toEqual({
      allowed: false,
      block: { reason: 'promised', until: '2026-11-25T23:59:59.000Z' },
    });
    expect(reason(facts({}, { promisedBy: '2026-11-22T11:00:00.000Z' }))).toBe('allowed');
  });

  it('holds an order with a send never confirmed, naming when and how it started', () => {
    expect(
      sendDecision(facts({ unresolved: { startedAt: '2026-11-17T09:00:00.000Z', channel: 'console-invoice' } })),
    ).toEqual({
      allowed: false,
      block: {
        reason: 'send-unresolved',
        until: '2026-11-17T09:00:00.000Z',
        startedAt: '2026-11-17T09:00:00.000Z',
        channel: 'console-invoice',
      },
    });
  });

  it('reminds a buyer once per 24 hours, on any order, and says when the next is possible', () => {
    const history = { sentTodayByShop: {}, lastSentByBuyer: { [JANE]: '2026-11-22T08:00:00.000Z' } };
    expect(sendDecision(facts({ history }))).toEqual({
      allowed: false,
      block: { reason: 'buyer-reminded-recently', until: '2026-11-23T08:00:00.000Z' },
    });
    expect(
      reason(facts({ history: { sentTodayByShop: {}, lastSentByBuyer: { [JANE]: '2026-11-21T11:59:00.000Z' } } })),
    ).toBe('allowed');
  });

  it('keeps to the shop’s daily cap until the seller’s next midnight', () => {
    const history = { sentTodayByShop: { 'http://shop.test': 5 }, lastSentByBuyer: {} };
    expect(reason(facts({ history, dailyCap: 6 }))).toBe('allowed');
    // 12:00 UTC is 20:00 in Shanghai: the seller's next day starts at 16:00 UTC.
    expect(sendDecision(facts({ history, dailyCap: 5, timeZone: 'Asia/Shanghai' }))).toEqual({
      allowed: false,
      block: { reason: 'daily-cap', until: '2026-11-22T16:00:00.000Z' },
    });
    // 23:30 local, well past the day's half: still the next midnight, not the one after.
    expect(
      sendDecision(facts({ history, dailyCap: 5, timeZone: 'Asia/Shanghai', now: '2026-11-22T15:30:00.000Z' })),
    ).toMatchObject({ block: { until: '2026-11-22T16:00:00.000Z' } });
  });

  it("allows a send in the buyer's quiet hours, saying until when, in the buyer's zone", () => {
    const night = { quietHours: { start: '21:00', end: '08:00' } };
    // 12:00 UTC is 20:00 in Shanghai (before quiet hours) and 21:00 in Tokyo (inside them, until 08:00 there: 23:00 UTC).
    expect(sendDecision(facts({ ...night, buyerTimeZone: 'Asia/Shanghai' }))).toEqual({ allowed: true });
    expect(sendDecision(facts({ ...night, buyerTimeZone: 'Asia/Tokyo' }))).toEqual({
      allowed: true,
      quietUntil: '2026-11-22T23:00:00.000Z',
    });
    // A block still wins: quiet hours never make a held send look open.
    expect(reason(facts({ ...night, buyerTimeZone: 'Asia/Tokyo', buyerPaused: true }))).toBe('buyer-paused');
  });
});
