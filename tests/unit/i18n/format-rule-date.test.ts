import { describe, expect, it } from 'vitest';
import { formatRuleDate } from '@/lib/i18n/format-date-time';

// The day is written in UTC, so it is the same day west of UTC too (tried with TZ=America/New_York,
// where its midnight UTC is the evening before).

describe('a rule date as the seller reads it', () => {
  it('writes a day without a time as that calendar day in every locale', () => {
    const due = { at: '2026-12-02T00:00:00.000Z', day: '2026-12-02' };
    expect(formatRuleDate(due, 'en-US')).toBe('Dec 2, 2026');
    expect(formatRuleDate(due, 'zh-CN')).toBe('2026年12月2日');
    expect(formatRuleDate(due, 'zh-TW')).toBe('2026年12月2日');
  });

  it('writes a moment with its date and time', () => {
    expect(formatRuleDate({ at: '2026-12-02T14:05:00.000Z' }, 'en-US')).toMatch(/^Dec 2, 2026, \d{1,2}:05/);
  });
});
