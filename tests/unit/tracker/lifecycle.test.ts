import { describe, expect, it } from 'vitest';
import {
  applyChaseEvent,
  initialChase,
  CLOSED_STAGES,
  OPEN_STAGES,
  type ChaseEvent,
  type ChaseStage,
  type ChaseState,
} from '@/lib/tracker/lifecycle';

const TOTAL = { amount: 10000, currency: 'USD' };
const NOW = '2026-11-22T10:00:00.000Z';
const LATER = '2026-12-01T10:00:00.000Z';

/** Applies events in order; fails the test on the first refusal. */
function run(...events: ChaseEvent[]): ChaseState {
  return events.reduce((state, event) => {
    const r = applyChaseEvent(state, event, TOTAL, NOW);
    if (!r.ok) throw new Error(r.error);
    return r.state;
  }, initialChase());
}
const attempt = (state: ChaseState, event: ChaseEvent) => applyChaseEvent(state, event, TOTAL, NOW);
const inStage = (stage: ChaseStage, extra: Partial<ChaseState> = {}): ChaseState => ({
  ...initialChase(),
  stage,
  ...extra,
});

describe('chase lifecycle: the ladder', () => {
  it('climbs unpaid → reminded(n) → final notice → demand → case', () => {
    const s1 = run({ type: 'reminder_sent', tone: 'friendly' });
    expect(s1).toMatchObject({ stage: 'reminded', remindersSent: 1, lastTone: 'friendly' });
    const s2 = run({ type: 'reminder_sent', tone: 'friendly' }, { type: 'reminder_sent', tone: 'firm' });
    expect(s2).toMatchObject({ stage: 'reminded', remindersSent: 2 });
    const s3 = run({ type: 'reminder_sent', tone: 'friendly' }, { type: 'reminder_sent', tone: 'final_notice' });
    expect(s3.stage).toBe('final_notice');
    const s4 = run(
      { type: 'reminder_sent', tone: 'final_notice' },
      { type: 'reminder_sent', tone: 'formal_demand' },
      { type: 'case_opened' },
    );
    expect(s4).toMatchObject({ stage: 'case', remindersSent: 2 });
  });

  it('sends no reminder once a case is open, or while paused', () => {
    expect(attempt(inStage('case'), { type: 'reminder_sent', tone: 'firm' })).toMatchObject({ ok: false });
    expect(attempt(inStage('reminded', { paused: true }), { type: 'reminder_sent', tone: 'firm' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('paused'),
    });
  });
});

describe('chase lifecycle: money', () => {
  it('records a part payment, keeps chasing, then closes when paid in full', () => {
    const part = run({ type: 'reminder_sent', tone: 'friendly' }, { type: 'payment_recorded', amount: 4000 });
    expect(part).toMatchObject({ stage: 'partially_paid', paid: 4000 });
    const reminded = attempt(part, { type: 'reminder_sent', tone: 'firm' });
    expect(reminded).toMatchObject({ ok: true, state: { stage: 'partially_paid', remindersSent: 2 } });
    expect(attempt(part, { type: 'payment_recorded', amount: 6000 })).toMatchObject({
      ok: true,
      state: { stage: 'paid', paid: 10000 },
    });
  });

  it('refuses a zero, negative or fractional payment', () => {
    for (const amount of [0, -5, 1.5])
      expect(attempt(initialChase(), { type: 'payment_recorded', amount }).ok).toBe(false);
  });

  it('tracks an instalment plan instalment by instalment', () => {
    const plan = [
      { amount: 5000, dueAt: '2026-12-15T00:00:00.000Z' },
      { amount: 5000, dueAt: '2026-12-01T00:00:00.000Z' },
    ];
    const agreed = run({ type: 'plan_agreed', instalments: plan });
    expect(agreed.stage).toBe('instalment_plan');
    expect(agreed.plan?.map((i) => i.dueAt)).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-15T00:00:00.000Z']);
    const first = attempt(agreed, { type: 'payment_recorded', amount: 5000 });
    expect(first).toMatchObject({ ok: true, state: { stage: 'instalment_plan', paid: 5000 } });
    if (!first.ok) return;
    expect(first.state.plan?.map((i) => !!i.paidAt)).toEqual([true, false]);
    const second = attempt(first.state, { type: 'payment_recorded', amount: 5000 });
    expect(second).toMatchObject({ ok: true, state: { stage: 'paid' } });
    if (second.ok) expect(second.state.plan?.every((i) => i.paidAt)).toBe(true);
  });

  it('refuses a plan that does not add up to what is due', () => {
    const part = run({ type: 'payment_recorded', amount: 2000 });
    expect(attempt(part, { type: 'plan_agreed', instalments: [{ amount: 10000, dueAt: LATER }] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('8000 is due'),
    });
    expect(attempt(part, { type: 'plan_agreed', instalments: [] }).ok).toBe(false);
    expect(attempt(part, { type: 'plan_agreed', instalments: [{ amount: 8000, dueAt: LATER }] }).ok).toBe(true);
  });

  it('settles for less, keeping recovered and waived apart', () => {
    const part = run({ type: 'payment_recorded', amount: 2000 });
    expect(attempt(part, { type: 'settled', amount: 6000, reason: 'Agreed discount for damaged box' })).toMatchObject({
      ok: true,
      state: { stage: 'settled', paid: 8000, waived: 2000, reason: 'Agreed discount for damaged box' },
    });
    expect(attempt(part, { type: 'settled', amount: 8000, reason: 'x' }).ok).toBe(false); // that is a full payment
    expect(attempt(part, { type: 'settled', amount: 100, reason: '  ' }).ok).toBe(false);
  });

  it('writes off what is left, with a reason', () => {
    const part = run({ type: 'payment_recorded', amount: 2500 });
    expect(attempt(part, { type: 'written_off', reason: 'Buyer unreachable' })).toMatchObject({
      ok: true,
      state: { stage: 'written_off', writtenOff: 7500, paid: 2500 },
    });
    expect(attempt(part, { type: 'written_off', reason: '' }).ok).toBe(false);
  });
});

describe('chase lifecycle: time', () => {
  it('extends the deadline and goes back to where it was when the extension lapses', () => {
    const final = run({ type: 'reminder_sent', tone: 'final_notice' }, { type: 'extension_granted', until: LATER });
    expect(final).toMatchObject({ stage: 'extended', extendedUntil: LATER, resumeStage: 'final_notice' });
    expect(attempt(final, { type: 'extension_lapsed' })).toMatchObject({
      ok: true,
      state: { stage: 'final_notice', extendedUntil: undefined },
    });
    expect(attempt(initialChase(), { type: 'extension_granted', until: '2020-01-01T00:00:00.000Z' }).ok).toBe(false);
    expect(attempt(initialChase(), { type: 'extension_lapsed' }).ok).toBe(false);
  });

  it('holds a promise to pay, and drops it when broken', () => {
    const promised = run({ type: 'promise_recorded', by: LATER });
    expect(promised.promisedBy).toBe(LATER);
    expect(attempt(promised, { type: 'promise_broken' })).toMatchObject({ ok: true, state: { promisedBy: undefined } });
    expect(attempt(initialChase(), { type: 'promise_broken' }).ok).toBe(false);
    expect(attempt(initialChase(), { type: 'promise_recorded', by: NOW }).ok).toBe(false);
  });

  it('pauses and resumes', () => {
    const paused = run({ type: 'paused' });
    expect(paused.paused).toBe(true);
    expect(attempt(paused, { type: 'paused' }).ok).toBe(false);
    expect(attempt(paused, { type: 'resumed' })).toMatchObject({ ok: true, state: { paused: false } });
    expect(attempt(initialChase(), { type: 'resumed' }).ok).toBe(false);
  });
});

describe('chase lifecycle: the console decides', () => {
  it.each(OPEN_STAGES)('closes an order in stage %s when the console shows it paid or cancelled', (stage) => {
    expect(attempt(inStage(stage), { type: 'console_paid' })).toMatchObject({
      ok: true,
      state: { stage: 'paid', paid: 10000 },
    });
    expect(attempt(inStage(stage), { type: 'console_cancelled' })).toMatchObject({
      ok: true,
      state: { stage: 'cancelled' },
    });
  });

  it('reopens an order the console shows unpaid again, only from its own verdicts', () => {
    expect(attempt(inStage('paid', { remindersSent: 2 }), { type: 'console_reopened' })).toMatchObject({
      ok: true,
      state: { stage: 'reminded' },
    });
    expect(attempt(inStage('cancelled'), { type: 'console_reopened' })).toMatchObject({
      ok: true,
      state: { stage: 'unpaid' },
    });
    expect(attempt(inStage('written_off'), { type: 'console_reopened' }).ok).toBe(false);
    expect(attempt(inStage('settled'), { type: 'console_reopened' }).ok).toBe(false);
    expect(attempt(inStage('unpaid'), { type: 'console_reopened' }).ok).toBe(false);
  });

  const EVERY_EVENT: ChaseEvent[] = [
    { type: 'reminder_sent', tone: 'firm' },
    { type: 'payment_recorded', amount: 100 },
    { type: 'plan_agreed', instalments: [{ amount: 10000, dueAt: LATER }] },
    { type: 'extension_granted', until: LATER },
    { type: 'promise_recorded', by: LATER },
    { type: 'paused' },
    { type: 'case_opened' },
    { type: 'case_deadline_set', deadline: LATER },
    { type: 'settled', amount: 10, reason: 'r' },
    { type: 'written_off', reason: 'r' },
    { type: 'console_paid' },
    { type: 'console_cancelled' },
  ];
  it.each(CLOSED_STAGES)('refuses every change but a reopening once %s', (stage) => {
    for (const event of EVERY_EVENT)
      expect(attempt(inStage(stage), event), event.type).toMatchObject({
        ok: false,
        error: expect.stringContaining('closed'),
      });
  });
});

describe('chase lifecycle: money recorded in Settle and the console’s verdicts', () => {
  it('keeps the seller’s recorded payments apart, so a reopened order owes the right amount', () => {
    const part = run({ type: 'payment_recorded', amount: 3000 });
    expect(part).toMatchObject({ paid: 3000, paidInSettle: 3000 });
    const consolePaid = attempt(part, { type: 'console_paid' });
    if (!consolePaid.ok) throw new Error(consolePaid.error);
    expect(consolePaid.state).toMatchObject({ stage: 'paid', paid: 10000, paidInSettle: 3000 });
    const reopened = attempt(consolePaid.state, { type: 'console_reopened' });
    expect(reopened).toMatchObject({ ok: true, state: { stage: 'partially_paid', paid: 3000 } });
    const plain = attempt(inStage('paid', { paid: 10000 }), { type: 'console_reopened' });
    expect(plain).toMatchObject({ ok: true, state: { stage: 'unpaid', paid: 0 } });
  });
});

describe('chase lifecycle: what the seller records is checked', () => {
  it('refuses a payment above what is owed unless the seller confirmed the overpayment, and keeps the overpaid part apart', () => {
    const part = run({ type: 'reminder_sent', tone: 'friendly' }, { type: 'payment_recorded', amount: 6848 }); // 31.52 of 100.00 still owed
    expect(attempt(part, { type: 'payment_recorded', amount: 100050 })).toMatchObject({ ok: false, code: 'overpaid' });
    expect(attempt(part, { type: 'payment_recorded', amount: 100050, overpaid: 1 })).toMatchObject({
      ok: false,
      code: 'overpaid',
    });
    const over = attempt(part, { type: 'payment_recorded', amount: 100050, overpaid: 100050 - 3152 });
    expect(over).toMatchObject({
      ok: true,
      state: { stage: 'paid', paid: 10000, paidInSettle: 10000, overpaid: 96898 },
    });
    // Exactly what is owed needs no confirmation; a confirmation that does not match is refused.
    expect(attempt(part, { type: 'payment_recorded', amount: 3152 })).toMatchObject({
      ok: true,
      state: { stage: 'paid', paid: 10000 },
    });
    expect(
      attempt(part, { type: 'payment_recorded', amount: 3152 }).ok &&
        (attempt(part, { type: 'payment_recorded', amount: 3152 }) as { state: ChaseState }).state.overpaid,
    ).toBeFalsy();
    expect(attempt(part, { type: 'payment_recorded', amount: 3000, overpaid: 5 })).toMatchObject({
      ok: false,
      code: 'overpaid',
    });
  });

  it('refuses amounts beyond 1,000,000,000.00 or beyond a safe integer, wherever they come from', () => {
    const big = { amount: 100_000_000_000_000, currency: 'USD' }; // 1e12 dollars: the order itself is absurd, the payment must still be sane
    const huge = [Number('9999999999999999999900'), 100_000_000_001, 2 ** 53];
    for (const amount of huge) {
      expect(
        applyChaseEvent(initialChase(), { type: 'payment_recorded', amount }, big, NOW),
        String(amount),
      ).toMatchObject({ ok: false, code: 'amount_too_large' });
      expect(
        applyChaseEvent(initialChase(), { type: 'payment_recorded', amount, overpaid: amount - big.amount }, big, NOW),
        String(amount),
      ).toMatchObject({ ok: false });
      expect(
        applyChaseEvent(initialChase(), { type: 'settled', amount, reason: 'r' }, big, NOW),
        String(amount),
      ).toMatchObject({ ok: false });
    }
    expect(
      applyChaseEvent(initialChase(), { type: 'payment_recorded', amount: 100_000_000_000 }, big, NOW),
    ).toMatchObject({ ok: true, state: { paid: 100_000_000_000 } });
    expect(
      attempt(initialChase(), {
        type: 'plan_agreed',
        instalments: [
          { amount: 5000.5, dueAt: LATER },
          { amount: 4999.5, dueAt: LATER },
        ],
      }),
    ).toMatchObject({ ok: false, code: 'bad_plan' });
    expect(attempt(initialChase(), { type: 'settled', amount: 10.5, reason: 'r' }).ok).toBe(false);
  });

  it('refuses a plan whose first instalment is already past', () => {
    const plan = [
      { amount: 5000, dueAt: '2020-01-01T23:59:00.000Z' },
      { amount: 5000, dueAt: LATER },
    ];
    expect(attempt(initialChase(), { type: 'plan_agreed', instalments: plan })).toMatchObject({
      ok: false,
      code: 'past_date',
    });
    expect(
      attempt(initialChase(), { type: 'plan_agreed', instalments: [{ amount: 10000, dueAt: 'soon' }] }),
    ).toMatchObject({ ok: false, code: 'bad_plan' });
  });
});

describe('chase lifecycle: the seller undoes a closing', () => {
  const plan = [
    { amount: 4000, dueAt: LATER },
    { amount: 4000, dueAt: '2026-12-31T10:00:00.000Z' },
  ];

  it('reopens an order paid in full in Settle to the stage, payments and plan it had', () => {
    const before = run(
      { type: 'reminder_sent', tone: 'friendly' },
      { type: 'payment_recorded', amount: 2000 },
      { type: 'plan_agreed', instalments: plan },
      { type: 'payment_recorded', amount: 4000 },
    );
    const paid = attempt(before, { type: 'payment_recorded', amount: 4000 });
    if (!paid.ok) throw new Error(paid.error);
    expect(paid.state.stage).toBe('paid');
    const reopened = attempt(paid.state, { type: 'reopened' });
    if (!reopened.ok) throw new Error(reopened.error);
    expect(reopened.state).toEqual(before);
  });

  it('reopens a write-off and a settlement to where they were, with nothing written off or waived', () => {
    const before = run({ type: 'reminder_sent', tone: 'final_notice' }, { type: 'payment_recorded', amount: 2500 });
    for (const close of [
      { type: 'written_off', reason: 'Buyer unreachable' },
      { type: 'settled', amount: 5000, reason: 'Agreed' },
    ] as ChaseEvent[]) {
      const closed = attempt(before, close);
      if (!closed.ok) throw new Error(closed.error);
      const reopened = attempt(closed.state, { type: 'reopened' });
      expect(reopened, close.type).toMatchObject({
        ok: true,
        state: { stage: 'partially_paid', paid: 2500, paidInSettle: 2500, remindersSent: 1, lastTone: 'final_notice' },
      });
      if (reopened.ok) expect(reopened.state, close.type).toEqual(before);
    }
  });

  it('undoes an overpayment with the payment', () => {
    const before = run({ type: 'payment_recorded', amount: 2000 });
    const over = attempt(before, { type: 'payment_recorded', amount: 9000, overpaid: 1000 });
    if (!over.ok) throw new Error(over.error);
    expect(attempt(over.state, { type: 'reopened' })).toEqual({ ok: true, state: before });
  });

  it('does not reopen what the console closed, an open order, or twice', () => {
    const consolePaid = run({ type: 'reminder_sent', tone: 'friendly' }, { type: 'console_paid' });
    expect(attempt(consolePaid, { type: 'reopened' })).toMatchObject({ ok: false, code: 'nothing_to_reopen' });
    expect(attempt(run({ type: 'console_cancelled' }), { type: 'reopened' })).toMatchObject({
      ok: false,
      code: 'nothing_to_reopen',
    });
    expect(attempt(initialChase(), { type: 'reopened' })).toMatchObject({ ok: false, code: 'nothing_to_reopen' });
    const reopened = run({ type: 'written_off', reason: 'x' }, { type: 'reopened' });
    expect(reopened.stage).toBe('unpaid');
    expect(attempt(reopened, { type: 'reopened' })).toMatchObject({ ok: false, code: 'nothing_to_reopen' });
  });

  it('forgets the seller’s closing once the console gives its own verdict', () => {
    const paidInSettle = run({ type: 'payment_recorded', amount: 10000 });
    const consoleReopened = attempt(paidInSettle, { type: 'console_reopened' });
    if (!consoleReopened.ok) throw new Error(consoleReopened.error);
    expect(consoleReopened.state.beforeClose).toBeUndefined();
  });
});

describe('chase lifecycle: a case and its deadline', () => {
  it('opens a case with its id, every order of a case on a buyer, and the deadline the venue gave it', () => {
    const opened = run({
      type: 'case_opened',
      venue: 'stripe',
      caseId: 'c1',
      orders: ['1042', '1043'],
      deadline: LATER,
    });
    expect(opened).toMatchObject({
      stage: 'case',
      case: { venue: 'stripe', openedAt: NOW, id: 'c1', orders: ['1042', '1043'], deadline: LATER },
    });
    // A case on one order lists no orders.
    expect(run({ type: 'case_opened', caseId: 'c2', orders: ['1042'] }).case).toEqual({ openedAt: NOW, id: 'c2' });
  });

  it('refuses a deadline that is not in the future, and a second case', () => {
    expect(attempt(initialChase(), { type: 'case_opened', deadline: NOW })).toMatchObject({
      ok: false,
      code: 'past_date',
    });
    expect(attempt(initialChase(), { type: 'case_opened', deadline: 'soon' })).toMatchObject({
      ok: false,
      code: 'past_date',
    });
    expect(attempt(run({ type: 'case_opened' }), { type: 'case_opened' })).toMatchObject({
      ok: false,
      code: 'case_already_open',
    });
  });

  it('sets, moves and clears the deadline of an open case only', () => {
    const opened = run({ type: 'case_opened', venue: 'paypal', caseId: 'c1' });
    const set = attempt(opened, { type: 'case_deadline_set', deadline: LATER });
    expect(set).toMatchObject({
      ok: true,
      state: { stage: 'case', case: { venue: 'paypal', id: 'c1', deadline: LATER } },
    });
    if (!set.ok) return;
    const cleared = attempt(set.state, { type: 'case_deadline_set' });
    expect(cleared.ok && cleared.state.case).toEqual({ venue: 'paypal', openedAt: NOW, id: 'c1' });
    expect(attempt(set.state, { type: 'case_deadline_set', deadline: '2026-01-01T00:00:00.000Z' })).toMatchObject({
      ok: false,
      code: 'past_date',
    });
    expect(attempt(initialChase(), { type: 'case_deadline_set', deadline: LATER })).toMatchObject({
      ok: false,
      code: 'no_case',
    });
  });

  it('keeps the case open through a part payment (the rest is still claimed), and ends it when paid in full', () => {
    const part = run({ type: 'case_opened', caseId: 'c1' }, { type: 'payment_recorded', amount: 4000 });
    expect(part).toMatchObject({ stage: 'case', paid: 4000, case: { id: 'c1' } });
    expect(attempt(part, { type: 'payment_recorded', amount: 6000 })).toMatchObject({
      ok: true,
      state: { stage: 'paid' },
    });
  });
});
