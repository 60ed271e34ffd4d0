import type { ConsoleDefinition } from '../console-definition';
import { manualContact } from './contact-strategy';
import { genericRules } from './rules';

/** Debts the seller adds by hand (a B2B invoice, an order taken in a chat): no console page to read. */
export const genericConsole: ConsoleDefinition = {
  id: 'generic',
  words: { name: 'marketplace_generic' },
  rules: genericRules,
  contact: manualContact,
};
