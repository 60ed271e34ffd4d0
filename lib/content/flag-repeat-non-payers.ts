import type { MarketplaceAdapter } from '../marketplaces/types';
import type { PageReadResult } from '../messaging/types';
import { t } from '../i18n/t';
import type { Steps } from '../marketplaces/steps';
import { markSettleNode } from './settle-node';

const FLAG_CLASS = 'settle-repeat-non-payer';

/**
 * Marks, in the console's own order list, each unpaid order whose buyer left an order unpaid
 * before: the seller sees it the moment the new order arrives. The mark lives in a shadow root.
 * One step per flagged order (lib/marketplaces/steps.ts); returns how many rows it marked.
 */
export function* flagRepeatNonPayers(
  adapter: MarketplaceAdapter,
  doc: Document,
  flagged: PageReadResult['repeatNonPayers'],
): Steps<number> {
  let marked = 0;
  for (const { orderId, others } of flagged) {
    const row = adapter.listRow(doc, orderId);
    const cell = row?.querySelector('td, th');
    if (!cell || cell.querySelector(`.${FLAG_CLASS}`)) continue;
    const host = doc.createElement('span');
    host.className = FLAG_CLASS;
    markSettleNode(host, 'flag');
    const badge = doc.createElement('span');
    badge.textContent = `⚠ ${t('listRepeatNonPayer')}`;
    badge.title = t('panelRepeatNonPayer', others.map((id) => `#${id}`).join(', '));
    badge.style.cssText =
      'display:inline-block;margin:2px 0 0 6px;padding:0 6px;border-radius:3px;background:#fcf0f1;color:#8a2424;border:1px solid #d63638;font:12px/1.6 sans-serif';
    // Closed: the console page's scripts can neither read the flag nor restyle it.
    host.attachShadow({ mode: 'closed' }).append(badge);
    cell.append(host);
    marked++;
    yield;
  }
  return marked;
}
