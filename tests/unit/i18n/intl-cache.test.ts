import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/model/money';
import { formatDateTime } from '@/lib/i18n/format-date-time';
import { formatAge } from '@/components/format';
import { numberFormat } from '@/lib/i18n/intl-cache';

type Formatter = 'NumberFormat' | 'DateTimeFormat' | 'RelativeTimeFormat';
const real = {
  NumberFormat: Intl.NumberFormat,
  DateTimeFormat: Intl.DateTimeFormat,
  RelativeTimeFormat: Intl.RelativeTimeFormat,
};
afterEach(() => Object.assign(Intl, real));

/** Counts how many formatters of a kind are made from now on. */
function countMade(kind: Formatter): { made: number } {
  const counter = { made: 0 };
  const Real = real[kind] as unknown as new (...args: unknown[]) => object;
  Object.assign(Intl, {
    [kind]: class extends Real {
      constructor(...args: unknown[]) {
        super(...args);
        counter.made++;
      }
    },
  });
  return counter;
}

// Issue 12: a list of thousands of rows made a formatter per cell (~0.1 ms each); one per locale and options is enough.
describe('Intl formatters, made once per locale and options', () => {
  it('makes one number format per locale and currency, however many amounts it formats', () => {
    const numbers = countMade('NumberFormat');
    const amounts = Array.from({ length: 50 }, (_, i) => formatMoney({ amount: 1000 + i, currency: 'CHF' }, 'de-CH'));
    expect(amounts[0]).toBe(new real.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(10));
    formatMoney({ amount: 1000, currency: 'EUR' }, 'de-CH');
    formatMoney({ amount: 1000, currency: 'CHF' }, 'fr-CH');
    expect(numbers.made).toBe(3);
  });

  it('makes one date format and one relative-time format per locale', () => {
    const dates = countMade('DateTimeFormat');
    const relative = countMade('RelativeTimeFormat');
    for (let i = 0; i < 30; i++) {
      formatDateTime(`2026-11-${10 + (i % 10)}T10:00:00.000Z`, 'nl-NL');
      formatAge(`2026-11-${10 + (i % 10)}T10:00:00.000Z`, 'nl-NL', Date.parse('2026-11-22T00:00:00.000Z'));
    }
    expect([dates.made, relative.made]).toEqual([1, 1]);
  });

  it('tells options apart', () => {
    expect(numberFormat('en-US', { style: 'percent' })).toBe(numberFormat('en-US', { style: 'percent' }));
    expect(numberFormat('en-US', { style: 'percent' })).not.toBe(numberFormat('en-US'));
    expect(numberFormat('en-US', { style: 'percent' }).format(0.5)).toBe('50%');
  });
});
