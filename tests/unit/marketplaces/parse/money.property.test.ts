import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_CHARS, parseMoney, parseMoneyResult, type MoneyHints } from '@/lib/marketplaces/parse/money';

/** The fastest of five runs, so a busy machine (or a GC pause) does not fail a linear parser. */
function fastestMs(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const N = 40_000;
const ADVERSARIAL: [string, string][] = [
  ['dots', `1${'.'.repeat(N)}2`],
  ['commas', `1${','.repeat(N)}2`],
  ['spaces', `1${' '.repeat(N)}2`],
  ['no-break spaces', `1${'\u00a0'.repeat(N)}x`],
  ['apostrophes', `1${"'".repeat(N)}`],
  ['mixed separators', `$1${"., '".repeat(N / 4)}`],
  ['digits with separators', `$${'1,'.repeat(N / 2)}5`],
  ['digits with separators then text', `${'1.2,'.repeat(N / 4)}x €`],
  ['full-width digits', `￥${'１，'.repeat(N / 2)}`],
  ['full-width dots', `１${'．'.repeat(N)}２`],
  ['full-width and ASCII alternating', `￥${'１,'.repeat(N / 2)}`],
  ['digits only', `US $${'9'.repeat(N)}`],
  ['minus signs', `${'- '.repeat(N / 2)}$1.00`],
  ['minus and spaces', `-${' '.repeat(N)}abcde1`],
  ['parentheses', `(${'('.repeat(N)}$1.00)`],
  ['capitals', `${'A'.repeat(N)} 1.00`],
  ['symbols', `${'US$'.repeat(N / 3)}1`],
];

describe('parseMoney stays linear in its input', () => {
  it.each(ADVERSARIAL)('%s (40k characters) parse in under 50 ms', (_shape, text) => {
    expect(fastestMs(() => parseMoney(text))).toBeLessThan(50);
    expect(
      fastestMs(() => parseMoney(text, { currency: 'EUR', decimalSeparator: ',', thousandSeparator: '.' })),
    ).toBeLessThan(50);
  });

  it('fails clearly on an amount longer than the bound', () => {
    const result = parseMoneyResult(`$1${'.'.repeat(N)}2`);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(`${MAX_AMOUNT_CHARS} characters`) });
    expect(parseMoneyResult(`$${'1'.repeat(MAX_AMOUNT_CHARS + 1)}`).ok).toBe(false);
  });

  it('never throws, never takes long, and never gives a negative or unsafe amount, on any text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 50_000 }),
      fc.string({
        unit: fc.constantFrom(
          '1',
          '0',
          '9',
          '.',
          ',',
          ' ',
          '\u00a0',
          "'",
          '-',
          '−',
          '(',
          ')',
          '$',
          '€',
          '¥',
          '１',
          '，',
          '．',
          'U',
          'S',
          'D',
        ),
        maxLength: 50_000,
      }),
    );
    const hints = fc.constantFrom<MoneyHints>(
      {},
      { lang: 'ja' },
      { currency: 'USD' },
      { currency: 'EUR', decimalSeparator: ',', thousandSeparator: '.' },
      { allowNegative: true },
    );
    fc.assert(
      fc.property(anyText, hints, (text, hint) => {
        const start = performance.now();
        const parsed = parseMoney(text, hint);
        const ms = performance.now() - start;
        // Proportional to length, with room for a busy machine: 50k characters in well under 100 ms.
        expect(ms).toBeLessThan(20 + text.length / 500);
        if (!parsed) return;
        expect(Number.isSafeInteger(parsed.money.amount)).toBe(true);
        if (!hint.allowNegative) expect(parsed.money.amount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});

/** Groups an integer's digits by threes with `sep`. */
function group(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}
const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Style {
  name: string;
  currency: string;
  decimals: number;
  hints: MoneyHints;
  format: (whole: string, frac: string) => string;
}
const STYLES: Style[] = [
  { name: '$1,234.56', currency: 'USD', decimals: 2, hints: {}, format: (w, f) => `$${group(w, ',')}.${f}` },
  { name: 'US $1,234.56', currency: 'USD', decimals: 2, hints: {}, format: (w, f) => `US $${group(w, ',')}.${f}` },
  { name: '1,234.56 USD', currency: 'USD', decimals: 2, hints: {}, format: (w, f) => `${group(w, ',')}.${f} USD` },
  { name: '1.234,56 €', currency: 'EUR', decimals: 2, hints: {}, format: (w, f) => `${group(w, '.')},${f}\u00a0€` },
  { name: 'EUR 1.234,56', currency: 'EUR', decimals: 2, hints: {}, format: (w, f) => `EUR ${group(w, '.')},${f}` },
  {
    name: '1 234,56 € (no-break space)',
    currency: 'EUR',
    decimals: 2,
    hints: {},
    format: (w, f) => `${group(w, '\u00a0')},${f} €`,
  },
  {
    name: '1 234,56 zł (narrow no-break space)',
    currency: 'PLN',
    decimals: 2,
    hints: {},
    format: (w, f) => `${group(w, '\u202f')},${f} zł`,
  },
  {
    name: '1 234,56 € (shop separators)',
    currency: 'EUR',
    decimals: 2,
    hints: { currency: 'EUR', decimalSeparator: ',', thousandSeparator: ' ' },
    format: (w, f) => `${group(w, ' ')},${f} €`,
  },
  {
    name: '1.234,56 € (shop separators)',
    currency: 'EUR',
    decimals: 2,
    hints: { currency: 'EUR', decimalSeparator: ',', thousandSeparator: '.' },
    format: (w, f) => `${group(w, '.')},${f} €`,
  },
  {
    name: '¥1,299.00 (zh)',
    currency: 'CNY',
    decimals: 2,
    hints: { lang: 'zh-CN' },
    format: (w, f) => `¥${group(w, ',')}.${f}`,
  },
  {
    name: '￥１，２９９．００ (full width)',
    currency: 'CNY',
    decimals: 2,
    hints: { lang: 'zh-CN' },
    format: (w, f) => `￥${fullWidth(`${group(w, ',')}.${f}`)}`,
  },
  { name: '¥1,299 (JPY, ja)', currency: 'JPY', decimals: 0, hints: { lang: 'ja' }, format: (w) => `¥${group(w, ',')}` },
  {
    name: '¥1,299 (JPY from the shop)',
    currency: 'JPY',
    decimals: 0,
    hints: { currency: 'JPY' },
    format: (w) => `¥${group(w, ',')}`,
  },
  { name: '1,299円', currency: 'JPY', decimals: 0, hints: {}, format: (w) => `${group(w, ',')}円` },
  {
    name: '１，２９９円 (full width)',
    currency: 'JPY',
    decimals: 0,
    hints: {},
    format: (w) => `${fullWidth(group(w, ','))}円`,
  },
];

describe('parseMoney reads back every amount it is shown', () => {
  it.each(STYLES.map((s) => [s.name, s] as const))('%s', (_name, style) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (minor) => {
        const digits = String(minor).padStart(style.decimals + 1, '0');
        const whole = digits.slice(0, digits.length - style.decimals);
        const frac = digits.slice(digits.length - style.decimals);
        const text = style.format(whole, frac);
        expect(parseMoney(text, style.hints)?.money, text).toEqual({ amount: minor, currency: style.currency });
      }),
      { numRuns: 300 },
    );
  });
});
