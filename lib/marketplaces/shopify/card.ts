import { isLabelWords, labelWords } from './labels';
import { textOf } from './page-text';
import { selectors } from './selectors';

/** The card (Polaris Card) whose heading is one of `labels`, or whose heading passes `test`. */
export function cardByHeading(root: ParentNode, test: (heading: string) => boolean): Element | null {
  for (const heading of root.querySelectorAll(selectors.cardHeading))
    if (test(textOf(heading))) return heading.closest(selectors.card) ?? heading.parentElement;
  return null;
}

/** An element of a card that may be a label or a line: its words as shown, and as labels are compared. */
export interface CardLine {
  el: Element;
  text: string;
  words: string;
}

/**
 * The elements of a card that may be a label or a line (those with at most one element child), in
 * page order, each read once for every label looked up in the card. A wrapper whose only child
 * holds all its text, and may itself be a label, is left out: that child follows it with the same
 * words, and the row found from either is the same.
 */
export function cardLines(card: Element): CardLine[] {
  const lines: CardLine[] = [];
  for (const el of card.querySelectorAll('*')) {
    if (el.childElementCount > 1) continue;
    const only = el.firstElementChild;
    if (only && only.childElementCount <= 1 && (el.textContent ?? '').length === (only.textContent ?? '').length)
      continue;
    const text = textOf(el);
    lines.push({ el, text, words: labelWords(text) });
  }
  return lines;
}

/**
 * The value beside a label in a summary card ("Total" … "$26.40"): the label is an element whose
 * whole text is the label; its row is the nearest box holding more than the label, and the value
 * is that row's last part. Undefined when no row has the label. `lines` are the card's (cardLines).
 */
export function valueBeside(
  card: Element,
  labels: readonly string[],
  lines: readonly CardLine[] = cardLines(card),
): string | undefined {
  for (const { el, text, words } of lines) {
    if (!isLabelWords(words, labels)) continue;
    let row = el.parentElement;
    let rowText = textOf(row);
    while (row && row !== card && rowText === text) {
      row = row.parentElement;
      rowText = textOf(row);
    }
    if (!row || row === card) continue;
    const last = row.lastElementChild;
    const value = last && !last.contains(el) ? textOf(last) : rowText.slice(text.length).trim();
    if (value) return value;
  }
  return undefined;
}
