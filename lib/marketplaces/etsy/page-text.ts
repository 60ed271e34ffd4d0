/** Elements whose text a person never sees as words on the page. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !UNSEEN.has((child as Element).tagName)) collect(child, out);
  }
}

/**
 * The words of an element as the page shows them: script and style text left out, spacing
 * collapsed. A Collage component that renders its words in its own open shadow root (clg-badge)
 * is read there when its light DOM holds none. Empty for an absent element.
 */
export function textOf(el: Element | null): string {
  if (!el) return '';
  const out: string[] = [];
  collect(el, out);
  if (!out.join('').trim() && el.shadowRoot) collect(el.shadowRoot, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}
