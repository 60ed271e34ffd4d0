import type { ConsoleDefinition } from '../console-definition';
import { copyOnlyContact } from '../../reminders/contact/copy-only';
import { taobaoRules } from './rules';

/** Settle has no reader for this console yet: its rules are known, and a reminder goes out as copied text. */
export const taobaoConsole: ConsoleDefinition = {
  id: 'taobao',
  words: { name: 'marketplace_taobao' },
  rules: taobaoRules,
  contact: copyOnlyContact,
};
