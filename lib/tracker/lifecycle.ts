import type { Money } from '../model/money';
import type { Tone } from '../model/tone';
import {
  OPEN_STAGES,
  isSaneAmount,
  maxMinorAmount,
  type ChaseEvent,
  type ChaseStage,
  type ChaseState,
  type Instalment,
  type ReopenPoint,
} from '../model/chase';

export { OPEN_STAGES, CLOSED_STAGES, type ChaseEvent, type ChaseStage, type ChaseState } from '../model/chase';

/**
 * The life of an unpaid order, from first sight to its end.
 *
 *   unpaid ──reminder──▶ reminded(n) ──final──▶ final_notice ──demand──▶ demand ──▶ case
 *     │  ▲                  │                       │                      │          │
 *     │  └─ extension lapses ── extended ◀── extension (any open stage)    │          │
 *     ├── part payment ──▶ partially_paid (any open stage; a case stays)    │          │
 *     ├── plan agreed ──▶ instalment_plan (instalments paid one by one)     │          │
 *     └───────── any open stage (and case) ──▶ paid | settled | cancelled | written_off
 *                                                     ▲
 *     the seller's own closing (paid in full, settled, written off) ── reopened ──▶ the stage before
 *
 * Guarantees: every change is one event (the caller writes it to the order's timeline); closed
 * stages accept only `console_reopened` (the console shows the order unpaid again) and `reopened`
 * (the seller undoes a closing of their own, never the console's); an event that makes no sense in
 * a stage is refused with a reason, never applied halfway. Amounts are whole minor units, at most
 * `maxMinorAmount`; a payment above what is owed needs the seller's confirmed `overpaid`.
 */
export type Transition = { ok: true; state: ChaseState } | { ok: false; error: string; code: RefusalCode };

