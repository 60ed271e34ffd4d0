import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shopifyConsoleContact } from '@/lib/marketplaces/shopify/console-contact';
import { shopifyContact } from '@/lib/marketplaces/shopify/contact-strategy';
import { createSnapshot } from '../../factories';
import { useLocale } from '../../support/i18n';

const page = (name: string) => readFileSync(`tests/fixtures/shopify/${name}.html`, 'utf8');
const bodyOf = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
const ORDER = bodyOf(page('order-pending-en'));
const WITH_DIALOG = new DOMParser().parseFromString(page('order-send-invoice-dialog-en'), 'text/html');
const DIALOG = WITH_DIALOG.querySelector('#PolarisPortalsContainer')!.outerHTML;
const TOAST = new DOMParser()
  .parseFromString(page('order-invoice-sent-toast-en'), 'text/html')
  .querySelector('.Polaris-Frame-ToastManager')!.outerHTML;
const REMINDER = 'Hello Jane,\n\nyour order #1024 of $44.60 is still unpaid.\n\nThanks!';

const buttonNamed = (words: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === words);

/**
 * The admin as the saved pages show it: "Send invoice" opens the dialog; "Review invoice" turns its
 * footer into "Send invoice"; that sends (recording the message) and shows the "Invoice sent" toast.
 */
let listening = new AbortController();
function playShopify(sent: string[]) {
  document.body.innerHTML = ORDER;
  const { signal } = listening;
  document.body.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest('button');
      const words = button && button.textContent;
      const dialog = document.querySelector('[role="dialog"]');
      if (!dialog && words === 'Send invoice')
        setTimeout(() => document.body.insertAdjacentHTML('beforeend', DIALOG), 5);
      else if (dialog && words === 'Review invoice') button!.querySelector('span')!.textContent = 'Send invoice';
      else if (dialog && words === 'Send invoice') {
        sent.push(dialog.querySelector('textarea')!.value);
        document.querySelector('#PolarisPortalsContainer')!.remove();
        setTimeout(() => document.body.insertAdjacentHTML('beforeend', TOAST), 5);
      }
    },
    { signal },
  );
}

beforeEach(() => useLocale('en'));
afterEach(() => {
  listening.abort();
  listening = new AbortController();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe("Shopify's Send invoice dialog", () => {
  it('types the reminder into its custom message, reviews, sends and waits for "Invoice sent"', async () => {
    const sent: string[] = [];
    playShopify(sent);
    await shopifyConsoleContact.sendForm(document, REMINDER);
    expect(sent).toEqual([REMINDER]);
    expect(document.querySelector('.Polaris-Frame-Toast')!.textContent).toBe('Invoice sent');
  });

  it('says so when the order has no Send invoice button (a paid order)', async () => {
    document.body.innerHTML = bodyOf(page('order-paid-legacy-en'));
    await expect(shopifyConsoleContact.sendForm(document, REMINDER)).rejects.toThrow(
      'This order page has no Send invoice button',
    );
  });

  it('gives up when the dialog never opens, and never claims the invoice went', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = ORDER;
    const sending = shopifyConsoleContact.sendForm(document, REMINDER);
    const failed = expect(sending).rejects.toThrow("Shopify's Send invoice dialog did not open");
    await vi.advanceTimersByTimeAsync(20_000);
    await failed;
  });

  it('gives up when Shopify shows no "Invoice sent"', async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    playShopify(sent);
    // This admin never shows its toast: it is taken away as soon as it comes.
    const observer = new MutationObserver(() => document.querySelector('.Polaris-Frame-ToastManager')?.remove());
    observer.observe(document.body, { childList: true });
    const sending = shopifyConsoleContact.sendForm(document, REMINDER);
    const failed = expect(sending).rejects.toThrow('Shopify did not confirm the invoice within 20 seconds');
    await vi.advanceTimersByTimeAsync(25_000);
    await failed;
    observer.disconnect();
    expect(sent).toEqual([REMINDER]);
  });

  it('runs no order action', () => {
    document.body.innerHTML = ORDER;
    expect(shopifyConsoleContact.hasAction(document, 'send_invoice')).toBe(false);
    expect(buttonNamed('Mark as paid')).toBeDefined();
  });
});

describe('how a Shopify reminder reaches the buyer', () => {
  const order = createSnapshot({ marketplace: 'shopify', buyer: { name: 'Jane Doe', email: 'jane.doe@example.com' } });

  it('goes through the Send invoice dialog first, then a mail draft, then copied text', () => {
    const options = shopifyContact.options({ order: { ...order } as never, subject: 'Order #1024', text: REMINDER });
    expect(options.map((o) => o.channel)).toEqual(['console-form', 'mail-draft', 'copied']);
    expect(options[0]!.action).toEqual({ kind: 'console-form', text: REMINDER });
  });

  it('offers no mail draft without an email', () => {
    const options = shopifyContact.options({
      order: { ...order, buyer: { name: 'Jane Doe' } } as never,
      subject: 'Order #1024',
      text: REMINDER,
    });
    expect(options.map((o) => o.channel)).toEqual(['console-form', 'copied']);
  });
});
