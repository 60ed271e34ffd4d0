import { describe, expect, it } from 'vitest';
import { defaultChaseSettings, type ChaseSettings } from '@/lib/db/settings';
import { mainReminderLocale, reminderLocaleFor, shopReminderLocale } from '@/lib/reminders/reminder-locale';

const SHOP = 'http://shop.test';
// A seller whose browser is in Simplified Chinese: Options' reminder language defaults to it.
const seller = (shops: ChaseSettings['shops'] = {}): ChaseSettings => ({
  ...defaultChaseSettings(),
  reminderLocale: 'zh_CN',
  shops,
});

describe('the language a reminder is drafted in', () => {
  it("is the shop's as its console says it, not the seller's browser's: a zh-CN seller drafts English to an English shop", () => {
    expect(reminderLocaleFor(seller(), { [SHOP]: 'en' }, { shop: SHOP })).toBe('en');
  });

  it("is the seller's own only for a shop whose language is neither set nor read", () => {
    expect(reminderLocaleFor(seller(), {}, { shop: SHOP })).toBe('zh_CN');
    expect(reminderLocaleFor(seller(), { 'http://other.test': 'en' }, { shop: SHOP })).toBe('zh_CN');
  });

  it("follows the shop's language set in Options over the one its console gave", () => {
    expect(reminderLocaleFor(seller({ [SHOP]: { reminderLocale: 'zh_TW' } }), { [SHOP]: 'en' }, { shop: SHOP })).toBe(
      'zh_TW',
    );
  });

  it("follows the buyer's language over everything else", () => {
    const settings = seller({ [SHOP]: { reminderLocale: 'zh_TW' } });
    expect(reminderLocaleFor(settings, { [SHOP]: 'en' }, { shop: SHOP }, { reminderLocale: 'en' })).toBe('en');
    expect(reminderLocaleFor(settings, { [SHOP]: 'en' }, { shop: SHOP }, {})).toBe('zh_TW');
  });

  it('gives each shop its own', () => {
    const detected = { [SHOP]: 'en', 'http://dian.test': 'zh_CN' } as const;
    expect(shopReminderLocale(seller(), detected, SHOP)).toBe('en');
    expect(shopReminderLocale(seller(), detected, 'http://dian.test')).toBe('zh_CN');
  });
});

describe('the language most reminders go out in (the template editor opens on it)', () => {
  it("is the language most of the seller's shops speak", () => {
    const detected = { 'http://a.test': 'en', 'http://b.test': 'en', 'http://c.test': 'zh_TW' } as const;
    expect(mainReminderLocale(seller(), detected, ['http://c.test', 'http://a.test', 'http://b.test'])).toBe('en');
  });

  it('counts a shop by the language set for it, and lets the first shop win a tie', () => {
    const settings = seller({ 'http://a.test': { reminderLocale: 'zh_TW' } });
    expect(
      mainReminderLocale(settings, { 'http://a.test': 'en', 'http://b.test': 'en' }, [
        'http://a.test',
        'http://b.test',
      ]),
    ).toBe('zh_TW');
  });

  it("is the seller's own before Settle has seen any shop", () => {
    expect(mainReminderLocale(seller(), {}, [])).toBe('zh_CN');
  });
});
