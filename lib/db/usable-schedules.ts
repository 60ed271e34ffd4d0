import * as v from 'valibot';
import type { MarketplaceId } from '../model/order';
import { scheduleProblems } from '../tracker/schedule-problems';
import type { EscalationSchedule } from '../tracker/schedule-types';

// The shape only; what the values may be (tones that never soften, some hours left to send) is scheduleProblems'.
const ScheduleShape = v.object({
  steps: v.array(v.object({ tone: v.string(), day: v.number() })),
  businessDays: v.boolean(),
  quietHours: v.object({ start: v.string(), end: v.string() }),
  dailyCap: v.number(),
});

type Schedules = Partial<Record<MarketplaceId, EscalationSchedule>>;

/**
 * The stored schedules Settle may plan with. A schedule the options would refuse (written by hand
 * into a backup, or by an older Settle) is left out, so its marketplace falls back to the default
 * ladder rather than, say, sending in the one minute a day its quiet hours leave.
 */
export function usableSchedules(stored: unknown): Schedules {
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(
      ([, schedule]) => v.is(ScheduleShape, schedule) && scheduleProblems(schedule as EscalationSchedule).length === 0,
    ),
  ) as Schedules;
}
