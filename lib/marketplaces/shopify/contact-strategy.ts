import type { ContactOption, ContactStrategy } from '../../reminders/contact/types';
import { mailtoLink } from '../../reminders/contact/links';

/**
 * Shopify, best first:
 * - the order's own Send invoice dialog, its custom message carrying the seller's words: Shopify
 *   emails them with the invoice and its checkout link (console-form, typed by
 *   entrypoints/shopify-contact.ts);
 * - a mail draft to the customer's email;
 * - the text copied.
 */
export const shopifyContact: ContactStrategy = {
  options({ order, subject, text }) {
    const options: ContactOption[] = [{ channel: 'console-form', action: { kind: 'console-form', text } }];
    if (order.buyer.email) {
      // Long mailto: links break some Windows mail clients; 1,200 characters of text stays well inside them.
      options.push({
        channel: 'mail-draft',
        action: { kind: 'open-url', url: mailtoLink(order.buyer.email, subject, text) },
        maxLength: 1200,
      });
    }
    options.push({ channel: 'copied', action: { kind: 'copy', text } });
    return options;
  },
};
