import type { ConsoleDefinition } from '../console-definition';
import { copyOnlyContact } from '../../reminders/contact/copy-only';
import { ebayRules } from './rules';

/** Settle has no reader for this console yet: its rules are known, and a reminder goes out as copied text. */
export const ebayConsole: ConsoleDefinition = {
  id: 'ebay',
  words: { name: 'marketplace_ebay' },
  rules: ebayRules,
  contact: copyOnlyContact,
};
