import type { EscalationSchedule } from '@/lib/tracker/schedule-types';
import type { MessageKey } from '@/lib/i18n/t';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with an edited schedule, as message keys; empty when it can be saved. */
export function scheduleProblems(s: EscalationSchedule): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!s.steps.length) problems.push('optProblemNoSteps');
  const days = s.steps.map((x) => x.day);
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) problems.push('optProblemStepDay');
  else if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) problems.push('optProblemStepOrder');
  if (!HHMM.test(s.quietHours.start) || !HHMM.test(s.quietHours.end)) problems.push('optProblemQuietHours');
  if (!Number.isInteger(s.dailyCap) || s.dailyCap < 1 || s.dailyCap > 500) problems.push('optProblemDailyCap');
  return problems;
}
