import { describe, expect, it } from 'vitest';
import { badgeText } from '@/lib/browser/badge';

describe('the badge text', () => {
  it.each([
    [0, false, ''],
    [1, false, '1'],
    [50, true, '50+'],
    [999, false, '999'],
    [1000, false, '999+'],
  ])('%i reminders (more uncounted: %s) read "%s"', (count, more, text) => {
    expect(badgeText(count, more)).toBe(text);
  });
});
