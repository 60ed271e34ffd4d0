import type { MarketplaceAdapter } from '../types';
import { readWooOrder } from './extract-detail';
import { readWooOrderList, readWooOrderListSteps } from './extract-list';
import { detectWooPage, EXCLUDE_MATCHES, isWooOrderPageUrl, MATCHES } from './pages';
import { selectors } from './selectors';
import { readShopLanguage } from './shop-language';

/**
 * WooCommerce admin. Self-hosted shops live on any host, in any folder: the content script matches
 * only URLs whose path ends in one of the three admin scripts that show orders (README,
 * "Permissions", says why it is not narrower), and does nothing unless isOrderPageUrl says yes.
 * The reader alone: the always-on content script imports this file, never console.ts (whose rules,
 * contact strategy and words would count against its size budget).
 */
export const adapter: MarketplaceAdapter = {
  id: 'woocommerce',
  name: 'WooCommerce',
  matches: MATCHES,
  excludeMatches: EXCLUDE_MATCHES,
  isOrderPageUrl: isWooOrderPageUrl,
  detect: (url, doc) => detectWooPage(url, doc, (d) => !!d.querySelector(selectors.orderEditMarkers)),
  readOrder: readWooOrder,
  readOrderList: readWooOrderList,
  readOrderListSteps: readWooOrderListSteps,
  readShopLanguage,
  panelAnchor: (doc) => doc.querySelector(selectors.panelAnchor) ?? doc.querySelector(selectors.mainColumn) ?? doc.body,
  // HPOS rows are tr#order-<id>; the legacy posts list uses tr#post-<id>.
  listRow: (doc, orderId) => doc.getElementById(`order-${orderId}`) ?? doc.getElementById(`post-${orderId}`),
  // entrypoints/woocommerce-contact.ts: the order note and order actions, loaded when a reminder is sent.
  contactScript: '/woocommerce-contact.js',
};
