import { describe, expect, it } from 'vitest';
import { nextReminder, outOfQuietHours } from '@/lib/tracker/schedule';
import { DEFAULT_STEPS, type EscalationSchedule } from '@/lib/tracker/schedule-types';
import { initialChase, type ChaseState } from '@/lib/tracker/lifecycle';
import { addLocalDays, instantOf, wallTimeOf } from '@/lib/tracker/zoned-time';

const schedule: EscalationSchedule = {
  marketplace: 'woocommerce',
  steps: DEFAULT_STEPS,
  businessDays: false,
  quietHours: { start: '21:00', end: '08:00' },
  dailyCap: 20,
};
const UTC = { timeZone: 'UTC' };

function order(chase: Partial<ChaseState> = {}, placedAt = '2026-11-02T10:00:00Z') {
  return { open: 1 as const, chase: { ...initialChase(), ...chase }, placedAt, firstSeenAt: placedAt };
}

describe('escalation schedule: the ladder', () => {
  it('plans friendly on day 1, firm on day 3, final notice on day 7, demand on day 14', () => {
    const at = (sent: number, last?: string) =>
      nextReminder(order({ remindersSent: sent, lastReminderAt: last }), schedule, UTC);
    expect(at(0)).toEqual({ tone: 'friendly', dueAt: '2026-11-03T10:00:00.000Z', timing: 'ladder' });
    expect(at(1, '2026-11-03T10:00:00Z')).toMatchObject({ tone: 'firm', dueAt: '2026-11-05T10:00:00.000Z' });
    expect(at(2, '2026-11-05T10:00:00Z')).toMatchObject({ tone: 'final_notice', dueAt: '2026-11-09T10:00:00.000Z' });
    expect(at(3, '2026-11-09T10:00:00Z')).toMatchObject({ tone: 'formal_demand', dueAt: '2026-11-16T10:00:00.000Z' });
    expect(at(4, '2026-11-16T10:00:00Z')).toBeUndefined();
  });

  it('keeps an overdue step due (browser closed for days): only the next rung, never a burst or a skip', () => {
    // Nothing sent, three weeks later: the friendly reminder is due (in the past), not the demand.
    expect(nextReminder(order(), schedule, UTC)).toMatchObject({ tone: 'friendly', dueAt: '2026-11-03T10:00:00.000Z' });
  });

  it('waits at least a day after the last reminder, even when the seller sent one early', () => {
    expect(
      nextReminder(
        order({ remindersSent: 1, lastReminderAt: '2026-11-04T20:00:00Z' }),
        { ...schedule, quietHours: { start: '00:00', end: '00:00' } },
        UTC,
      ),
    ).toMatchObject({
      tone: 'firm',
      dueAt: '2026-11-05T20:00:00.000Z',
    });
  });

  it('counts business days when asked: Friday + 1 business day is Monday', () => {
    const friday = order({}, '2026-11-06T10:00:00Z');
    expect(nextReminder(friday, { ...schedule, businessDays: true }, UTC)?.dueAt).toBe('2026-11-09T10:00:00.000Z');
    expect(nextReminder(friday, schedule, UTC)?.dueAt).toBe('2026-11-07T10:00:00.000Z');
  });

  it('plans nothing for a closed, paused or case order', () => {
    expect(nextReminder({ ...order(), open: 0 }, schedule, UTC)).toBeUndefined();
    expect(nextReminder(order({ paused: true }), schedule, UTC)).toBeUndefined();
    expect(nextReminder(order({ stage: 'case' }), schedule, UTC)).toBeUndefined();
    expect(nextReminder(order({ stage: 'written_off' }), schedule, UTC)).toBeUndefined();
  });
});

describe('escalation schedule: promises, extensions, instalments', () => {
  it('a promise to pay holds the ladder until the promised date', () => {
    expect(nextReminder(order({ promisedBy: '2026-11-20T00:00:00Z' }), schedule, UTC)).toMatchObject({
      tone: 'friendly',
      dueAt: '2026-11-20T08:00:00.000Z',
      timing: 'after-promise',
    });
  });

  it('an extension holds the ladder until it ends', () => {
    expect(
      nextReminder(
        order({ stage: 'extended', extendedUntil: '2026-11-25T12:00:00Z', resumeStage: 'unpaid' }),
        schedule,
        UTC,
      ),
    ).toMatchObject({
      dueAt: '2026-11-25T12:00:00.000Z',
      timing: 'after-extension',
    });
  });

  it('an instalment plan reminds a day after each unpaid instalment, climbing from friendly', () => {
    const plan = [
      { amount: 5000, dueAt: '2026-11-10T10:00:00Z', paidAt: '2026-11-10T09:00:00Z' },
      { amount: 5000, dueAt: '2026-11-20T10:00:00Z' },
    ];
    expect(nextReminder(order({ stage: 'instalment_plan', plan, remindersSent: 2 }), schedule, UTC)).toEqual({
      tone: 'friendly',
      dueAt: '2026-11-21T10:00:00.000Z',
      timing: 'instalment',
    });
    expect(
      nextReminder(
        order({
          stage: 'instalment_plan',
          plan,
          remindersSent: 3,
          lastTone: 'friendly',
          lastReminderAt: '2026-11-21T10:00:00Z',
        }),
        schedule,
        UTC,
      ),
    ).toMatchObject({
      tone: 'firm',
      dueAt: '2026-11-23T10:00:00.000Z',
    });
  });
});

