/** Elements whose text a reader never shows: code and templates the page carries. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text a seller sees in `el` (empty when absent), spacing collapsed: script, style and
 * template text left out, and elements `skip` matches (a link inside a cell) left out with them.
 */
export function textOf(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue || '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (UNSEEN.has(element.tagName) || (skip && element.matches(skip))) continue;
        parts.push(' ');
        walk(element);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
