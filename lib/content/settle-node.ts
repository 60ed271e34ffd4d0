/**
 * The attribute on every node Settle puts into a console page (the panel's host, the list flags),
 * so the page watcher (lib/content/spa-watch.ts) can tell Settle's own changes from the console's
 * and never re-reads because of what it drew itself.
 */
const SETTLE_NODE = 'data-settle';

export function markSettleNode(element: Element, role: 'panel' | 'flag') {
  element.setAttribute(SETTLE_NODE, role);
}

function isInsideSettleNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element && !!element.closest(`[${SETTLE_NODE}]`);
}

/** True when the change is inside a Settle node, or adds or removes only Settle nodes. */
export function isSettleMutation(record: MutationRecord): boolean {
  if (isInsideSettleNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  // A removed node is detached: it is Settle's when it carries the mark itself.
  return nodes.length > 0 && nodes.every((node) => node.nodeType === 1 && (node as Element).hasAttribute(SETTLE_NODE));
}
