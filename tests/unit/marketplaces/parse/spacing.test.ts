import { describe, expect, it } from 'vitest';
import { collapseSpacing } from '@/lib/marketplaces/parse/spacing';

describe('collapseSpacing: spacing as the page shows it', () => {
  it.each([
    ['', ''],
    ['Total', 'Total'],
    ['Payment pending', 'Payment pending'],
    ['  Payment   pending ', 'Payment pending'],
    ['Payment\npending', 'Payment pending'],
    ['Payment\tpending', 'Payment pending'],
    ['Payment\u00a0pending', 'Payment pending'],
    ['\ufeffTotal', 'Total'],
    ['Total\u3000', 'Total'],
    [' ', ''],
    ['a b  c', 'a b c'],
  ])('%j → %j, as a replace of every run and a trim gives it', (text, shown) => {
    expect(collapseSpacing(text)).toBe(shown);
    expect(collapseSpacing(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});
