import { describe, expect, it } from 'vitest';
import { countedKey, t } from '@/lib/i18n/t';
import { useLocale } from '../support/i18n';

// "Every reminder to this buyer is paused (1 open orders)": a count picks the plural form the UI language uses.
describe('countedKey', () => {
  it('says one thing in the singular and more in the plural in English', () => {
    useLocale('en');
    expect(t(countedKey('dashDoneBuyerResumed', 1), 1)).toBe('Reminders to this buyer resumed (1 open order).');
    expect(t(countedKey('dashDoneBuyerResumed', 2), 2)).toBe('Reminders to this buyer resumed (2 open orders).');
    expect(t(countedKey('chainIntact', 1), 1, 'ab12')).toBe('Timeline chain intact (1 event, head ab12…)');
    expect(t(countedKey('chainIntact', 0), 0, 'ab12')).toBe('Timeline chain intact (0 events, head ab12…)');
  });

  it('uses the one form Chinese has for every count', () => {
    useLocale('zh_CN');
    expect(countedKey('chainIntact', 1)).toBe('chainIntact_other');
    expect(t(countedKey('dashDoneBuyerResumed', 1), 1)).toBe('已恢复对该买家的提醒（1 个未结订单）。');
    useLocale('zh_TW');
    expect(t(countedKey('dashDoneBuyerResumed', 3), 3)).toBe('已恢復對該買家的提醒（3 筆未結訂單）。');
  });
});