describe('escalation schedule: quiet hours and time zones', () => {
  it('moves a reminder out of quiet hours in the buyer’s zone', () => {
    // 10:00 UTC is 18:00 in Shanghai (fine) but 02:00 in Los Angeles (quiet until 08:00 there = 16:00 UTC).
    expect(nextReminder(order(), schedule, { timeZone: 'Asia/Shanghai' })?.dueAt).toBe('2026-11-03T10:00:00.000Z');
    expect(nextReminder(order(), schedule, { timeZone: 'America/Los_Angeles' })?.dueAt).toBe(
      '2026-11-03T16:00:00.000Z',
    );
  });

  it('handles quiet hours that do not cross midnight, and pulls earlier when asked', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(outOfQuietHours(Date.parse('2026-11-03T12:30:00Z'), lunch, 'UTC', 'later')).toBe(
      Date.parse('2026-11-03T14:00:00Z'),
    );
    expect(outOfQuietHours(Date.parse('2026-11-03T12:30:00Z'), lunch, 'UTC', 'earlier')).toBe(
      Date.parse('2026-11-03T11:59:00Z'),
    );
    const night = { start: '21:00', end: '08:00' };
    expect(outOfQuietHours(Date.parse('2026-11-03T03:00:00Z'), night, 'UTC', 'earlier')).toBe(
      Date.parse('2026-11-02T20:59:00Z'),
    );
  });

  it('keeps the wall time across the autumn DST change (London, 25 Oct 2026)', () => {
    // Placed Saturday 24 Oct 10:00 BST (09:00Z); day 3 is Tuesday 27 Oct 10:00 GMT = 10:00Z, not 09:00Z.
    const placed = order({ remindersSent: 1, lastReminderAt: '2026-10-25T09:00:00Z' }, '2026-10-24T09:00:00Z');
    expect(nextReminder(placed, schedule, { timeZone: 'Europe/London' })?.dueAt).toBe('2026-10-27T10:00:00.000Z');
  });

  it('keeps the wall time across the spring DST change (New York, 8 Mar 2026) and resolves skipped times', () => {
    const placed = order({}, '2026-03-07T14:00:00Z'); // 09:00 EST
    expect(nextReminder(placed, schedule, { timeZone: 'America/New_York' })?.dueAt).toBe('2026-03-08T13:00:00.000Z'); // 09:00 EDT
    // 02:30 on 8 March does not exist in New York: it resolves to 03:30 EDT.
    expect(
      new Date(
        instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, 'America/New_York'),
      ).toISOString(),
    ).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 on 1 November happens twice: the first (EDT) is taken.
    expect(
      new Date(
        instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 }, 'America/New_York'),
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
  });

  it('reads an offset-less console time as wall time in the zone', () => {
    expect(wallTimeOf('2026-11-19T14:05:22', 'Asia/Shanghai')).toMatchObject({ day: 19, hour: 14, minute: 5 });
    expect(wallTimeOf('2026-11-19T14:05:22Z', 'Asia/Shanghai')).toMatchObject({ day: 19, hour: 22 });
    expect(addLocalDays({ year: 2026, month: 11, day: 9, hour: 1, minute: 0, second: 0 }, -1, true)).toMatchObject({
      day: 6,
    });
  });
});

describe('escalation schedule: before the platform closes the order by itself', () => {
  it('pulls a reminder before a 72-hour auto-close and plans none once it cannot help', () => {
    const placed = '2026-11-02T10:00:00Z';
    const autoCloseAt = '2026-11-05T10:00:00Z';
    // Day 1 fits; day 3 would land at the close, so it is pulled two hours before.
    expect(nextReminder(order({}, placed), schedule, { timeZone: 'UTC', autoCloseAt })).toMatchObject({
      tone: 'friendly',
      dueAt: '2026-11-03T10:00:00.000Z',
      timing: 'ladder',
    });
    expect(
      nextReminder(order({ remindersSent: 1, lastReminderAt: '2026-11-03T10:00:00Z' }, placed), schedule, {
        timeZone: 'UTC',
        autoCloseAt,
      }),
    ).toMatchObject({
      tone: 'firm',
      dueAt: '2026-11-05T08:00:00.000Z',
      timing: 'before-auto-close',
    });
    // Reminded late on day 2: a day must pass, and by then the order has closed.
    expect(
      nextReminder(order({ remindersSent: 1, lastReminderAt: '2026-11-04T20:00:00Z' }, placed), schedule, {
        timeZone: 'UTC',
        autoCloseAt,
      }),
    ).toBeUndefined();
  });

  it('squeezes a short window (Douyin-like 30 minutes) into one reminder before it closes', () => {
    const placed = '2026-11-02T10:00:00Z';
    const planned = nextReminder(order({}, placed), schedule, { timeZone: 'UTC', autoCloseAt: '2026-11-02T10:30:00Z' });
    expect(planned).toMatchObject({ tone: 'friendly', dueAt: '2026-11-02T10:22:30.000Z', timing: 'before-auto-close' });
  });
});
