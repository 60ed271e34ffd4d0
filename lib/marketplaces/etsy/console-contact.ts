import type { ConsoleContact } from '../types';
import { t } from '../../i18n/t';
import { textOf } from './page-text';
import { contactSelectors, selectors } from './selectors';

const CONFIRM_TIMEOUT_MS = 20_000;

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The order overlay's message box: a Collage `clg-text-area` keeps its <textarea> in its open
 * shadow root; an older composer is a plain `textarea[name=message]`.
 */
function messageBox(overlay: Element): HTMLTextAreaElement | null {
  const box = overlay.querySelector(contactSelectors.messageBox);
  if (!box) return null;
  if (box instanceof HTMLTextAreaElement) return box;
  return box.shadowRoot ? box.shadowRoot.querySelector<HTMLTextAreaElement>(contactSelectors.innerTextArea) : null;
}

/**
 * Types as a person would: the value set through the textarea's own setter (so the component's
 * value tracking sees a change), then `input` and `change` that cross the shadow boundary
 * (`composed`), which Collage and Etsy's app listen to. No blur: Etsy's app was seen re-rendering
 * in a loop on a synthetic one (Etsy Auto Tracking v4.3).
 */
function type(box: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  if (setter && setter.set) setter.set.call(box, text);
  else box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * Etsy: "Message buyer" writes to the buyer in Etsy Messages, from the order overlay's own
 * composer. The message showing in the overlay's conversation is the confirmation waited for.
 * Etsy's app renders the conversation in the page, so there is no server page to check it on.
 */
export const etsyConsoleContact: ConsoleContact = {
  sendForm(doc, text, signal) {
    const overlay = doc.querySelector(selectors.overlay);
    const box = overlay && messageBox(overlay);
    const send = overlay && overlay.querySelector<HTMLButtonElement>(contactSelectors.send);
    const thread = overlay && overlay.querySelector(contactSelectors.thread);
    if (!box || !send || !thread) return Promise.reject(new Error(t('sendErrEtsyMessageBox')));
    const sent = () => textOf(thread).includes(words(text));
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        observer.disconnect();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const observer = new MutationObserver(() => sent() && done());
      const timer = setTimeout(() => done(new Error(t('sendErrEtsyMessageTimeout'))), CONFIRM_TIMEOUT_MS);
      if (signal) signal.addEventListener('abort', () => done(new Error(String(signal.reason))));
      observer.observe(thread, { childList: true, subtree: true, characterData: true });
      type(box, text);
      send.click();
    });
  },
  // Etsy's order overlay has no order action Settle runs.
  hasAction: () => false,
  runAction(_doc, name) {
    throw new Error(t('sendErrActionMissing', name));
  },
};
