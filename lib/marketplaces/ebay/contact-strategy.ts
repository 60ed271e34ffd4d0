import type { ContactOption, ContactStrategy } from '../../reminders/contact/types';
import { ebayRules } from './rules';

/** The order's own "Send invoice" action: eBay's invoice with its payment button. */
export const EBAY_SEND_INVOICE = 'send-invoice';

/**
 * eBay, best first:
 * - the order page's "Message buyer" box: eBay delivers the seller's words to the buyer's eBay
 *   messages (plain text, at most `messageMaxLength` characters: MARKETPLACES.md §1.5);
 * - "Send invoice": eBay's own invoice with the payment button;
 * - the text copied, with the order's page opened to paste it into Message buyer.
 */
export const ebayContact: ContactStrategy = {
  options({ order, text }) {
    const options: ContactOption[] = [
      { channel: 'console-form', action: { kind: 'console-form', text }, maxLength: ebayRules.messageMaxLength },
      { channel: 'console-invoice', action: { kind: 'console-action', name: EBAY_SEND_INVOICE } },
      { channel: 'copied', action: { kind: 'copy', text, thenOpen: order.url } },
    ];
    return options;
  },
};
