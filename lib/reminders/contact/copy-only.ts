import type { ContactStrategy } from './types';

/** A console Settle cannot send through yet: the seller copies the reminder and pastes it into the console. */
export const copyOnlyContact: ContactStrategy = {
  options: ({ text }) => [{ channel: 'copied', action: { kind: 'copy', text } }],
};
