import type { ContactStrategy } from '../../reminders/contact/types';

/**
 * Etsy, best first: "Message buyer" from the order overlay (Etsy Messages, the one channel Etsy
 * allows for buyers: no email off Etsy without consent), else the text copied to paste there.
 */
export const etsyContact: ContactStrategy = {
  options: ({ text }) => [
    { channel: 'console-form', action: { kind: 'console-form', text } },
    { channel: 'copied', action: { kind: 'copy', text } },
  ],
};
