import type { OrderRecord } from '../model/order-record';
import type { Tone } from '../model/tone';
import type { EscalationSchedule } from './schedule-types';
import { isOpenStage } from './lifecycle';
import { addLocalDays, instantOf, minutesOf, wallTimeAt, wallTimeOf, type WallTime } from './zoned-time';

export interface PlannedReminder {
  tone: Tone;
  /** ISO UTC instant the reminder falls due; in the past when it is overdue (shown as due, never skipped). */
  dueAt: string;
  /** Why it is timed as it is, for the panel ("after the buyer's promise", "before Taobao closes the order"). */
  timing: 'ladder' | 'instalment' | 'after-promise' | 'after-extension' | 'before-auto-close';
}

export interface PlanOptions {
  /** The buyer's zone when known, else the seller's: quiet hours and local days are counted there. */
  timeZone: string;
  /** When the platform closes the unpaid order by itself (lib/marketplaces/rules): reminders are pulled before it. */
  autoCloseAt?: string;
  /** Count the ladder's days from here rather than the order date: an invoice's payment due date. */
  countFrom?: string;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The one next reminder of an order, or undefined when none is planned (closed, paused, a case
 * open, the ladder climbed to its top, or no time left before the platform closes the order).
 * Only the next rung is ever due, and it stays due until it is sent: a browser closed for a week
 * shows one reminder due when it opens, never a burst and never a skipped step.
 */
export function nextReminder(
  order: Pick<OrderRecord, 'open' | 'chase' | 'placedAt' | 'firstSeenAt'>,
  schedule: EscalationSchedule,
  opts: PlanOptions,
): PlannedReminder | undefined {
  const { chase } = order;
  if (!order.open || chase.paused || !isOpenStage(chase.stage) || chase.stage === 'case') return undefined;
  const rung = nextRung(order, schedule, opts.timeZone, opts.countFrom);
  if (!rung) return undefined;

  let due = rung.due;
  let timing: PlannedReminder['timing'] = rung.timing;
  if (chase.lastReminderAt) due = Math.max(due, Date.parse(chase.lastReminderAt) + DAY_MS);
  if (chase.promisedBy && Date.parse(chase.promisedBy) > due)
    [due, timing] = [Date.parse(chase.promisedBy), 'after-promise'];
  if (chase.stage === 'extended' && chase.extendedUntil && Date.parse(chase.extendedUntil) > due)
    [due, timing] = [Date.parse(chase.extendedUntil), 'after-extension'];
  due = outOfQuietHours(due, schedule.quietHours, opts.timeZone, 'later');

  if (opts.autoCloseAt) {
    const closes = Date.parse(opts.autoCloseAt);
    const earliest = chase.lastReminderAt ? Date.parse(chase.lastReminderAt) + DAY_MS : -Infinity;
    const anchor = Date.parse(chase.lastReminderAt ?? order.placedAt ?? order.firstSeenAt);
    // Leave the buyer time to pay: a quarter of the window, at most two hours.
    const cutoff = closes - Math.min(2 * HOUR_MS, Math.max(0, closes - anchor) / 4);
    if (due > cutoff) {
      const pulled = outOfQuietHours(cutoff, schedule.quietHours, opts.timeZone, 'earlier');
      if (pulled < earliest || pulled >= closes) return undefined;
      [due, timing] = [pulled, 'before-auto-close'];
    }
  }
  return { tone: rung.tone, dueAt: new Date(due).toISOString(), timing };
}

/** The ladder's next rung: counted from the order date, or from an unpaid instalment's due date. */
function nextRung(
  order: Pick<OrderRecord, 'chase' | 'placedAt' | 'firstSeenAt'>,
  schedule: EscalationSchedule,
  timeZone: string,
  countFrom?: string,
) {
  const { chase } = order;
  const steps = schedule.steps;
  if (chase.stage === 'instalment_plan' && chase.plan) {
    const instalment = chase.plan.find((i) => !i.paidAt);
    if (!instalment) return undefined;
    // Each missed instalment climbs the ladder afresh from its own due date.
    const since = chase.lastReminderAt && chase.lastReminderAt >= instalment.dueAt;
    const index = since ? steps.findIndex((s) => s.tone === chase.lastTone) + 1 : 0;
    const step = steps[index];
    if (!step) return undefined;
    return {
      tone: step.tone,
      due: atLocalDay(instalment.dueAt, step.day, schedule.businessDays, timeZone),
      timing: 'instalment' as const,
    };
  }
  const step = steps[chase.remindersSent];
  if (!step) return undefined;
  return {
    tone: step.tone,
    due: atLocalDay(countFrom ?? order.placedAt ?? order.firstSeenAt, step.day, schedule.businessDays, timeZone),
    timing: 'ladder' as const,
  };
}

function atLocalDay(fromIso: string, days: number, businessDays: boolean, timeZone: string): number {
  return instantOf(addLocalDays(wallTimeOf(fromIso, timeZone), days, businessDays), timeZone);
}

/**
 * Moves an instant out of the quiet hours (e.g. 21:00 → 08:00, across midnight) of its zone:
 * 'later' to the hour they end, 'earlier' to just before they begin.
 */
export function outOfQuietHours(
  instantMs: number,
  quiet: { start: string; end: string },
  timeZone: string,
  direction: 'later' | 'earlier',
): number {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return instantMs;
  const wall = wallTimeAt(instantMs, timeZone);
  const minute = wall.hour * 60 + wall.minute;
  const crossesMidnight = start > end;
  const inQuiet = crossesMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inQuiet) return instantMs;
  const at = (w: WallTime, minutes: number) =>
    instantOf({ ...w, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, timeZone);
  if (direction === 'later') {
    const endDay = crossesMidnight && minute >= start ? addLocalDays(wall, 1, false) : wall;
    return at(endDay, end);
  }
  const startDay = crossesMidnight && minute < end ? addLocalDays(wall, -1, false) : wall;
  return at(startDay, start) - 60_000;
}
