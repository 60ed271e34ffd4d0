import type { MarketplaceAdapter } from '../types';
import { readEbayOrder } from './extract-detail';
import { readEbayOrderList, readEbayOrderListSteps } from './extract-list';
import { detectEbayPage, isEbayOrderPageUrl, MATCHES } from './pages';
import { selectors } from './selectors';

/**
 * eBay Seller Hub on eBay's country sites (lib/marketplaces/ebay/hosts.ts). The content script runs
 * in every frame (the order details may sit in a child frame: MARKETPLACES.md §1.1), and does
 * nothing unless isOrderPageUrl says yes. The reader alone: the always-on content script imports
 * this file, never console.ts.
 */
export const adapter: MarketplaceAdapter = {
  id: 'ebay',
  name: 'eBay',
  matches: MATCHES,
  allFrames: true,
  isOrderPageUrl: isEbayOrderPageUrl,
  detect: (url, doc) =>
    detectEbayPage(url, !!doc.querySelector(selectors.detailFrame) && !doc.querySelector(selectors.infoLabel)),
  readOrder: readEbayOrder,
  readOrderList: readEbayOrderList,
  readOrderListSteps: readEbayOrderListSteps,
  // Seller Hub redraws its orders table and filters inside the page's main landmark without a page load.
  spa: { region: (doc) => doc.querySelector(selectors.ordersRegion) },
  panelAnchor: (doc) => doc.querySelector(selectors.panelAnchor) ?? doc.body,
  listRow: (doc, orderId) =>
    [...doc.querySelectorAll(selectors.listRow)].find((row) => row.classList.contains(`orderid_${orderId}`)) ?? null,
  // entrypoints/ebay-contact.ts: the Message buyer box and Send invoice, loaded when a reminder is sent.
  contactScript: '/ebay-contact.js',
};
