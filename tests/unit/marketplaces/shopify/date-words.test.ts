import { describe, expect, it } from 'vitest';
import { dueDateWords, placedDateWords } from '@/lib/marketplaces/shopify/date-words';

const el = (html: string) => {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  return doc.body.firstElementChild!;
};
const header = (line: string) =>
  el(`<h1>#1024</h1><div class="Polaris-Page-Header__AdditionalMetaData"><span>${line}</span></div>`);

describe("Shopify's date words: the date alone, for the background to read", () => {
  it.each([
    ['December 5, 2026 at 9:12 am from Online Store', 'December 5, 2026 at 9:12 am'],
    ['Gestern um 14:05 von Online Store', 'Gestern um 14:05'],
    ['2026年12月5日 09:12来自 Online Store', '2026年12月5日 09:12'],
    ['Nov 28, 2026 at 9:00 am', 'Nov 28, 2026 at 9:00 am'],
    // A channel named like a date word stays out; the cut is at the first "from".
    ['Today at 3:05 pm from From Scratch Shop', 'Today at 3:05 pm'],
    ['December 1, 2026 at 8:00 am from &lt;iframe src=javascript:alert(6)&gt;', 'December 1, 2026 at 8:00 am'],
  ])('%s → %s', (line, words) => {
    expect(placedDateWords(header(line))).toBe(words);
  });

  it('gives no words when the header has no date line', () => {
    expect(placedDateWords(el('<h1>#1024</h1>'))).toBe('');
  });

  it("reads the payment terms' due date, in English and German, and nothing else", () => {
    expect(dueDateWords(el('<span>Net 30</span><span>Payment due on Nov 30, 2026</span>'))).toBe('Nov 30, 2026');
    expect(dueDateWords(el('<p><span>Zahlung fällig am 30. Nov. 2026</span></p>'))).toBe('30. Nov. 2026');
    expect(dueDateWords(el('<span>Paid on Nov 30, 2026</span><span>Total</span>'))).toBe('');
  });
});
