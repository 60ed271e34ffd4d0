import { describe, expect, it } from 'vitest';
import { readEtsyMoney } from '@/lib/marketplaces/etsy/read-money';

const money = (symbol: string, value: string, lang: string) =>
  readEtsyMoney(
    new DOMParser().parseFromString(
      `<p><span class="currency-symbol">${symbol}</span><span class="currency-value">${value}</span></p>`,
      'text/html',
    ).body.firstElementChild,
    lang,
  );

describe("Etsy's money", () => {
  it.each([
    ['$', '1,234.56', 'en-US', { amount: 123456, currency: 'USD' }],
    ['€', '1.234,56', 'de-DE', { amount: 123456, currency: 'EUR' }],
    ['€', '1 234,56', 'fr-FR', { amount: 123456, currency: 'EUR' }],
    ['CA$', '45.00', 'en-US', { amount: 4500, currency: 'CAD' }],
    ['¥', '12,800', 'ja-JP', { amount: 12800, currency: 'JPY' }],
    ['kr', '129,00', 'sv-SE', { amount: 12900, currency: 'SEK' }],
    ['CHF', '12.50', 'de-CH', { amount: 1250, currency: 'CHF' }],
    ['£', '０.９９', 'en-GB', { amount: 99, currency: 'GBP' }],
  ])('%s %s (%s)', (symbol, value, lang, expected) => {
    expect(money(symbol, value, lang)).toEqual({ ok: true, money: expected });
  });

  it.each([
    ['kr', '129,00', 'en-US', /the currency "kr" is not one Settle knows/],
    ['₿', '1.00', 'en-US', /not one Settle knows/],
    ['$', '-12.00', 'en-US', /is not an amount/],
    ['$', 'free', 'en-US', /is not an amount/],
    ['$', '1.2.3', 'en-US', /is not an amount/],
  ])('refuses %s %s (%s)', (symbol, value, lang, error) => {
    const read = money(symbol, value, lang);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(error);
  });
});
