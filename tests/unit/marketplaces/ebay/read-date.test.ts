import { describe, expect, it } from 'vitest';
import { readEbayDate } from '@/lib/marketplaces/ebay/read-date';
import { parseConsoleDate } from '@/lib/marketplaces/parse/dates';

// The eBay content script carries its own small date reader (the shared parser is over its size
// budget): on every format Seller Hub prints, it must read what the shared parser reads.
const NOW = { y: 2026, mo: 12, d: 5, h: 10, mi: 0 };
const CASES: [string, string][] = [
  ['Nov 28, 2026', 'en'],
  ['Nov 28, 2026 9:41 AM', 'en'],
  ['Dec 1, 2026 7:30 PM', 'en'],
  ['28 Nov 2026 16:20', 'en'],
  ['5. Dez. 2026', 'de'],
  ['2. Dez. 2026 14:05', 'de'],
  ['3 déc. 2026 10:12', 'fr'],
  ['12 giu 2026', 'it'],
  ['4 jul 2026', 'es'],
  ['vor 3 Tagen', 'de'],
  ['3 days ago', 'en'],
  ['Yesterday at 14:05', 'en'],
  ['Gestern um 14:05', 'de'],
];

describe("eBay's date reader", () => {
  it.each(CASES)('reads %s as the shared parser does', (text, lang) => {
    const shared = parseConsoleDate(text, { now: new Date(Date.UTC(2026, 11, 5, 10, 0)) }, { lang });
    expect(shared.ok, text).toBe(true);
    expect(readEbayDate(text, { now: NOW }, '1', [])).toBe(shared.ok ? shared.iso : 'unreadable');
  });

  it('reads nothing it is not sure of, and says so', () => {
    const warnings: string[] = [];
    expect(readEbayDate('sometime', { now: NOW }, '12-3', warnings)).toBeUndefined();
    expect(readEbayDate('Nov 28', { now: NOW }, '12-3', warnings)).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(readEbayDate('vor 3 Tagen', {}, '12-3', warnings)).toBeUndefined();
    expect(warnings).toHaveLength(2);
  });
});
