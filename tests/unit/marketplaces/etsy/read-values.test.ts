import { describe, expect, it } from 'vitest';
import { readEtsyMoney } from '@/lib/marketplaces/etsy/read-money';
import { pageNow, readPlacedAt } from '@/lib/marketplaces/etsy/read-date';

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

describe("Etsy's dates", () => {
  const at = (html: string, lang = 'en-US', now = new Date(Date.UTC(2026, 11, 1, 10))) => {
    const ctx = { lang, now, warnings: [] as string[] };
    const el = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
    return { date: readPlacedAt(el, '1', ctx), warnings: ctx.warnings };
  };

  it('takes a datetime attribute as it is, and reads calendar dates and spans back from now', () => {
    expect(at('<time datetime="2026-11-03T14:05:00Z">Nov 3</time>').date).toBe('2026-11-03T14:05:00Z');
    expect(at('<time>Nov 3, 2026</time>').date).toBe('2026-11-03');
    expect(at('<time>3. März 2026</time>', 'de-DE').date).toBe('2026-03-03');
    expect(at('<time>2 days ago</time>').date).toBe('2026-11-29');
    expect(at('<time>vor 45 Minuten</time>', 'de-DE').date).toBe('2026-12-01T09:15:00+00:00');
  });

  it('says which words it could not read, and guesses nothing', () => {
    expect(at('<time>Yesterday at 14:05</time>')).toEqual({
      date: undefined,
      warnings: ['Order #1: its date "Yesterday at 14:05" could not be read; it is kept without one.'],
    });
    expect(at('<time>2 weeks ago</time>').date).toBeUndefined();
    expect(at('<time>Feb 30, 2026</time>').date).toBeUndefined();
    // Without the page's moment, a span back from it is not read.
    const ctx = { lang: 'en-US', now: undefined, warnings: [] as string[] };
    const el = new DOMParser().parseFromString('<time>2 days ago</time>', 'text/html').body.firstElementChild;
    expect(readPlacedAt(el, '1', ctx)).toBeUndefined();
  });

  it("takes the page's moment from document.lastModified", () => {
    const doc = new DOMParser().parseFromString('<p></p>', 'text/html');
    Object.defineProperty(doc, 'lastModified', { value: '12/01/2026 10:00:00', configurable: true });
    expect(pageNow(doc)).toEqual(new Date(2026, 11, 1, 10, 0, 0));
    Object.defineProperty(doc, 'lastModified', { value: 'yesterday', configurable: true });
    expect(pageNow(doc)).toBeUndefined();
  });
});
