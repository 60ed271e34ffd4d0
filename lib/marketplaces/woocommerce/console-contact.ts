import type { ConsoleContact } from '../types';
import { t } from '../../i18n/t';
import { readCustomerNotes } from './extract-detail';
import { noteMatches } from './note-match';
import { contactSelectors, selectors } from './selectors';

/** The words of every customer note in the "Order notes" box. */
const CUSTOMER_NOTE_TEXT = `${selectors.customerNote} ${selectors.noteContent}`;

const CONFIRM_TIMEOUT_MS = 20_000;

const fetchFresh = (url: string) =>
  fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.text();
  });

/** Sets a form control's value and tells the page's own scripts, as typing would. */
function setValue(el: HTMLTextAreaElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * WooCommerce: a "Note to customer" is emailed to the buyer by WooCommerce and kept on the order.
 * Its own script posts the note (admin-ajax, action woocommerce_add_order_note) and puts the new
 * `li.customer-note` at the top of the notes list: that list item is the confirmation we wait for.
 */
export const wooConsoleContact: ConsoleContact = {
  sendForm(doc, text, signal) {
    const box = doc.querySelector<HTMLTextAreaElement>(contactSelectors.noteText);
    const type = doc.querySelector<HTMLSelectElement>(contactSelectors.noteType);
    const add = doc.querySelector<HTMLButtonElement>(contactSelectors.noteAdd);
    const list = doc.querySelector(selectors.notesList);
    if (!box || !type || !add || !list || ![...type.options].some((o) => o.value === 'customer'))
      return Promise.reject(new Error(t('sendErrNoteBox')));
    const confirmed = () =>
      [...list.querySelectorAll(CUSTOMER_NOTE_TEXT)].some((n) => noteMatches(n.textContent ?? '', text));
    const already = new Set(list.querySelectorAll(CUSTOMER_NOTE_TEXT));
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        observer.disconnect();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const observer = new MutationObserver(() => {
        if ([...list.querySelectorAll(CUSTOMER_NOTE_TEXT)].some((n) => !already.has(n)) && confirmed()) done();
      });
      const timer = setTimeout(() => done(new Error(t('sendErrNoteTimeout'))), CONFIRM_TIMEOUT_MS);
      if (signal) signal.addEventListener('abort', () => done(new Error(String(signal.reason))));
      observer.observe(list, { childList: true, subtree: true });
      setValue(box, text);
      setValue(type, 'customer');
      add.click();
    });
  },
  /**
   * The open page's "note added" can be faked by a script on it: this reads the order page afresh
   * from the server and answers whether its customer notes show `text`. Rejects (with a message the
   * seller reads) when the page cannot be fetched or is not an order page with its notes: not known.
   */
  async confirmOnServer(pageUrl, text, fetchPage = fetchFresh) {
    const html = await fetchPage(pageUrl).catch(() => undefined);
    const notes =
      html === undefined ? undefined : readCustomerNotes(new DOMParser().parseFromString(html, 'text/html'));
    if (!notes) throw new Error(t('sendErrNoteUnverified'));
    return notes.some((note) => noteMatches(note, text));
  },
  hasAction(doc, name) {
    const select = doc.querySelector<HTMLSelectElement>(contactSelectors.actionSelect);
    return !!select && [...select.options].some((o) => o.value === name);
  },
  runAction(doc, name) {
    const select = doc.querySelector<HTMLSelectElement>(contactSelectors.actionSelect);
    if (!select) throw new Error(t('sendErrActionMissing', name));
    setValue(select, name);
    // The order actions box sits in the order's form; its "Update" button applies the action.
    const form = select.form;
    if (!form) throw new Error(t('sendErrActionMissing', name));
    const apply = form.querySelector<HTMLButtonElement>(contactSelectors.actionApply);
    if (apply) apply.click();
    else form.requestSubmit();
  },
};
