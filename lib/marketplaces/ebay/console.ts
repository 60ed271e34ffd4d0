import type { ConsoleDefinition } from '../console-definition';
import { ebayContact } from './contact-strategy';
import { adapter } from './index';
import { ebayRules } from './rules';

/**
 * Everything Settle knows of eBay Seller Hub. The content script imports only the reader
 * (./index.ts), never this file: the rules, the contact strategy and the words stay out of it.
 */
export const ebayConsole: ConsoleDefinition = {
  id: 'ebay',
  words: {
    name: 'marketplace_ebay',
    ordersPage: 'ebayOrdersPage',
    channels: { 'console-form': 'ebayChannelMessage', 'console-invoice': 'ebayChannelInvoice' },
    channelNotes: { 'console-invoice': 'ebayInvoiceNote' },
  },
  rules: ebayRules,
  contact: ebayContact,
  reader: adapter,
};
