import { describe, expect, it } from 'vitest';
import { scheduleProblems } from '@/lib/tracker/schedule-problems';
import { defaultSchedule } from '@/lib/db/settings';
import type { EscalationSchedule } from '@/lib/tracker/schedule-types';

const schedule = (patch: Partial<EscalationSchedule>): EscalationSchedule => ({
  ...defaultSchedule('woocommerce'),
  ...patch,
});
const quiet = (start: string, end: string) => scheduleProblems(schedule({ quietHours: { start, end } }));

describe('scheduleProblems', () => {
  it('accepts Settle’s default ladder', () => {
    expect(scheduleProblems(defaultSchedule('woocommerce'))).toEqual([]);
  });

  it('refuses quiet hours that leave less than an hour a day to send', () => {
    // Seen accepted: 00:00–23:59 left one minute a day, so every reminder queued for that minute.
    expect(quiet('00:00', '23:59')).toEqual(['optProblemQuietHoursTooLong']);
    expect(quiet('08:30', '08:00')).toEqual(['optProblemQuietHoursTooLong']);
    expect(quiet('23:01', '22:02')).toEqual(['optProblemQuietHoursTooLong']);
  });

  it('accepts quiet hours that leave an hour or more, and equal times (no quiet hours)', () => {
    expect(quiet('00:00', '23:00')).toEqual([]);
    expect(quiet('09:00', '08:00')).toEqual([]);
    expect(quiet('21:00', '08:00')).toEqual([]);
    expect(quiet('00:00', '00:00')).toEqual([]);
  });

  it('refuses a ladder whose tone softens, however far apart the steps are', () => {
    // Seen accepted: a formal demand on day 3, then a friendly reminder on day 7.
    const softening = schedule({
      steps: [
        { tone: 'formal_demand', day: 3 },
        { tone: 'friendly', day: 7 },
      ],
    });
    expect(scheduleProblems(softening)).toEqual(['optProblemToneSoftens']);
    const dip = schedule({
      steps: [
        { tone: 'friendly', day: 1 },
        { tone: 'final_notice', day: 3 },
        { tone: 'firm', day: 7 },
      ],
    });
    expect(scheduleProblems(dip)).toEqual(['optProblemToneSoftens']);
  });

  it('accepts a ladder that repeats a tone or skips one', () => {
    const steps = [
      { tone: 'friendly', day: 1 },
      { tone: 'friendly', day: 2 },
      { tone: 'final_notice', day: 5 },
    ] as const;
    expect(scheduleProblems(schedule({ steps: [...steps] }))).toEqual([]);
  });

  it('refuses a tone Settle does not know (a hand-edited backup)', () => {
    expect(scheduleProblems(schedule({ steps: [{ tone: 'rude' as never, day: 1 }] }))).toEqual(['optProblemStepTone']);
  });
});
