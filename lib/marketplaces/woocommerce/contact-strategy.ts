import type { ContactOption, ContactStrategy } from '../../reminders/contact/types';
import { mailtoLink } from '../../reminders/contact/links';

/** WooCommerce's order action that emails the order with its "Pay for this order" link. */
const WOO_SEND_ORDER_DETAILS = 'send_order_details';

/**
 * WooCommerce, best first:
 * - the order page's own "Add note" box as "Note to customer": WooCommerce emails the seller's
 *   words to the buyer and keeps the note on the order;
 * - the "Send order details to customer" order action (older versions: "Email invoice / order
 *   details to customer"): WooCommerce's fixed invoice email with the payment link;
 * - a mail draft to the billing email; the text copied.
 */
export const woocommerceContact: ContactStrategy = {
  options({ order, subject, text }) {
    const options: ContactOption[] = [
      { channel: 'console-form', action: { kind: 'console-form', text } },
      { channel: 'console-invoice', action: { kind: 'console-action', name: WOO_SEND_ORDER_DETAILS } },
    ];
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
