import type { ConsoleContact } from '../types';
import { t } from '../../i18n/t';
import { readCustomerNotes } from './extract-detail';
import { noteMatches } from './note-match';

/** The order page's "Order notes" box and "Order actions" box, as WooCommerce renders them. */
const NOTE = {
  text: 'textarea#add_order_note',
  type: 'select#order_note_type',
  add: 'button.add_note',
  list: 'ul.order_notes',
  customerNote: 'li.customer-note .note_content',
} as const;
const ACTION = { select: 'select[name="wc_order_action"]', apply: 'button.wc-reload, button.save_order' } as const;

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
    const box = doc.querySelector<HTMLTextAreaElement>(NOTE.text);
    const type = doc.querySelector<HTMLSelectElement>(NOTE.type);
    const add = doc.querySelector<HTMLButtonElement>(NOTE.add);
    const list = doc.querySelector(NOTE.list);
    if (!box || !type || !add || !list || ![...type.options].some((o) => o.value === 'customer')) return Promise.reject(new Error(t('sendErrNoteBox')));
    const confirmed = () => [...list.querySelectorAll(NOTE.customerNote)].some((n) => noteMatches(n.textContent ?? '', text));
    const already = new Set(list.querySelectorAll(NOTE.customerNote));
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        observer.disconnect();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const observer = new MutationObserver(() => {
        if ([...list.querySelectorAll(NOTE.customerNote)].some((n) => !already.has(n)) && confirmed()) done();
      });
      const timer = setTimeout(() => done(new Error(t('sendErrNoteTimeout'))), CONFIRM_TIMEOUT_MS);
      signal?.addEventListener('abort', () => done(new Error(String(signal.reason))));
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
    const notes = html === undefined ? undefined : readCustomerNotes(new DOMParser().parseFromString(html, 'text/html'));
    if (!notes) throw new Error(t('sendErrNoteUnverified'));
    return notes.some((note) => noteMatches(note, text));
  },
  hasAction(doc, name) {
    const select = doc.querySelector<HTMLSelectElement>(ACTION.select);
    return !!select && [...select.options].some((o) => o.value === name);
  },
  runAction(doc, name) {
    const select = doc.querySelector<HTMLSelectElement>(ACTION.select);
    if (!select) throw new Error(t('sendErrActionMissing', name));
    setValue(select, name);
    const apply = select.closest('form')?.querySelector<HTMLButtonElement>(ACTION.apply);
    if (apply) apply.click();
    else select.form?.requestSubmit();
  },
};
