import type { MarketplaceAdapter } from '../types';
import { readEtsyOrder } from './extract-detail';
import { readEtsyOrderList, readEtsyOrderListSteps } from './extract-list';
import { detectEtsyPage, isEtsyOrderPageUrl, MATCHES } from './pages';
import { listRowOf } from './read-row';
import { selectors } from './selectors';

/**
 * Etsy Shop Manager's orders page (www.etsy.com/your/orders/sold), a single-page app: the order
 * overlay opens over the list by route (`?order_id=`), without a page load. The reader alone: the
 * content script imports this file, never console.ts.
 */
export const adapter: MarketplaceAdapter = {
  id: 'etsy',
  name: 'Etsy',
  matches: MATCHES,
  isOrderPageUrl: isEtsyOrderPageUrl,
  detect: (url) => detectEtsyPage(url),
  readOrder: readEtsyOrder,
  readOrderList: readEtsyOrderList,
  readOrderListSteps: readEtsyOrderListSteps,
  // The overlay's tab panel (the order's details); the page's main column when no overlay is open.
  panelAnchor: (doc) =>
    doc.querySelector(`${selectors.overlay} ${selectors.tabPanel}`) ?? doc.querySelector(selectors.mainColumn),
  // The app redraws the list and opens and closes the overlay inside the main column, by route.
  spa: { region: (doc) => doc.querySelector(selectors.mainColumn) },
  listRow: listRowOf,
  // entrypoints/etsy-contact.ts: the overlay's message form, loaded when a reminder is sent.
  contactScript: '/etsy-contact.js',
};
