import type { ConsoleDefinition } from '../console-definition';
import { shopifyContact } from './contact-strategy';
import { adapter } from './index';
import { shopifyRules } from './rules';

/**
 * Everything Settle knows of the Shopify admin. The content script imports only the reader
 * (./index.ts), never this file: the rules, the contact strategy and the words would count against
 * its size budget on every admin page.
 */
export const shopifyConsole: ConsoleDefinition = {
  id: 'shopify',
  words: {
    name: 'marketplace_shopify',
    ordersPage: 'shopifyOrdersPage',
    channels: { 'console-form': 'shopifyChannelInvoice' },
  },
  rules: shopifyRules,
  contact: shopifyContact,
  reader: adapter,
};