/** Why a step was refused, for the seller's language (message `refuse_<code>`); `error` says it in English for logs and tests. */
export const REFUSAL_CODES = [
  'closed',
  'case_open',
  'paused',
  'bad_amount',
  'bad_plan',
  'plan_sum',
  'past_date',
  'no_extension',
  'no_promise',
  'already_paused',
  'not_paused',
  'case_already_open',
  'settle_not_less',
  'reason_needed',
  'reopen_only_closed',
  'amount_too_large',
  'overpaid',
  'nothing_to_reopen',
  'no_case',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export function initialChase(): ChaseState {
  return { stage: 'unpaid', remindersSent: 0, paid: 0, paused: false };
}

export const isOpenStage = (stage: ChaseStage) => (OPEN_STAGES as readonly string[]).includes(stage);

const TONE_STAGE: Record<Tone, ChaseStage> = {
  friendly: 'reminded',
  firm: 'reminded',
  final_notice: 'final_notice',
  formal_demand: 'demand',
};

/** Stages a new reminder must not pull an order out of: the plan or extension stays the stage. */
const KEEPS_STAGE_ON_REMINDER: ChaseStage[] = ['partially_paid', 'instalment_plan'];

/**
 * Applies one event to an order's chase. `total` is what the order costs; `now` is the event's time.
 * @example applyChaseEvent(initialChase(), { type: 'reminder_sent', tone: 'friendly' }, total, now)
 */
export function applyChaseEvent(state: ChaseState, event: ChaseEvent, total: Money, now: string): Transition {
  const refuse = (code: RefusalCode, why: string): Transition => ({
    ok: false,
    code,
    error: `${event.type} is not possible while the order is ${state.stage}: ${why}`,
  });
  const next = (patch: Partial<ChaseState>): Transition => ({ ok: true, state: { ...state, ...patch } });
  const due = total.amount - state.paid;
  /** The seller closes the order: keep what it was, so `reopened` can put it back. */
  const closing = (): { beforeClose: ReopenPoint } => {
    const { beforeClose: _, ...point } = state;
    return { beforeClose: point };
  };
  const tooLarge = (amount: number) =>
    amount > maxMinorAmount(total.currency) || (Number.isInteger(amount) && !Number.isSafeInteger(amount));

  if (!isOpenStage(state.stage) && event.type !== 'console_reopened' && event.type !== 'reopened')
    return refuse('closed', 'the order is closed');
  switch (event.type) {
    case 'reminder_sent':
      if (state.stage === 'case') return refuse('case_open', 'a case is open; the case takes over from reminders');
      if (state.paused) return refuse('paused', 'chasing is paused');
      return next({
        stage: KEEPS_STAGE_ON_REMINDER.includes(state.stage) ? state.stage : TONE_STAGE[event.tone],
        remindersSent: state.remindersSent + 1,
        lastTone: event.tone,
        lastReminderAt: now,
        ...(state.stage === 'extended' ? { extendedUntil: undefined, resumeStage: undefined } : {}),
      });
    case 'payment_recorded': {
      if (tooLarge(event.amount)) return refuse('amount_too_large', `${event.amount} is more than Settle records`);
      if (!isSaneAmount(event.amount, total.currency)) return refuse('bad_amount', 'a payment is a positive amount');
      // Money beyond what is owed is recorded apart, and only when the seller confirmed exactly that much.
      const over = Math.max(0, event.amount - Math.max(0, due));
      if ((event.overpaid ?? 0) !== over)
        return refuse(
          'overpaid',
          over
            ? `${event.amount} is ${over} more than the ${Math.max(0, due)} owed; the seller has not confirmed that overpayment`
            : `${event.amount} is not more than the ${due} owed`,
        );
      const received = event.amount - over;
      const paid = state.paid + received;
      const paidInSettle = (state.paidInSettle ?? 0) + received;
      const overpaid = over ? { overpaid: (state.overpaid ?? 0) + over } : {};
      if (paid >= total.amount)
        return next({
          stage: 'paid',
          paid,
          paidInSettle,
          ...overpaid,
          plan: markInstalments(state.plan, paid, now),
          ...closing(),
        });
      if (state.stage === 'instalment_plan')
        return next({ paid, paidInSettle, plan: markInstalments(state.plan, paid, now) });
      // Part of the money does not end a dispute or a claim: the case stays open for the rest.
      if (state.stage === 'case') return next({ paid, paidInSettle });
      return next({ stage: 'partially_paid', paid, paidInSettle });
    }
    case 'plan_agreed': {
      const sum = event.instalments.reduce((s, i) => s + i.amount, 0);
      if (event.instalments.some((i) => tooLarge(i.amount)))
        return refuse('amount_too_large', 'an instalment is more than Settle records');
      if (
        !event.instalments.length ||
        event.instalments.some((i) => !isSaneAmount(i.amount, total.currency) || Number.isNaN(Date.parse(i.dueAt)))
      )
        return refuse('bad_plan', 'a plan needs positive instalments with dates');
      if (event.instalments.some((i) => Date.parse(i.dueAt) <= Date.parse(now)))
        return refuse('past_date', 'every instalment must fall due in the future');
      if (sum !== due) return refuse('plan_sum', `the instalments add up to ${sum}, but ${due} is due`);
      return next({
        stage: 'instalment_plan',
        plan: [...event.instalments].sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
      });
    }
    case 'extension_granted':
      if (event.until <= now) return refuse('past_date', 'an extension must end in the future');
      return next({
        stage: 'extended',
        extendedUntil: event.until,
        resumeStage: state.stage === 'extended' ? state.resumeStage : state.stage,
      });
    case 'extension_lapsed':
      if (state.stage !== 'extended') return refuse('no_extension', 'there is no extension');
      return next({ stage: state.resumeStage ?? 'unpaid', extendedUntil: undefined, resumeStage: undefined });
    case 'promise_recorded':
      if (event.by <= now) return refuse('past_date', 'a promise to pay must name a future date');
      return next({ promisedBy: event.by });
    case 'promise_broken':
      if (!state.promisedBy) return refuse('no_promise', 'there is no promise');
      return next({ promisedBy: undefined });
    case 'paused':
      return state.paused ? refuse('already_paused', 'already paused') : next({ paused: true });
    case 'resumed':
      return state.paused ? next({ paused: false }) : refuse('not_paused', 'not paused');
    case 'case_opened': {
      if (state.stage === 'case') return refuse('case_already_open', 'a case is already open');
      if (event.deadline !== undefined && !(Date.parse(event.deadline) > Date.parse(now)))
        return refuse('past_date', 'a case deadline must be in the future');
      const { venue, caseId, orders, deadline } = event;
      return next({
        stage: 'case',
        case: {
          ...(venue && { venue }),
          openedAt: now,
          ...(caseId && { id: caseId }),
          ...(orders && orders.length > 1 && { orders: [...orders] }),
          ...(deadline && { deadline }),
        },
      });
    }
    case 'case_deadline_set': {
      if (state.stage !== 'case' || !state.case) return refuse('no_case', 'no case is open');
      if (event.deadline !== undefined && !(Date.parse(event.deadline) > Date.parse(now)))
        return refuse('past_date', 'a case deadline must be in the future');
      const { deadline: _old, ...rest } = state.case;
      return next({ case: { ...rest, ...(event.deadline && { deadline: event.deadline }) } });
    }
    case 'settled':
      if (tooLarge(event.amount)) return refuse('amount_too_large', `${event.amount} is more than Settle records`);
      if (!isSaneAmount(event.amount, total.currency, true) || event.amount >= due)
        return refuse('settle_not_less', 'a settlement is for less than what is due; record a payment instead');
      if (!event.reason.trim()) return refuse('reason_needed', 'say why');
      return next({
        stage: 'settled',
        paid: state.paid + event.amount,
        paidInSettle: (state.paidInSettle ?? 0) + event.amount,
        waived: due - event.amount,
        reason: event.reason,
        ...closing(),
      });
    case 'written_off':
      if (!event.reason.trim()) return refuse('reason_needed', 'say why');
      return next({ stage: 'written_off', writtenOff: due, reason: event.reason, ...closing() });
    case 'reopened':
      // Only the seller's own closing is undone here: a console's verdict leaves no `beforeClose`.
      if (isOpenStage(state.stage) || !state.beforeClose)
        return refuse(
          'nothing_to_reopen',
          'only an order the seller closed in Settle (paid in full, settled, written off) reopens',
        );
      return { ok: true, state: { ...state.beforeClose } };
    // The console's verdicts replace the seller's closing: there is nothing left to undo.
    case 'console_paid':
      return next({ stage: 'paid', paid: Math.max(state.paid, total.amount), beforeClose: undefined });
    case 'console_cancelled':
      return next({ stage: 'cancelled', cancelledUnpaidAt: now, beforeClose: undefined });
    case 'console_reopened':
      // Only the console's own verdicts are undone by the console; a settlement or write-off is the seller's.
      if (state.stage !== 'paid' && state.stage !== 'cancelled')
        return refuse('reopen_only_closed', 'only a paid or cancelled order reopens');
      // What the console had counted as paid is owed again; what the seller recorded still counts.
      const paid = state.paidInSettle ?? 0;
      return next({
        stage: paid ? 'partially_paid' : state.remindersSent ? 'reminded' : 'unpaid',
        paid,
        waived: undefined,
        writtenOff: undefined,
        reason: undefined,
        cancelledUnpaidAt: undefined,
        beforeClose: undefined,
      });
  }
}

/** Marks instalments paid in due order as the money covers them. */
function markInstalments(plan: Instalment[] | undefined, paid: number, now: string): Instalment[] | undefined {
  if (!plan) return plan;
  let left = paid;
  return plan.map((i) => {
    left -= i.amount;
    return left >= 0 ? { ...i, paidAt: i.paidAt ?? now } : i;
  });
}
