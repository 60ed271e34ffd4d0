import type { ConsoleDefinition } from '../console-definition';
import { etsyContact } from './contact-strategy';
import { adapter } from './index';
import { etsyRules } from './rules';

/**
 * Everything Settle knows of Etsy. The content script imports only the reader (./index.ts), never
 * this file: the rules, their sources, the contact strategy and the words stay out of its budget.
 */
export const etsyConsole: ConsoleDefinition = {
  id: 'etsy',
  words: {
    name: 'marketplace_etsy',
    ordersPage: 'etsyOrdersPage',
    channels: { 'console-form': 'etsyChannelMessage' },
  },
  rules: etsyRules,
  contact: etsyContact,
  reader: adapter,
};
