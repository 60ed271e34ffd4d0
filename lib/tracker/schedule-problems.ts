import type { EscalationSchedule } from './schedule-types';
import type { MessageKey } from '../i18n/t';
import { TONES } from '../model/tone';
import { minutesOf } from './zoned-time';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_MINUTES = 24 * 60;
/** Less than this left to send in a day and reminders pile up behind the quiet hours (00:00–23:59 left one minute). */
const MIN_SENDING_MINUTES = 60;

/**
 * What is wrong with a schedule, as message keys; empty when it can be used. The options refuse
 * to save one with a problem, and stored settings drop it (lib/db/settings.ts), so nothing edited
 * by hand reaches the planner.
 */
export function scheduleProblems(s: EscalationSchedule): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!s.steps.length) problems.push('optProblemNoSteps');
  const days = s.steps.map((x) => x.day);
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) problems.push('optProblemStepDay');
  else if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) problems.push('optProblemStepOrder');
  const ranks = s.steps.map((x) => (TONES as readonly string[]).indexOf(x.tone));
  if (ranks.some((rank) => rank < 0)) problems.push('optProblemStepTone');
  else if (ranks.some((rank, i) => i > 0 && rank < ranks[i - 1]!)) problems.push('optProblemToneSoftens');
  if (!HHMM.test(s.quietHours.start) || !HHMM.test(s.quietHours.end)) problems.push('optProblemQuietHours');
  else if (DAY_MINUTES - quietMinutes(s.quietHours) < MIN_SENDING_MINUTES) problems.push('optProblemQuietHoursTooLong');
  if (!Number.isInteger(s.dailyCap) || s.dailyCap < 1 || s.dailyCap > 500) problems.push('optProblemDailyCap');
  return problems;
}

/** Minutes a day the quiet hours take, across midnight when they end before they start; equal times mean none. */
function quietMinutes({ start, end }: { start: string; end: string }): number {
  return (minutesOf(end) - minutesOf(start) + DAY_MINUTES) % DAY_MINUTES;
}
