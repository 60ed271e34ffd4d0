import type { MarketplaceId } from '../model/order';
import { markSettleNode } from './settle-node';

const HOST_ID = 'settle-chase-panel';
const MIN_HEIGHT = 80;
/** The tallest the frame grows: a panel taller than this scrolls within it. */
export const PANEL_MAX_HEIGHT = 2000;

export interface PanelFrame {
  host: HTMLElement;
  setHeight(height: number): void;
}

/**
 * Puts Settle's order panel on the console page as a frame of Settle's own page (panel.html),
 * inside a closed shadow root. The page's scripts can neither read what the panel shows (another
 * origin), nor restyle it, nor click it; the panel itself refuses a click it was not visibly under.
 */
export function mountPanelFrame(
  anchor: Element,
  doc: Document,
  panelUrl: string,
  order: { marketplace: MarketplaceId; orderId: string },
): PanelFrame {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  markSettleNode(host, 'panel');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent =
    ':host{all:initial;display:block;margin:12px 0 16px}iframe{display:block;border:0;width:100%;max-width:900px;color-scheme:normal}';
  const frame = doc.createElement('iframe');
  frame.title = 'Settle';
  // The panel copies a reminder for the seller: a framed page may write the clipboard only when allowed.
  frame.allow = 'clipboard-write';
  frame.style.height = '140px';
  frame.src = `${panelUrl}#${order.marketplace}/${encodeURIComponent(order.orderId)}`;
  root.append(style, frame);
  anchor.prepend(host);
  return {
    host,
    setHeight(height) {
      frame.style.height = `${Math.min(PANEL_MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`;
    },
  };
}
