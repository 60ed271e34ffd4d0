import type { ConsoleDefinition } from '../console-definition';
import { copyOnlyContact } from '../../reminders/contact/copy-only';
import { douyinRules } from './rules';

/** Settle has no reader for this console yet: its rules are known, and a reminder goes out as copied text. */
export const douyinConsole: ConsoleDefinition = {
  id: 'douyin',
  words: { name: 'marketplace_douyin' },
  rules: douyinRules,
  contact: copyOnlyContact,
};
