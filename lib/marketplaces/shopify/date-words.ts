import { LABELS } from './labels';
import { textOf } from './page-text';
import { selectors } from './selectors';

/** Words compared as labels are (labels.ts): case folded. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The order's date as the order page's header prints it, without the sales channel after it:
 * "December 5, 2026 at 9:12 am from Online Store" → "December 5, 2026 at 9:12 am". Empty when the
 * header has no date line. The words are read into a date by the background (resolve-dates.ts).
 */
export function placedDateWords(header: Element): string {
  const line = textOf(header.querySelector(selectors.dateLine));
  const folded = fold(line);
  let end = line.length;
  for (const word of LABELS.fromChannel) {
    const at = folded.indexOf(` ${fold(word)} `);
    if (at >= 0 && at < end) end = at;
  }
  return line.slice(0, end).trim();
}

/** The due date of payment terms as the payment card prints it ("Payment due on Nov 30, 2026" → "Nov 30, 2026"); empty when there is none. */
export function dueDateWords(card: Element): string {
  for (const el of card.querySelectorAll('*')) {
    if (el.childElementCount) continue;
    const words = textOf(el);
    const folded = fold(words);
    for (const label of LABELS.paymentDueOn)
      if (folded.startsWith(`${fold(label)} `)) return words.slice(label.length).trim();
  }
  return '';
}
