import { isLabel } from './labels';
import { textOf } from './page-text';
import { selectors } from './selectors';

/** The card (Polaris Card) whose heading is one of `labels`, or whose heading passes `test`. */
export function cardByHeading(root: ParentNode, test: (heading: string) => boolean): Element | null {
  for (const heading of root.querySelectorAll(selectors.cardHeading))
    if (test(textOf(heading))) return heading.closest(selectors.card) ?? heading.parentElement;
  return null;
}

/**
 * The value beside a label in a summary card ("Total" … "$26.40"): the label is an element whose
 * whole text is the label; its row is the nearest box holding more than the label, and the value
 * is that row's last part. Undefined when no row has the label.
 */
export function valueBeside(card: Element, labels: readonly string[]): string | undefined {
  for (const el of card.querySelectorAll('*')) {
    if (el.childElementCount > 1 || !isLabel(textOf(el), labels)) continue;
    let inner: Element = el;
    let row = el.parentElement;
    while (row && row !== card && textOf(row) === textOf(inner)) {
      inner = row;
      row = row.parentElement;
    }
    if (!row || row === card) continue;
    const last = row.lastElementChild;
    const value = last && !last.contains(el) ? textOf(last) : textOf(row).slice(textOf(inner).length).trim();
    if (value) return value;
  }
  return undefined;
}
