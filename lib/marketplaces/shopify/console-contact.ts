import type { ConsoleContact } from '../types';
import { t } from '../../i18n/t';
import { INVOICE_WORDS } from './invoice-words';
import { isLabel } from './labels';
import { textOf } from './page-text';
import { contactSelectors } from './selectors';

const STEP_TIMEOUT_MS = 20_000;

/** The first button among `root`'s whose words are one of `words`. */
const buttonNamed = (root: ParentNode, words: readonly string[]) =>
  [...root.querySelectorAll<HTMLButtonElement>(contactSelectors.button)].find(
    (b) => isLabel(textOf(b), words) && !b.disabled && b.getAttribute('aria-disabled') !== 'true',
  );

/**
 * Waits until `find` answers something, watching the whole page (Polaris mounts dialogs and
 * toasts in a portal at the end of the body); rejects with `error` after STEP_TIMEOUT_MS.
 */
function waitFor<T>(doc: Document, find: () => T | undefined, error: () => Error, signal?: AbortSignal): Promise<T> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise<T>((resolve, reject) => {
    const done = (value?: T, failure?: Error) => {
      observer.disconnect();
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve(value as T);
    };
    const observer = new MutationObserver(() => {
      const value = find();
      if (value) done(value);
    });
    const timer = setTimeout(() => done(undefined, error()), STEP_TIMEOUT_MS);
    if (signal) signal.addEventListener('abort', () => done(undefined, new Error(String(signal.reason))));
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  });
}

/** The dialog's message box: the one labelled as the custom message, else its only text box. */
function messageBox(dialog: Element): HTMLTextAreaElement | undefined {
  const boxes = [...dialog.querySelectorAll<HTMLTextAreaElement>(contactSelectors.messageBox)];
  const labelled = boxes.find((box) =>
    [...dialog.querySelectorAll(contactSelectors.label)].some(
      (l) => l.getAttribute('for') === box.id && isLabel(textOf(l), INVOICE_WORDS.message),
    ),
  );
  return labelled ?? (boxes.length === 1 ? boxes[0] : undefined);
}

/**
 * Types as a person would into a field the page's framework controls: React keeps its own copy of
 * a field's value, so the value is set through the element's own setter and an input event follows.
 */
function typeInto(box: HTMLTextAreaElement, text: string) {
  const view = box.ownerDocument.defaultView;
  const setter = view && Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value');
  if (setter && setter.set) setter.set.call(box, text);
  else box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Shopify: the order's own Send invoice dialog. Its custom message goes to the buyer in Shopify's
 * invoice email, with the checkout link to pay. Opens the dialog, types the message, goes through
 * "Review invoice" when the dialog has that step, sends, and waits for Shopify's "Invoice sent".
 * The admin is a single-page app whose order page, fetched afresh, is an empty shell: there is no
 * server copy to check the message against (known-issues.md), so confirmOnServer is absent.
 */
export const shopifyConsoleContact: ConsoleContact = {
  async sendForm(doc, text, signal) {
    const open = buttonNamed(doc, INVOICE_WORDS.open);
    if (!open) throw new Error(t('sendErrInvoiceButton'));
    open.click();
    const noDialog = () => new Error(t('sendErrInvoiceDialog'));
    const dialog = await waitFor(doc, () => doc.querySelector(contactSelectors.dialog) ?? undefined, noDialog, signal);
    const box = await waitFor(doc, () => messageBox(dialog), noDialog, signal);
    typeInto(box, text);
    const review = buttonNamed(dialog, INVOICE_WORDS.review);
    if (review) review.click();
    const timeout = () => new Error(t('sendErrInvoiceTimeout'));
    const send = await waitFor(
      doc,
      () => buttonNamed(doc.querySelector(contactSelectors.dialog) ?? doc.createElement('div'), INVOICE_WORDS.send),
      timeout,
      signal,
    );
    send.click();
    await waitFor(
      doc,
      () => [...doc.querySelectorAll(contactSelectors.toast)].find((el) => isLabel(textOf(el), INVOICE_WORDS.sent)),
      timeout,
      signal,
    );
  },
  // Shopify's order actions are not run by Settle: only the dialog above.
  hasAction: () => false,
  runAction(_doc, name) {
    throw new Error(t('sendErrActionMissing', name));
  },
};
