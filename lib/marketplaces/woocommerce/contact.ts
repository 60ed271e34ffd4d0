import type { ConsoleContact } from '../types';
import { t } from '../../i18n/t';

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
// WooCommerce turns line breaks into <p> and <br> (wpautop): compare the words, not the spacing.
const normal = (s: string) => s.replace(/\s+/g, '');

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
    const expected = normal(text).slice(0, 60);
    const confirmed = () => [...list.querySelectorAll(NOTE.customerNote)].some((n) => normal(n.textContent ?? '').startsWith(expected));
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
