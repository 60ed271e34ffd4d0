import type { ContactOption, ContactStrategy } from './types';
import { mailtoLink, smsLink } from './links';

/** Debts added by hand (B2B invoice, chat order): mail draft, copied text, or an sms: QR code for a phone. */
export const manualContact: ContactStrategy = {
  options({ order, subject, text }) {
    const options: ContactOption[] = [];
    if (order.buyer.email) options.push({ channel: 'mail-draft', action: { kind: 'open-url', url: mailtoLink(order.buyer.email, subject, text) }, maxLength: 1200 });
    // Four concatenated SMS of Chinese text hold 268 characters; keep a QR-sized message well under that.
    if (order.buyer.phone) options.push({ channel: 'sms-qr', action: { kind: 'qr', payload: smsLink(order.buyer.phone, text) }, maxLength: 260 });
    options.push({ channel: 'copied', action: { kind: 'copy', text } });
    return options;
  },
};
