import type { ContactOption, ContactStrategy } from '../../reminders/contact/types';
import { mailtoLink, smsLink, smsPhone } from '../../reminders/contact/links';

/** The longest text message offered: four concatenated SMS of Chinese text hold 268 characters; stay under that. */
const SMS_MAX_LENGTH = 260;

/**
 * Debts added by hand (B2B invoice, chat order): mail draft, copied text, or an sms: QR code for a
 * phone — only for a valid international (E.164) number.
 */
export const manualContact: ContactStrategy = {
  options({ order, subject, text }) {
    const options: ContactOption[] = [];
    if (order.buyer.email)
      options.push({
        channel: 'mail-draft',
        action: { kind: 'open-url', url: mailtoLink(order.buyer.email, subject, text) },
        maxLength: 1200,
      });
    const phone = smsPhone(order.buyer.phone);
    if (phone)
      options.push({
        channel: 'sms-qr',
        action: { kind: 'qr', payload: smsLink(phone, text) },
        maxLength: SMS_MAX_LENGTH,
      });
    options.push({ channel: 'copied', action: { kind: 'copy', text } });
    return options;
  },
};
