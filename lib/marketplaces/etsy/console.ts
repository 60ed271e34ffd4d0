import type { ConsoleDefinition } from '../console-definition';
import { copyOnlyContact } from '../../reminders/contact/copy-only';
import { etsyRules } from './rules';

/** Settle has no reader for this console yet: its rules are known, and a reminder goes out as copied text. */
export const etsyConsole: ConsoleDefinition = {
  id: 'etsy',
  words: { name: 'marketplace_etsy' },
  rules: etsyRules,
  contact: copyOnlyContact,
};
