import type { ConsoleDefinition } from '../console-definition';
import { copyOnlyContact } from '../../reminders/contact/copy-only';
import { pinduoduoRules } from './rules';

/** Settle has no reader for this console yet: its rules are known, and a reminder goes out as copied text. */
export const pinduoduoConsole: ConsoleDefinition = {
  id: 'pinduoduo',
  words: { name: 'marketplace_pinduoduo' },
  rules: pinduoduoRules,
  contact: copyOnlyContact,
};
