import { describe, expect, it } from 'vitest';
import { contactStrategyFor } from '@/lib/reminders/contact';
import { mailtoLink, smsLink, smsPhone } from '@/lib/reminders/contact/links';
import { initialChase } from '@/lib/tracker/lifecycle';
import type { OrderRecord } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

function record(overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    ...createSnapshot(),
    open: 1,
    buyerKey: 'jane doe',
    firstSeenAt: '2026-11-19T14:05:22Z',
    lastActivityAt: '2026-11-19T14:05:22Z',
    chase: initialChase(),
    ...overrides,
  };
}

describe('contact strategies', () => {
  it('WooCommerce: the order note to the customer first, then the invoice order action, a mail draft, then copied text', () => {
    const options = contactStrategyFor('woocommerce').options({
      order: record({ buyer: { name: 'Jane Doe', email: 'jane@example.com' } }),
      subject: 'Order #1042',
      text: 'Please pay',
    });
    expect(options.map((o) => o.channel)).toEqual(['console-form', 'console-invoice', 'mail-draft', 'copied']);
    expect(options[2]?.action).toEqual({
      kind: 'open-url',
      url: 'mailto:jane@example.com?subject=Order%20%231042&body=Please%20pay',
    });
  });

  it('WooCommerce without an email: no mail draft', () => {
    const options = contactStrategyFor('woocommerce').options({ order: record(), subject: 's', text: 't' });
    expect(options.map((o) => o.channel)).not.toContain('mail-draft');
  });

  it('orders added by hand: mail draft, SMS QR code and copied text, as the contact allows', () => {
    const order = record({
      marketplace: 'generic',
      buyer: { name: 'Acme Ltd', email: 'ap@acme.test', phone: '+44 7700 900123' },
    });
    const options = contactStrategyFor('generic').options({ order, subject: 'Invoice 7', text: '请付款 £120' });
    expect(options.map((o) => o.channel)).toEqual(['mail-draft', 'sms-qr', 'copied']);
    expect(options[1]?.action).toEqual({
      kind: 'qr',
      payload: 'sms:+447700900123?body=%E8%AF%B7%E4%BB%98%E6%AC%BE%20%C2%A3120',
    });
  });

  it('offers a text message only to a valid international number (E.164, spaces allowed)', () => {
    const channels = (phone: string) =>
      contactStrategyFor('generic')
        .options({
          order: record({ marketplace: 'generic', buyer: { name: 'Acme Ltd', phone } }),
          subject: 's',
          text: 't',
        })
        .map((o) => o.channel);
    for (const phone of ['+447700900123', '+44 7700 900123', ' +1 415 555 2671 ', '+8613800138000', '+1234567'])
      expect(channels(phone), phone).toEqual(['sms-qr', 'copied']);
    // Older data ("call me maybe"), a national number, punctuation, a leading 0, too short, too long: no text message.
    for (const phone of [
      'call me maybe',
      '07700 900123',
      '+44 (7700) 900-123',
      '+44-7700-900123',
      '+0447700900123',
      '+123456',
      '+1234567890123456',
      '   ',
    ])
      expect(channels(phone), phone).toEqual(['copied']);
    expect(smsPhone('+44 7700 900123')).toBe('+447700900123');
    expect(smsPhone('call me maybe')).toBeUndefined();
    expect(smsPhone(undefined)).toBeUndefined();
  });

  it('consoles still without a reader fall back to copied text', () => {
    expect(
      contactStrategyFor('taobao').options({ order: record({ marketplace: 'taobao' }), subject: 's', text: 't' }),
    ).toEqual([{ channel: 'copied', action: { kind: 'copy', text: 't' } }]);
  });

  it('links encode hostile text and keep CRLF line ends', () => {
    expect(mailtoLink('a&b@x.test', 'a?b', 'line1\nline2 & <x>')).toBe(
      'mailto:a%26b@x.test?subject=a%3Fb&body=line1%0D%0Aline2%20%26%20%3Cx%3E',
    );
    expect(smsLink('(555) 010-9999', 'hi')).toBe('sms:5550109999?body=hi');
  });
});
