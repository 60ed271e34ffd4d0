import { describe, expect, it } from 'vitest';
import { recordChase } from '@/lib/db/chase';
import { getOrderEvents } from '@/lib/db/queries';
import type { ChaseEvent } from '@/lib/model/chase';
import type { OrderEvent } from '@/lib/model/events';
import { useLocale } from '../support/i18n';
import { seedManualDebt, useDashboard } from './dashboard-harness';

const d = useDashboard('chase-actions');
const KEY = ['generic', 'manual', 'M-20261101-AB12'] as ['generic', 'manual', string];

/** The manual debt (GBP 120) open on its page, in English. */
async function openDebt() {
  useLocale('en');
  await seedManualDebt(d.page.db);
  d.mount(`#/order/generic/manual/${KEY[2]}`);
  await d.waitFor('form.act-payment');
}

/** Waits for the step to land on the timeline and returns its event. */
async function lastStep(count = 1): Promise<Extract<OrderEvent['data'], { type: 'chase' }>> {
  let events: OrderEvent[] = [];
  for (let i = 0; i < 100; i++) {
    events = (await getOrderEvents(d.page.db, KEY)).filter((e) => e.data.type === 'chase');
    if (events.length >= count) break;
    await d.tick();
  }
  const data = events.at(-1)?.data;
  if (data?.type !== 'chase') throw new Error(`No chase step recorded. Page: ${d.text()}`);
  expect(events).toHaveLength(count);
  return data;
}
const stored = async () => (await d.page.db.orders.get(KEY))!;
/** YYYY-MM-DD of an instant in the seller's zone (UTC in the harness's settings): dates are the seller's days. */
const dateOf = (iso: string | number) => new Date(iso).toLocaleDateString('en-CA', { timeZone: 'UTC' });
/** A date input's value `n` days from today. */
const inDays = (n: number) => dateOf(Date.now() + n * 86_400_000);

