import type { ConsoleDefinition } from '../console-definition';
import { woocommerceContact } from './contact-strategy';
import { adapter } from './index';
import { noteMatches } from './note-match';
import { woocommerceRules } from './rules';

/**
 * Everything Settle knows of WooCommerce. The content script imports only the reader (./index.ts),
 * never this file: the rules, their sources, the contact strategy and the words would count against
 * the always-on script's size budget (35 KB minified, 12 KB gzip) on every admin page.
 */
export const woocommerceConsole: ConsoleDefinition = {
  id: 'woocommerce',
  words: {
    name: 'marketplace_woocommerce',
    ordersPage: 'woocommerceOrdersPage',
    channels: { 'console-form': 'woocommerceChannelNote', 'console-invoice': 'woocommerceChannelInvoice' },
    channelNotes: { 'console-invoice': 'woocommerceInvoiceNote' },
  },
  rules: woocommerceRules,
  contact: woocommerceContact,
  reader: adapter,
  noteMatches,
};
