import { describe, expect, it } from 'vitest';
import { currencyFromSymbol, parseMoney, parseMoneyResult } from '@/lib/marketplaces/parse/money';

describe('parseMoney', () => {
  it.each([
    ['$1,238.80', {}, 123880, 'USD'],
    ['US $12.50', {}, 1250, 'USD'],
    ['¥1,299.00', { lang: 'zh-CN' }, 129900, 'CNY'],
    ['￥88', { lang: 'zh-CN' }, 8800, 'CNY'],
    ['￥１，２９９．００', { lang: 'zh-CN' }, 129900, 'CNY'],
    ['CN¥88', {}, 8800, 'CNY'],
    ['88元', {}, 8800, 'CNY'],
    ['人民币 88.00', {}, 8800, 'CNY'],
    ['¥12,800', { lang: 'ja' }, 12800, 'JPY'],
    ['¥12,800', { currency: 'JPY' }, 12800, 'JPY'],
    ['12,50 €', {}, 1250, 'EUR'],
    ['1.238,80\u00a0€', {}, 123880, 'EUR'],
    ['1.234,56 EUR', {}, 123456, 'EUR'],
    ['EUR 1.234,56', {}, 123456, 'EUR'],
    ['1 234,56 zł', {}, 123456, 'PLN'],
    ["CHF 1'234.50", {}, 123450, 'CHF'],
    ['R$ 1.234,56', {}, 123456, 'BRL'],
    ['£5', {}, 500, 'GBP'],
    ['C$10.00', {}, 1000, 'CAD'],
    ['₹1,23,456.00', {}, 12345600, 'INR'],
    ['₩15,000', {}, 15000, 'KRW'],
    ['-$5.00', { allowNegative: true }, -500, 'USD'],
    ['−5,00 €', { allowNegative: true }, -500, 'EUR'],
    ['($5.00)', { allowNegative: true }, -500, 'USD'],
    ['Total: $12.50 USD', {}, 1250, 'USD'],
    ['1.238,80 €', { decimalSeparator: ',', thousandSeparator: '.' }, 123880, 'EUR'],
    ['1,238', { currency: 'USD' }, 123800, 'USD'],
    ['1.5', { currency: 'KWD' }, 1500, 'KWD'],
  ])('%s → %i %s', (text, hints, amount, currency) => {
    expect(parseMoney(text, hints)?.money).toEqual({ amount, currency });
  });

  it.each(['', 'Free', '—', 'USD'])('returns null for %j', (text) => expect(parseMoney(text)).toBeNull());

  it.each(['-$5.00', '−5,00 €', '- US $5.00', '($5.00)', ' ( 12,50 € ) '])(
    'reads %j as no total: a total is never negative',
    (text) => {
      expect(parseMoney(text)).toBeNull();
      expect(parseMoneyResult(text)).toMatchObject({ ok: false, error: expect.stringMatching(/negative/) });
    },
  );

  it('fails on an amount too large to count exactly', () => {
    expect(parseMoney('$99,999,999,999,999,999.00')).toBeNull();
    expect(parseMoney(`¥${'9'.repeat(40)}`, { lang: 'ja' })).toBeNull();
  });

  it('warns when a symbol is ambiguous, and not when the page language settles it', () => {
    expect(parseMoney('$5.00')?.warnings[0]).toMatch(/ambiguous/);
    expect(parseMoney('¥5.00', { lang: 'zh-CN' })?.warnings).toEqual([]);
    expect(parseMoney('¥5.00', { lang: 'en' })?.warnings[0]).toMatch(/CNY/);
    expect(parseMoney('USD 5.00')?.warnings).toEqual([]);
  });

  it("reads an ambiguous symbol as the page's own currency when told it, and nothing else", () => {
    const site = { lang: 'en-CA', ambiguousCurrency: 'CAD' };
    expect(parseMoneyResult('$45.99', site)).toEqual({
      ok: true,
      money: { amount: 4599, currency: 'CAD' },
      warnings: [],
    });
    expect(parseMoneyResult('US $45.99', site)).toMatchObject({ money: { currency: 'USD' } });
    expect(parseMoneyResult('45,99 €', site)).toMatchObject({ money: { currency: 'EUR' } });
    expect(parseMoneyResult('$45.99 USD', site)).toMatchObject({ money: { currency: 'USD' } });
    expect(parseMoneyResult('¥500', { lang: 'ja', ambiguousCurrency: 'CNY' })).toMatchObject({
      money: { amount: 500, currency: 'JPY' },
    });
  });

  it('round-trips every amount in en, de and fr number formats', () => {
    for (let i = 0; i < 300; i++) {
      const minor = Math.floor(Math.random() * 1e9);
      const value = minor / 100;
      for (const [locale, currency] of [
        ['en-US', 'USD'],
        ['de-DE', 'EUR'],
        ['fr-FR', 'EUR'],
      ] as const) {
        const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
        expect(parseMoney(text)?.money, text).toEqual({ amount: minor, currency });
      }
    }
  });
});

describe('currencyFromSymbol', () => {
  it.each([
    ['$', '', 'USD', true],
    ['¥', 'ja', 'JPY', false],
    ['¥', 'zh-CN', 'CNY', false],
    ['€', '', 'EUR', false],
    ['kr', 'da', 'DKK', false],
  ])('%s in %j → %s', (symbol, lang, currency, ambiguous) =>
    expect(currencyFromSymbol(symbol, lang)).toEqual({ currency, ambiguous }),
  );
  it('knows no currency for an unknown sign', () => expect(currencyFromSymbol('¤')).toBeNull());
});
