import type { ConsoleDefinition } from '../console-definition';
import { copyOnlyContact } from '../../reminders/contact/copy-only';
import { shopifyRules } from './rules';

/** Settle has no reader for this console yet: its rules are known, and a reminder goes out as copied text. */
export const shopifyConsole: ConsoleDefinition = {
  id: 'shopify',
  words: { name: 'marketplace_shopify' },
  rules: shopifyRules,
  contact: copyOnlyContact,
};