describe('dashboard #/order: the seller’s steps', () => {
  it('records a payment of the amount typed', async () => {
    await openDebt();
    d.type('#act-payment', '25.50');
    await d.submit('form.act-payment');
    const step = await lastStep();
    expect(step).toMatchObject({
      change: { type: 'payment_recorded', amount: 2550 },
      from: 'unpaid',
      to: 'partially_paid',
    });
    await d.waitForText('Payment recorded.');
    expect(d.onChanged).toHaveBeenCalledTimes(1);
  });

  it('refuses a payment amount it cannot read, records nothing', async () => {
    await openDebt();
    d.type('#act-payment', 'abc');
    await d.submit('form.act-payment');
    await d.waitFor('[role=alert]');
    expect(d.$('[role=alert]').textContent).toBe('Enter an amount above zero, such as 120 or 1,238.80.');
    expect((await getOrderEvents(d.page.db, KEY)).filter((e) => e.data.type === 'chase')).toHaveLength(0);
    expect(d.onChanged).not.toHaveBeenCalled();
  });

  it('marks paid in full with a payment of what is still owed', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db);
    await recordChase(
      d.page.db,
      KEY,
      { type: 'payment_recorded', amount: 2000 },
      { now: '2026-11-03T10:00:00.000Z', url: 'x' },
    );
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitFor('form.act-payment');
    await d.click(d.$$('form.act-payment button').find((b) => b.textContent === 'Paid in full')!);
    // Asked once, inside the page.
    await d.waitFor('[data-confirm="confirm-paid-in-full"]');
    await d.click('[data-confirm] .confirm-yes');
    expect(await lastStep(2)).toMatchObject({
      change: { type: 'payment_recorded', amount: 10000 },
      from: 'partially_paid',
      to: 'paid',
    });
    expect((await stored()).open).toBe(0);
    expect(d.onChanged).toHaveBeenCalledTimes(1);
  });

  it('agrees an instalment plan split evenly, the remainder on the last, summing to what is owed', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, {
      total: { amount: 10001, currency: 'GBP' },
      amountDue: { amount: 10001, currency: 'GBP' },
    });
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitFor('form.act-plan');
    d.type('form.act-plan input[aria-label="Number of instalments"]', '3');
    d.type('form.act-plan input[aria-label="First instalment due"]', inDays(30));
    d.type('form.act-plan input[aria-label="Days between instalments"]', '14');
    await d.submit('form.act-plan');
    const step = await lastStep();
    expect(step).toMatchObject({ change: { type: 'plan_agreed' }, from: 'unpaid', to: 'instalment_plan' });
    const plan = (step.change as Extract<ChaseEvent, { type: 'plan_agreed' }>).instalments;
    expect(plan.map((i) => i.amount)).toEqual([3333, 3333, 3335]);
    expect(plan.reduce((sum, i) => sum + i.amount, 0)).toBe(10001);
    expect(plan.map((i) => dateOf(i.dueAt))).toEqual([inDays(30), inDays(44), inDays(58)]);
  });

  it.each([
    ['1', '2026-12-01', '14'],
    ['13', '2026-12-01', '14'],
    ['3', '', '14'],
    ['3', '2026-12-01', '0'],
  ])('refuses a plan of %s instalments from "%s" every %s days', async (count, first, every) => {
    await openDebt();
    d.type('form.act-plan input[aria-label="Number of instalments"]', count);
    d.type('form.act-plan input[aria-label="First instalment due"]', first);
    d.type('form.act-plan input[aria-label="Days between instalments"]', every);
    await d.submit('form.act-plan');
    await d.waitFor('[role=alert]');
    expect(d.$('[role=alert]').textContent).toBe(
      'A plan needs 2 to 12 instalments, a first date and the days between them.',
    );
    expect((await stored()).chase.plan).toBeUndefined();
  });

  it('grants an extension to the end of the chosen day', async () => {
    await openDebt();
    d.type('#act-until', inDays(10));
    await d.submit('form.act-extension');
    const step = await lastStep();
    expect(step).toMatchObject({ change: { type: 'extension_granted' }, from: 'unpaid', to: 'extended' });
    expect(dateOf((step.change as Extract<ChaseEvent, { type: 'extension_granted' }>).until)).toBe(inDays(10));
    await d.waitForText('More time given.');
  });

  it('records a promise to pay', async () => {
    await openDebt();
    d.type('#act-promise', inDays(7));
    await d.submit('form.act-promise');
    const step = await lastStep();
    expect(step.change.type).toBe('promise_recorded');
    expect(dateOf((step.change as Extract<ChaseEvent, { type: 'promise_recorded' }>).by)).toBe(inDays(7));
    await d.waitForText('Promise recorded: reminders wait until then.');
  });

  it('asks for a date before granting time or recording a promise', async () => {
    await openDebt();
    await d.submit('form.act-extension');
    await d.waitFor('[role=alert]');
    expect(d.$('[role=alert]').textContent).toBe('Choose a date.');
    expect((await getOrderEvents(d.page.db, KEY)).filter((e) => e.data.type === 'chase')).toHaveLength(0);
  });

  it('pauses, then resumes', async () => {
    await openDebt();
    await d.submit('form.act-pause');
    expect(await lastStep()).toMatchObject({ change: { type: 'paused' } });
    await d.waitForText('Reminders paused.');
    await d.waitFor('.stage');
    await d.waitForText('Resume');
    await d.submit('form.act-pause');
    expect(await lastStep(2)).toMatchObject({ change: { type: 'resumed' } });
    expect((await stored()).chase.paused).toBe(false);
    expect(d.onChanged).toHaveBeenCalledTimes(2);
  });

  it('opens a case at a venue and shows what the venue asks for, ticked from what the order holds', async () => {
    await openDebt();
    d.choose('#act-case', 'court-england-wales');
    await d.submit('form.act-case');
    expect(await lastStep()).toMatchObject({
      change: { type: 'case_opened', venue: 'court-england-wales' },
      from: 'unpaid',
      to: 'case',
    });
    await d.waitForText('Recorded: a case is open.');
    await d.waitFor('.case-panel[data-venue="court-england-wales"]');
    expect(
      d.$$('.case-panel .checklist li').map((li) => [li.getAttribute('data-item'), li.getAttribute('data-done')]),
    ).toEqual([
      ['order-record', 'true'],
      ['reminders-sent', 'false'],
      ['final-notice', 'false'],
      ['attachments', 'false'],
    ]);
    expect(d.$('.case-panel .limitation').textContent).toContain('Limitation Act 1980, s.5');
    expect(d.has('form.act-case')).toBe(false);
  });

  it('opens a case without a venue when the seller chooses none', async () => {
    await openDebt();
    await d.submit('form.act-case');
    expect(await lastStep()).toMatchObject({ change: { type: 'case_opened' }, to: 'case' });
    await d.waitForText('no venue chosen');
  });

  it('settles for less, says the rest is waived, and keeps the reason', async () => {
    await openDebt();
    expect(d.$('form.act-settle').textContent).toContain('The rest is waived');
    d.type('#act-settle', '80');
    d.type('form.act-settle input[aria-label="Reason"]', 'Damaged in transit');
    await d.submit('form.act-settle');
    expect(await lastStep()).toMatchObject({
      change: { type: 'settled', amount: 8000, reason: 'Damaged in transit' },
      from: 'unpaid',
      to: 'settled',
    });
    expect((await stored()).chase).toMatchObject({ waived: 4000, paid: 8000 });
  });

  it('writes off with a reason; the steps leave a closed order', async () => {
    await openDebt();
    d.type('#act-write-off', 'Company dissolved');
    await d.submit('form.act-write-off');
    await d.waitFor('[data-confirm="confirm-write-off"]');
    await d.click('[data-confirm] .confirm-yes');
    expect(await lastStep()).toMatchObject({
      change: { type: 'written_off', reason: 'Company dissolved' },
      to: 'written_off',
    });
    expect((await stored()).chase.writtenOff).toBe(12000);
    await d.settle(() => !d.has('form.act-payment'));
    expect(d.has('form.act-payment')).toBe(false);
  });

  it.each([
    ['a write-off without a reason', 'form.act-write-off', '#act-write-off', '  ', 'say why'],
    [
      'a settlement for more than is owed',
      'form.act-settle',
      '#act-settle',
      '500',
      'Not recorded: a settlement is for less than what is owed; record a payment instead.',
    ],
  ])('shows the refusal for %s and records nothing', async (_what, form, input, value, refusal) => {
    await openDebt();
    d.type(input, value);
    if (form === 'form.act-settle') d.type('form.act-settle input[aria-label="Reason"]', 'x');
    await d.submit(form);
    await d.waitFor('[role=alert]');
    // The lifecycle's reason, after "Not recorded:" (it is English in every UI language for now).
    expect(d.$('[role=alert]').textContent).toMatch(/^Not recorded: /);
    expect(d.$('[role=alert]').textContent).toContain(refusal);
    expect((await getOrderEvents(d.page.db, KEY)).filter((e) => e.data.type === 'chase')).toHaveLength(0);
    expect(d.onChanged).not.toHaveBeenCalled();
  });
});
