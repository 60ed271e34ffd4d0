import type { ConsoleContact } from '../types';
import { t } from '../../i18n/t';
import { EBAY_SEND_INVOICE } from './contact-strategy';
import { isLabel, SEND_INVOICE_LABELS } from './labels';
import { textOf } from './page-text';
import { contactSelectors } from './selectors';

const CONFIRM_TIMEOUT_MS = 20_000;

/** The order's "Send invoice" link or button, by its words. */
function sendInvoiceControl(doc: Document): HTMLElement | undefined {
  return [...doc.querySelectorAll<HTMLElement>(contactSelectors.actionControl)].find((el) =>
    isLabel(textOf(el), SEND_INVOICE_LABELS),
  );
}

/**
 * eBay Seller Hub: "Message buyer" opens eBay's message box (a dialog with a form); Settle types
 * the reminder, sends it with the box's own button and waits for eBay's confirmation notice.
 * "Send invoice" is the order's own action: eBay's invoice form opens and eBay sends its invoice.
 */
export const ebayConsoleContact: ConsoleContact = {
  sendForm(doc, text, signal) {
    const box = doc.querySelector<HTMLTextAreaElement>(contactSelectors.messageBox);
    const dialog = box && box.closest('[role="dialog"]');
    const form = box && box.form;
    const submit = form && form.querySelector<HTMLButtonElement>(contactSelectors.submit);
    if (!box || !dialog || !form || !submit) return Promise.reject(new Error(t('ebaySendErrNoBox')));
    const opener = dialog.id && doc.querySelector<HTMLElement>(`[aria-controls="${dialog.id}"]`);
    if (dialog.hasAttribute('hidden') && opener) opener.click();
    const already = new Set(doc.querySelectorAll(contactSelectors.sentNotice));
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        observer.disconnect();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const observer = new MutationObserver(() => {
        if ([...doc.querySelectorAll(contactSelectors.sentNotice)].some((n) => !already.has(n))) done();
      });
      const timer = setTimeout(() => done(new Error(t('ebaySendErrTimeout'))), CONFIRM_TIMEOUT_MS);
      if (signal) signal.addEventListener('abort', () => done(new Error(String(signal.reason))));
      observer.observe(doc.body, { childList: true, subtree: true });
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.dispatchEvent(new Event('change', { bubbles: true }));
      submit.click();
    });
  },
  hasAction: (doc, name) => name === EBAY_SEND_INVOICE && !!sendInvoiceControl(doc),
  runAction(doc, name) {
    const control = name === EBAY_SEND_INVOICE ? sendInvoiceControl(doc) : undefined;
    if (!control) throw new Error(t('sendErrActionMissing', name));
    control.click();
  },
};
