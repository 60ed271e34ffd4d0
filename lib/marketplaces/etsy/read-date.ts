import { clip, orderName } from '../bound';
import { parseAbsoluteDate } from './absolute-date';
import type { RowContext } from './read-row';
import { textOf } from './page-text';

/**
 * An order's date: a `<time datetime>` as it is, else its words as a calendar date (`Nov 3, 2026`,
 * `3. Nov. 2026`). A date that cannot be read ("Gestern um 14:05") is left out with a warning
 * naming it, never guessed.
 */
export function readPlacedAt(el: Element | null, orderId: string, ctx: RowContext): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute('datetime');
  if (attr) return attr;
  const words = textOf(el);
  if (!words) return undefined;
  const date = parseAbsoluteDate(words, ctx.lang);
  if (date) return date;
  ctx.warnings.push(`${orderName(orderId)}: its date "${clip(words, 80)}" could not be read; it is kept without one.`);
  return undefined;
}
