import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ebayConsoleContact } from '@/lib/marketplaces/ebay/console-contact';
import { EBAY_SEND_INVOICE, ebayContact } from '@/lib/marketplaces/ebay/contact-strategy';
import { EBAY_SHOP } from '@/lib/marketplaces/ebay/shop';
import type { OrderRecord } from '@/lib/model/order-record';
import { initialChase } from '@/lib/tracker/lifecycle';
import { createSnapshot } from '../../factories';
import { useLocale } from '../../support/i18n';

beforeEach(() => useLocale('en'));

const open = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/ebay/${name}.html`, 'utf8'), 'text/html');

describe('reaching an eBay buyer', () => {
  it('offers the Message buyer box (2,000 characters), then Send invoice, then the text copied with the order opened', () => {
    const order: OrderRecord = {
      ...createSnapshot({
        marketplace: 'ebay',
        shop: EBAY_SHOP,
        url: 'https://www.ebay.de/sh/ord/details?orderid=22-10001-30001',
      }),
      open: 1,
      buyerKey: 'juergen',
      firstSeenAt: '2026-12-02T14:05:00Z',
      lastActivityAt: '2026-12-02T14:05:00Z',
      chase: initialChase(),
    };
    expect(ebayContact.options({ order, subject: '', text: 'Hallo' })).toEqual([
      { channel: 'console-form', action: { kind: 'console-form', text: 'Hallo' }, maxLength: 2000 },
      { channel: 'console-invoice', action: { kind: 'console-action', name: EBAY_SEND_INVOICE } },
      { channel: 'copied', action: { kind: 'copy', text: 'Hallo', thenOpen: order.url } },
    ]);
  });

  it('types the reminder into the Message buyer box, sends it and waits for eBay’s confirmation', async () => {
    const doc = open('sh-ord-details-unpaid-en');
    const dialog = doc.getElementById('message-buyer-dialog')!;
    doc
      .querySelector('[aria-controls="message-buyer-dialog"]')!
      .addEventListener('click', () => dialog.removeAttribute('hidden'));
    let sent = '';
    // eBay's own script: posts the message and shows its confirmation notice.
    doc.querySelector('form.message-buyer-form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      sent = doc.querySelector('textarea')!.value;
      dialog.insertAdjacentHTML(
        'afterbegin',
        '<div class="inline-notice inline-notice--confirmation" role="status">Sent</div>',
      );
    });
    await ebayConsoleContact.sendForm(doc, 'Please pay for order 12-34567-89012.');
    expect(sent).toBe('Please pay for order 12-34567-89012.');
    expect(dialog.hasAttribute('hidden')).toBe(false);
  });

  it('says so when the page has no message box', async () => {
    await expect(ebayConsoleContact.sendForm(open('sh-ord-details-paid-en'), 'x')).rejects.toThrow(
      /Message buyer.*not found/,
    );
  });

  it('finds Send invoice by its words in English and German, and only where the page has it', () => {
    for (const name of ['sh-ord-details-unpaid-en', 'sh-ord-details-unpaid-de']) {
      const doc = open(name);
      expect(ebayConsoleContact.hasAction(doc, EBAY_SEND_INVOICE), name).toBe(true);
      let clicked = false;
      doc.querySelector('a[href*="sendinvoice"]')!.addEventListener('click', (e) => {
        e.preventDefault();
        clicked = true;
      });
      ebayConsoleContact.runAction(doc, EBAY_SEND_INVOICE);
      expect(clicked).toBe(true);
    }
    expect(ebayConsoleContact.hasAction(open('sh-ord-details-paid-en'), EBAY_SEND_INVOICE)).toBe(false);
    expect(ebayConsoleContact.hasAction(open('sh-ord-details-unpaid-en'), 'cancel-order')).toBe(false);
    expect(() => ebayConsoleContact.runAction(open('sh-ord-details-paid-en'), EBAY_SEND_INVOICE)).toThrow();
  });
});
