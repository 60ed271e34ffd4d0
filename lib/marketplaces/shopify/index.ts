import type { MarketplaceAdapter } from '../types';
import { readShopifyOrder } from './extract-detail';
import { readShopifyOrderList, readShopifyOrderListSteps } from './extract-list';
import { orderIdOf } from './order-link';
import { detectShopifyPage, isShopifyOrderPageUrl, MATCHES } from './pages';
import { textOf } from './page-text';
import { selectors } from './selectors';

/**
 * Shopify admin (admin.shopify.com/store/{handle}, and the old {handle}.myshopify.com/admin). The
 * content script matches the whole store admin, a single-page app, and reads nothing unless
 * isOrderPageUrl says the address is an order list or order page; elsewhere it only listens for
 * the admin's route changes (lib/content/spa-watch.ts). The reader alone: the always-on
 * content script imports this file, never console.ts.
 */
export const adapter: MarketplaceAdapter = {
  id: 'shopify',
  name: 'Shopify',
  matches: MATCHES,
  isOrderPageUrl: isShopifyOrderPageUrl,
  detect: (url) => detectShopifyPage(url),
  readOrder: readShopifyOrder,
  readOrderList: readShopifyOrderList,
  readOrderListSteps: readShopifyOrderListSteps,
  panelAnchor: (doc) => doc.querySelector(selectors.panelAnchor) ?? doc.querySelector(selectors.main) ?? doc.body,
  // The row that links to the order whose number is printed in its link ("#1020").
  // Polaris Frame keeps its main column while the admin's router redraws the page inside it.
  spa: { region: (doc) => doc.querySelector(selectors.main) },
  listRow: (doc, orderId) => {
    for (const link of doc.querySelectorAll(selectors.orderLink))
      if (orderIdOf(textOf(link)) === orderId) return link.closest('tr');
    return null;
  },
  // entrypoints/shopify-contact.ts: the order's Send invoice dialog, loaded when a reminder is sent.
  contactScript: '/shopify-contact.js',
};
