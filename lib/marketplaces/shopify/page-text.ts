import { collapseSpacing } from '../parse/spacing';
import { selectors } from './selectors';

/** The words of an element that may be absent (an empty text then), spacing collapsed as the page shows it. */
export const textOf = (el: Element | null) => (el ? collapseSpacing(el.textContent ?? '') : '');

/**
 * A badge's own words. Polaris puts screen-reader text ("Attention Incomplete") inside the badge
 * beside its label: those words are left out.
 */
export function badgeText(badge: Element): string {
  let text = '';
  const walker = badge.ownerDocument.createTreeWalker(badge, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest(selectors.hiddenText)) continue;
    text += ` ${node.nodeValue ?? ''}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}
