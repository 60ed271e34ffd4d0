import { collapseSpacing } from '../parse/spacing';

/** Elements whose text a reader never shows: code and templates the page carries. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of `node`'s children, each element's set apart by spaces, leaving out what textOf leaves out. */
function seenText(node: Node, skip: string | undefined): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue || '';
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (UNSEEN.has(element.tagName) || (skip && element.matches(skip))) continue;
      text += ` ${seenText(element, skip)} `;
    }
  }
  return text;
}

/**
 * The text a seller sees in `el` (empty when absent), spacing collapsed: script, style and
 * template text left out, and elements `skip` matches (a link inside a cell) left out with them.
 */
export function textOf(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  // Text alone (a cell, a label): its text nodes are all there is to read.
  const text = el.firstElementChild ? seenText(el, skip) : el.textContent || '';
  return collapseSpacing(text);
}
