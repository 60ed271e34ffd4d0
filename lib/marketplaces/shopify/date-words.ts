import { cardLines, type CardLine } from './card';
import { LABELS } from './labels';
import { textOf } from './page-text';
import { selectors } from './selectors';

const anyWord = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// The channel after the date ("… from Online Store"); Chinese writes it without spaces.
const CHANNEL_AFTER = new RegExp(`\\s(?:${anyWord(LABELS.fromChannel)})(?:\\s|$)|来自|來自`, 'i');
const DUE_ON = new RegExp(`^(?:${anyWord(LABELS.paymentDueOn)})\\s+`, 'i');

/**
 * The order's date as the order page's header prints it, without the sales channel after it:
 * "December 5, 2026 at 9:12 am from Online Store" → "December 5, 2026 at 9:12 am". Empty when the
 * header has no date line. The words are read into a date by the background (resolve-dates.ts).
 */
export function placedDateWords(header: Element): string {
  const line = textOf(header.querySelector(selectors.dateLine));
  const channel = CHANNEL_AFTER.exec(line);
  return (channel ? line.slice(0, channel.index) : line).trim();
}

/**
 * The due date of payment terms as the payment card prints it ("Payment due on Nov 30, 2026" →
 * "Nov 30, 2026"); empty when there is none. `lines` are the card's (cardLines).
 */
export function dueDateWords(card: Element, lines: readonly CardLine[] = cardLines(card)): string {
  for (const { el, text } of lines) {
    if (el.childElementCount) continue;
    const due = DUE_ON.exec(text);
    if (due) return text.slice(due[0].length);
  }
  return '';
}
